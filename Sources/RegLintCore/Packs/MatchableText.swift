import Foundation

/// A paragraph's text prepared for matching: NFC, each run of white space one space, and with
/// `ignoresDiacritics` every non-ASCII letter folded (``String/foldedForMatching``: `Đ` → `d`,
/// `ế` → `e`); every match maps back to the words as printed.
struct MatchableText {
    /// The text matched against.
    let text: NSString
    /// For each UTF-16 unit of `text` (and one past its end), the UTF-16 offset in the original.
    private let origins: [Int]
    private let original: NSString

    init(_ original: String, ignoresDiacritics: Bool) {
        var text = ""
        var origins: [Int] = []
        var offset = 0
        for character in original {
            let length = String(character).utf16.count
            let piece: String
            if character.isWhitespace {
                piece = text.hasSuffix(" ") ? "" : " "
            } else if ignoresDiacritics, !character.isASCII {
                let folded = String(character).foldedForMatching
                piece = folded.isEmpty ? String(character) : folded
            } else {
                piece = String(character).precomposed
            }
            text += piece
            origins += Array(repeating: offset, count: piece.utf16.count)
            offset += length
        }
        origins.append(offset)
        self.text = text as NSString
        self.origins = origins
        self.original = original as NSString
    }

    /// The original words a range of `text` covers (white space around them left out), and
    /// their UTF-16 offset and length in the original.
    func printed(_ range: NSRange) -> (text: String, offset: Int, length: Int)? {
        guard range.location != NSNotFound, range.location + range.length < origins.count else { return nil }
        let start = origins[range.location]
        var end = origins[range.location + range.length]
        if range.length > 0, end <= start { end = start + 1 }
        let printed = original.substring(with: NSRange(location: start, length: max(0, end - start)))
        let trimmed = printed.trimmingCharacters(in: .whitespaces)
        let leading = (printed as NSString).range(of: trimmed).location
        let offset = start + (leading == NSNotFound ? 0 : leading)
        return (trimmed, offset, (trimmed as NSString).length)
    }

    /// A pattern written by a pack author, folded like the text when diacritics are ignored
    /// (only non-ASCII characters, so regular-expression syntax is untouched).
    static func pattern(_ pattern: String, ignoresDiacritics: Bool) -> String {
        guard ignoresDiacritics else { return pattern.precomposed }
        return pattern.map { $0.isASCII ? String($0) : String($0).foldedForMatching }.joined()
    }
}
