import Foundation

extension TextRange {
    /// This range of `searched` — `text` or a canonically equivalent copy of it, such as its
    /// NFC form a check matched patterns in — as a range of `text`; nil when it splits a
    /// character.
    public func mapped(from searched: String, to text: String) -> TextRange? {
        if searched.utf16.elementsEqual(text.utf16) { return range(in: text) == nil ? nil : self }
        guard let range = range(in: searched) else { return nil }
        // Canonically equivalent strings have the same characters (grapheme clusters).
        let before = searched.distance(from: searched.startIndex, to: range.lowerBound)
        let count = searched.distance(from: range.lowerBound, to: range.upperBound)
        guard let lower = text.index(text.startIndex, offsetBy: before, limitedBy: text.endIndex),
            let upper = text.index(lower, offsetBy: count, limitedBy: text.endIndex),
            text[lower..<upper] == searched[range]
        else { return nil }
        return TextRange(lower..<upper, in: text)
    }
}

extension Diagnostic {
    /// A diagnostic about the words at `range` of `searched` (the paragraph's text, or a
    /// canonically equivalent copy of it a check matched in): located at the paragraph, with
    /// those words as the excerpt and their range in the paragraph's own text.
    public init(
        message: Message, paragraph: Paragraph, words range: Range<String.Index>, of searched: String,
        fix: Fix? = nil
    ) {
        self.init(
            message: message, location: paragraph.location, excerpt: String(searched[range]),
            range: TextRange(range, in: searched).mapped(from: searched, to: paragraph.text), fix: fix)
    }

    /// A diagnostic about the UTF-16 range `offset..<offset + length` of `searched` (the
    /// paragraph's text, or a canonically equivalent copy of it): the excerpt is those words
    /// unless `excerpt` is given.
    public init(
        message: Message, paragraph: Paragraph, offset: Int, length: Int, of searched: String? = nil,
        excerpt: String? = nil, fix: Fix? = nil
    ) {
        let searched = searched ?? paragraph.text
        let range = TextRange(offset: offset, length: length)
        let words = range.range(in: searched).map { String(searched[$0]) }
        self.init(
            message: message, location: paragraph.location, excerpt: excerpt ?? words,
            range: range.mapped(from: searched, to: paragraph.text), fix: fix)
    }
}

extension DocumentFacts {
    /// The text of each paragraph by its location (the first, when two share one), to place
    /// citations' ranges: build it once, when a check has something to report.
    public func paragraphTextsByLocation() -> [SourceLocation: String] {
        Dictionary(
            paragraphs.map { ($0.paragraph.location, $0.paragraph.text) }, uniquingKeysWith: { first, _ in first })
    }
}

extension Citation {
    /// Where the citation's words lie in `text`, the text of the paragraph it stands in
    /// (citations are found in its NFC form).
    public func range(inParagraphText text: String) -> TextRange? {
        TextRange(offset: offset, length: length).mapped(from: text.precomposed, to: text)
    }

    /// Where the citation's words lie in its paragraph's text, looked up in `texts`.
    public func range(in texts: [SourceLocation: String]) -> TextRange? {
        texts[location].flatMap { range(inParagraphText: $0) }
    }
}

extension Fix {
    /// `text` with exactly the words at `range` replaced, or nil when `text` has no such range.
    public func applied(to text: String, at range: TextRange) -> String? {
        guard let words = range.range(in: text) else { return nil }
        return text.replacingCharacters(in: words, with: replacement)
    }
}
