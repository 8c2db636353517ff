import RegLintCore

/// A paragraph's text as HTML with its findings' words marked and a numbered reference after
/// each finding's words (a link to the finding's explanation beside the text).
///
/// Each finding is placed by its ``Finding/range`` when that range fits the text, else at the
/// first occurrence of its excerpt, else on the whole paragraph (its reference then ends the
/// paragraph, and `coversWholeParagraph` says so).
struct HighlightedText {
    /// The HTML of the text (escaped), with `<mark>` and `<sup>` elements.
    private(set) var html = ""
    /// Whether some finding could not be placed on words and concerns the whole paragraph.
    private(set) var coversWholeParagraph = false

    init(_ text: String, findings: [NumberedFinding]) {
        let placed = findings.map { ($0, Self.range(of: $0.finding, in: text)) }
        coversWholeParagraph = placed.contains { $0.1 == nil }
        var boundaries = Set([text.startIndex, text.endIndex])
        for case (_, let range?) in placed {
            boundaries.insert(range.lowerBound)
            boundaries.insert(range.upperBound)
        }
        let sorted = boundaries.sorted()
        for (start, end) in zip(sorted, sorted.dropFirst()) {
            html += Self.references(placed.filter { $0.1?.upperBound == start }.map(\.0))
            let covering = placed.filter { item in
                guard let range = item.1 else { return false }
                return range.lowerBound <= start && end <= range.upperBound
            }.map(\.0)
            let piece = String(text[start..<end]).htmlEscaped
            if let severity = covering.map(\.finding.severity).max() {
                html += "<mark class=\"s-\(severity.rawValue)\" data-f=\"\(Self.numbers(covering))\">\(piece)</mark>"
            } else {
                html += piece
            }
        }
        html += Self.references(placed.filter { $0.1 == nil || $0.1?.upperBound == text.endIndex }.map(\.0))
    }

    /// Where `finding` lies in `text`: its range, else its excerpt's first occurrence, else nil.
    static func range(of finding: Finding, in text: String) -> Range<String.Index>? {
        if let range = finding.range?.range(in: text) { return range }
        guard let excerpt = finding.excerpt.map(trimmedExcerpt), !excerpt.isEmpty else { return nil }
        return text.range(of: excerpt)
    }

    /// An excerpt without the ellipses and spaces a check may put around it.
    private static func trimmedExcerpt(_ excerpt: String) -> String {
        var words = Substring(excerpt)
        while let first = words.first, first == "…" || first.isWhitespace { words.removeFirst() }
        while let last = words.last, last == "…" || last.isWhitespace { words.removeLast() }
        return String(words)
    }

    /// The numbered references of `findings`, each linking to its explanation (`#f12`) and
    /// being the in-text anchor (`#m12`) the explanation links back to.
    static func references(_ findings: [NumberedFinding]) -> String {
        findings.map { item in
            let number = item.number
            return "<sup class=\"ref s-\(item.finding.severity.rawValue)\" id=\"m\(number)\" data-f=\"\(number)\">"
                + "<a href=\"#f\(number)\">\(number)</a></sup>"
        }.joined()
    }

    /// The numbers of `findings`, space-separated, for `data-f` attributes.
    static func numbers(_ findings: [NumberedFinding]) -> String {
        findings.map { String($0.number) }.joined(separator: " ")
    }
}

extension String {
    /// The string escaped for HTML text and attribute values (the shared XML escaping).
    var htmlEscaped: String { xmlEscaped }
}
