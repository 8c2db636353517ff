import RegLintCore

/// One checked document in the HTML report: a header (path, metadata, counts, a linked list of
/// its findings, the findings about the document as a whole), then its text as a reader sees
/// it — headings, paragraphs, tables, notes — with each finding marked in the text and
/// explained beside it.
struct HTMLDocumentView {
    /// Position among the report's documents, for the anchor `#dN`.
    let index: Int
    let file: Report.File
    /// The document read again, or nil when the source could not give it.
    let document: Document?
    let findings: [NumberedFinding]
    /// Rule names by id, for the title of each rule id shown.
    let ruleNames: [RuleID: String]

    func render() -> String {
        var text = ""
        var wholeDocument = findings
        if let document {
            var claims = FindingPlacement(document: document, findings: findings)
            text = body(of: document, claims: &claims)
            wholeDocument = claims.unclaimed
        }
        var html = "<section class=\"doc\" id=\"d\(index)\""
        if let language = document?.language, language != .unknown { html += " lang=\"\(language.rawValue)\"" }
        html += ">\n" + header(wholeDocument: wholeDocument)
        if document == nil {
            html +=
                "<p class=\"missing\">The text of this document could not be read again for this report; "
                + "its findings are listed above.</p>\n"
        } else {
            html += "<div class=\"body\">\n" + text + "</div>\n"
        }
        return html + "</section>\n"
    }

    // MARK: Header

    private func header(wholeDocument: [NumberedFinding]) -> String {
        var html = "<header class=\"dh\"><h2><a href=\"#d\(index)\">\(file.path.htmlEscaped)</a></h2>\n"
        html += "<p class=\"meta\">\(metadataLine.htmlEscaped)</p>\n"
        html += "<p class=\"counts\">\(HTMLReporter.countsHTML(findings.map(\.finding)))"
        let rules = Dictionary(grouping: findings, by: \.finding.rule).sorted { $0.key < $1.key }
        if !rules.isEmpty {
            html +=
                " — "
                + rules.map { "<code>\($0.key.rawValue.htmlEscaped)</code> \($0.value.count)" }
                .joined(separator: ", ")
        }
        html += "</p>\n"
        if !findings.isEmpty {
            html +=
                "<details class=\"list\"\(findings.count <= 50 ? " open" : "")><summary>"
                + "\(findings.count) finding\(findings.count == 1 ? "" : "s")</summary><ul>\n"
            for item in findings { html += listItem(item) }
            html += "</ul></details>\n"
        }
        if !wholeDocument.isEmpty {
            html += "<div class=\"whole\"><p>About the document as a whole:</p>\n"
            html += wholeDocument.map { note($0, inText: false) }.joined() + "</div>\n"
        }
        return html + "</header>\n"
    }

    private var metadataLine: String {
        var parts = [file.format]
        if let document {
            if document.language != .unknown { parts.append(document.language.rawValue) }
            let metadata = document.metadata
            parts += [metadata.title, metadata.number, metadata.issuer].compactMap { $0 }
            parts += metadata.dates.map { "\($0.kind) \($0.day)" }
        }
        return parts.joined(separator: " · ")
    }

    private func listItem(_ item: NumberedFinding) -> String {
        let finding = item.finding
        var html =
            "<li data-f=\"\(item.number)\"><a class=\"n s-\(finding.severity.rawValue)\" href=\"#f\(item.number)\">"
        html += "\(item.number)</a> \(ruleCode(finding.rule)) "
        if let place = finding.place { html += "<span class=\"pl\">\(place.htmlEscaped)</span> " }
        return html + "\(finding.message.htmlEscaped)</li>\n"
    }

    // MARK: Text

    private func body(of document: Document, claims: inout FindingPlacement) -> String {
        var html = ""
        func visit(_ section: Section) {
            let kind = "k-\(section.kind.rawValue)"
            var blocks = section.blocks[...]
            if DocumentWalk.isRunIn(section), case .paragraph(let first)? = blocks.first, let number = section.number {
                // A number kept apart from its text (Akoma Ntoso `(1)`) is printed at its start.
                let found = claims.claimHeading(at: section.location)
                let label = HighlightedText(number, findings: found)
                html += paragraphRow(
                    first, kind: kind, claims: &claims, label: "<span class=\"num\">\(label.html)</span> ",
                    labelFindings: found, labelIsWhole: label.coversWholeParagraph)
                blocks = blocks.dropFirst()
            } else if DocumentWalk.showsHeading(section) {
                let found = claims.claimHeading(at: section.location)
                let tag = Self.headingTag(section.kind)
                let text = HighlightedText(DocumentWalk.headingText(section), findings: found)
                html += row(
                    "<\(tag) class=\"\(kind)\">\(text.html)</\(tag)>", found, at: section.location,
                    whole: text.coversWholeParagraph)
            }
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    html += paragraphRow(paragraph, kind: kind, claims: &claims)
                case .table(let table):
                    html += tableRow(table, claims: &claims)
                }
            }
            for child in section.children { visit(child) }
        }
        for section in document.sections { visit(section) }
        if !document.notes.isEmpty { html += "<h4 class=\"k-notes\">Notes</h4>\n" }
        for note in document.notes {
            for (position, paragraph) in note.paragraphs.enumerated() {
                let label = position == 0 ? "<span class=\"fn\">[\(note.id.htmlEscaped)]</span> " : ""
                html += paragraphRow(paragraph, kind: "k-note", claims: &claims, label: label)
            }
        }
        return html
    }

    private func paragraphRow(
        _ paragraph: Paragraph, kind: String, claims: inout FindingPlacement, label: String = "",
        labelFindings: [NumberedFinding] = [], labelIsWhole: Bool = false
    ) -> String {
        let found = claims.claimParagraph(at: paragraph.location)
        guard !paragraph.text.isEmpty || !found.isEmpty || !label.isEmpty else { return "" }
        let text = HighlightedText(paragraph.text, findings: found)
        return row(
            "<p class=\"\(kind)\">\(label)\(text.html)</p>", labelFindings + found, at: paragraph.location,
            whole: text.coversWholeParagraph || labelIsWhole)
    }

    private func tableRow(_ table: Table, claims: inout FindingPlacement) -> String {
        var found: [NumberedFinding] = []
        var whole = false
        var html = "<div class=\"tw\"><table>\n"
        for row in table.rows {
            html += "<tr>"
            for cell in row.cells where !cell.isMergedContinuation {
                let tag = cell.isHeader ? "th" : "td"
                html += "<\(tag)"
                if cell.columnSpan > 1 { html += " colspan=\"\(cell.columnSpan)\"" }
                if cell.rowSpan > 1 { html += " rowspan=\"\(cell.rowSpan)\"" }
                html += ">"
                let parts = cell.paragraphs.map { paragraph in
                    let claimed = claims.claimParagraph(at: paragraph.location)
                    found += claimed
                    let text = HighlightedText(paragraph.text, findings: claimed)
                    if text.coversWholeParagraph { whole = true }
                    return text.html
                }
                html += parts.joined(separator: "<br>") + "</\(tag)>"
            }
            html += "</tr>\n"
        }
        return row(html + "</table></div>", found, at: table.location, whole: whole)
    }

    /// An element of the text, alone or, when it has findings, in a row with their explanations
    /// (`data-loc` says where the element is: `¶56`, `line 181:21`).
    private func row(_ element: String, _ found: [NumberedFinding], at location: SourceLocation, whole: Bool) -> String
    {
        guard let severity = found.map(\.finding.severity).max() else { return element + "\n" }
        return
            "<div class=\"r s-\(severity.rawValue)\(whole ? " whole" : "")\" data-f=\"\(HighlightedText.numbers(found))\" "
            + "data-loc=\"\(LocationKey(location).description)\">" + element + "\n<aside>"
            + found.map { note($0, inText: true) }.joined() + "</aside></div>\n"
    }

    /// A finding's explanation: number, severity, rule, message, fix.
    private func note(_ item: NumberedFinding, inText: Bool) -> String {
        let finding = item.finding
        let severity = finding.severity.rawValue
        var html =
            "<div class=\"note s-\(severity)\" id=\"f\(item.number)\" data-f=\"\(item.number)\" "
            + "data-rule=\"\(finding.rule.rawValue.htmlEscaped)\" data-sev=\"\(severity)\">"
        html +=
            inText
            ? "<a class=\"n\" href=\"#m\(item.number)\">\(item.number)</a>" : "<span class=\"n\">\(item.number)</span>"
        html += " <span class=\"sev\">\(severity)</span> \(ruleCode(finding.rule))"
        html += "<p class=\"msg\">\(finding.message.htmlEscaped)</p>"
        if let fix = finding.fix {
            html += "<p class=\"fix\">Fix: "
            if let excerpt = finding.excerpt { html += "<del>\(excerpt.htmlEscaped)</del> → " }
            html += "<ins>\(fix.replacement.htmlEscaped)</ins></p>"
        }
        if !inText, let place = finding.place { html += "<p class=\"pl\">\(place.htmlEscaped)</p>" }
        return html + "</div>\n"
    }

    private func ruleCode(_ rule: RuleID) -> String {
        let title = ruleNames[rule].map { " title=\"\($0.htmlEscaped)\"" } ?? ""
        return "<code class=\"rule\"\(title)>\(rule.rawValue.htmlEscaped)</code>"
    }

    private static func headingTag(_ kind: SectionKind) -> String {
        switch kind {
        case .part, .chapter, .annex: "h3"
        case .section, .article: "h4"
        default: "h5"
        }
    }
}
