import RegLintCore

/// Reads a plain-text outline into a ``Document`` through the same ``SectionTreeBuilder`` the
/// DOCX readers use: one paragraph a line (blank lines skipped), headings as printed
/// (`Chương I`, `Điều 3. …`, `1.`, `a)`), tables as consecutive `| a | b |` lines. Paragraph
/// `N` is the Nth non-blank line. `#reglint disable RULE` … `#reglint enable RULE` lines (not
/// paragraphs themselves) suppress rules over the paragraphs between them. Check examples and
/// tests are written this way.
public enum OutlineReader {
    public static func read(_ outline: String, path: String = "example.txt", language: Language? = nil) -> Document {
        var builder = SectionTreeBuilder(file: path, language: language)
        var tableRows: [TableRow] = []
        var tableLocation: SourceLocation?
        func flushTable() {
            if let location = tableLocation, !tableRows.isEmpty {
                builder.addTable(Table(rows: tableRows, location: location))
            }
            tableRows = []
            tableLocation = nil
        }
        var index = 0
        var suppressions = SuppressionCollector(usesLines: false)
        for rawLine in outline.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingWhitespace
            guard !line.isEmpty else { continue }
            if line.hasPrefix("#reglint ") {
                let instruction = String(line.dropFirst("#reglint ".count))
                let next = instruction.hasPrefix("disable") ? index + 1 : index
                suppressions.instruction(
                    instruction, position: next, location: SourceLocation(file: path, paragraph: index + 1))
                continue
            }
            index += 1
            let location = SourceLocation(file: path, paragraph: index)
            if line.hasPrefix("|") {
                if tableLocation == nil { tableLocation = location }
                let cells = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
                    .dropLast(line.hasSuffix("|") ? 1 : 0)
                    .map { TableCell(paragraphs: [Paragraph(text: $0.trimmingWhitespace, location: location)]) }
                tableRows.append(TableRow(cells: cells))
                continue
            }
            flushTable()
            builder.addParagraph(Paragraph(text: line, location: location))
        }
        flushTable()
        let built = builder.finish()
        return Document(
            path: path, format: .outline, language: built.language, metadata: built.metadata, sections: built.sections,
            suppressions: suppressions.suppressionsFinishing(at: max(index, 1)))
    }
}
