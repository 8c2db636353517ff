/// The exact words a finding concerns: a range of the text of the paragraph its location
/// names, counted in UTF-16 code units as Word, SARIF and browsers count them (and as the
/// paragraph's ``TextSpan``s and ``Link``s do).
///
/// A fix replaces exactly this range. Reporters that know the paragraph (Word comments, the
/// HTML report) anchor the finding on these words; the others print the excerpt.
public struct TextRange: Sendable, Hashable, Codable {
    /// UTF-16 code units before the range.
    public var offset: Int
    /// UTF-16 code units in the range.
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    /// The range `range` covers in `text`.
    public init(_ range: Range<String.Index>, in text: String) {
        let utf16 = text.utf16
        offset = utf16.distance(from: utf16.startIndex, to: range.lowerBound)
        length = utf16.distance(from: range.lowerBound, to: range.upperBound)
    }

    /// Where this range lies in `text`, or nil when `text` is too short for it or the range
    /// splits a character.
    public func range(in text: String) -> Range<String.Index>? {
        let utf16 = text.utf16
        guard offset >= 0, length >= 0,
            let start = utf16.index(utf16.startIndex, offsetBy: offset, limitedBy: utf16.endIndex),
            let end = utf16.index(start, offsetBy: length, limitedBy: utf16.endIndex),
            let lower = start.samePosition(in: text), let upper = end.samePosition(in: text)
        else { return nil }
        return lower..<upper
    }
}
