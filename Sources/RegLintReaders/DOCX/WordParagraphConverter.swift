import RegLintCore

/// Turns WordprocessingML paragraphs and tables into the document model: applies automatic
/// numbering labels, resolves styles into hints, and resolves vertically merged cells.
struct WordParagraphConverter {
    let path: String
    let styles: StyleSheet
    let numbering: NumberingDefinitions
    private var counter: NumberingCounter
    /// What each paragraph style resolves to, worked out at its first paragraph (resolving
    /// walks the style's `basedOn` chain, and a document uses a few styles many times).
    private var resolvedStyles: [String?: ResolvedStyle] = [:]

    private struct ResolvedStyle {
        let name: String?
        let outlineLevel: Int?
        let isTitle: Bool
        let isTableOfContents: Bool
        /// The numbering the style attaches to its paragraphs.
        let numbering: (id: String, level: Int?)?
    }

    init(path: String, styles: StyleSheet, numbering: NumberingDefinitions) {
        self.path = path
        self.styles = styles
        self.numbering = numbering
        self.counter = NumberingCounter(definitions: numbering, styles: styles)
    }

    /// The paragraph with its numbering label, or nil when it has no visible text.
    mutating func paragraph(_ source: WordParagraph, location paragraphIndex: Int? = nil) -> (
        Paragraph, ParagraphHints
    )? {
        var text = source.text
        var spans = source.spans
        var links = source.links
        if let label = numberingLabel(for: source) {
            let shift = label.utf16.count
            text = label + text
            spans = [TextSpan(offset: 0, length: shift, source: .generated)] + spans.map { $0.shifted(by: shift) }
            links = links.map { $0.shifted(by: shift) }
        }
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        let location = SourceLocation(file: path, paragraph: paragraphIndex ?? source.index)
        let style = resolved(source.styleID)
        let paragraph = Paragraph(text: text, location: location, style: style.name, spans: spans, links: links)
        let hints = ParagraphHints(
            outlineLevel: source.outlineLevel ?? style.outlineLevel, isTitle: style.isTitle,
            isBold: source.boldLength > 0 && source.plainLength == 0, isTableOfContents: style.isTableOfContents)
        return (paragraph, hints)
    }

    private mutating func resolved(_ styleID: String?) -> ResolvedStyle {
        if let known = resolvedStyles[styleID] { return known }
        let style = ResolvedStyle(
            name: styles.name(of: styleID), outlineLevel: styles.outlineLevel(of: styleID),
            isTitle: styles.isTitle(styleID), isTableOfContents: styles.isTableOfContents(styleID),
            numbering: styles.numbering(of: styleID))
        resolvedStyles[styleID] = style
        return style
    }

    /// The paragraphs of a delivered item (a table's cells row by row), located at `index`.
    mutating func paragraphs(of item: WordItem, location index: Int?) -> [Paragraph] {
        switch item {
        case .paragraph(let source):
            return paragraph(source, location: index).map { [$0.0] } ?? []
        case .table(let table):
            return table.rows.flatMap { $0.flatMap { $0.paragraphs.compactMap { paragraph($0, location: index)?.0 } } }
        }
    }

    mutating func table(_ source: WordTable) -> Table {
        var rows: [TableRow] = []
        var origins: [Int: (row: Int, cell: Int)] = [:]  // grid column → first cell of its vertical merge
        for sourceRow in source.rows {
            var cells: [TableCell] = []
            var column = 0
            for sourceCell in sourceRow {
                column += sourceCell.columnsBefore
                var cell = TableCell(
                    paragraphs: sourceCell.paragraphs.compactMap { paragraph($0)?.0 }, columnSpan: sourceCell.columnSpan
                )
                switch sourceCell.verticalMerge {
                case "restart":
                    origins[column] = (rows.count, cells.count)
                case .some:
                    if let origin = origins[column] {
                        rows[origin.row].cells[origin.cell].rowSpan += 1
                        cell.isMergedContinuation = true
                        cell.paragraphs = []
                    }
                case nil:
                    origins[column] = nil
                }
                cells.append(cell)
                column += sourceCell.columnSpan
            }
            rows.append(TableRow(cells: cells))
        }
        let location = SourceLocation(file: path, paragraph: source.firstParagraphIndex)
        return Table(rows: rows, location: location)
    }

    private mutating func numberingLabel(for source: WordParagraph) -> String? {
        let styled = resolved(source.styleID).numbering
        guard let instance = source.numberingID ?? styled?.id else { return nil }
        var level = source.numberingLevel ?? (source.numberingID == nil ? styled?.level : nil)
        if level == nil, let levels = numbering.levels(of: instance, styles: styles), let styleID = source.styleID {
            level = levels.first { $0.value.style == styleID }?.key
        }
        return counter.label(instance: instance, level: level ?? 0)
    }
}
