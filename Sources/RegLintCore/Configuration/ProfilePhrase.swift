/// A phrase of a profile, matched by words: case, diacritics, Unicode form, spacing and
/// punctuation do not count (`Điều 2. Đối tượng áp dụng:` contains `đối tượng áp dụng`). A `…`
/// (or `...`) stands for up to eight words in between: `ngày … tháng … năm`.
public struct ProfilePhrase: Sendable, Equatable, CustomStringConvertible {
    /// The phrase as written in the profile.
    public let text: String
    /// Its parts as folded words; more than one part when the phrase has gaps.
    public let parts: [[String]]

    /// The most words a gap may stand for.
    public static let maximumGap = 8

    public init(_ text: String) {
        self.text = text
        let normalised = text.replacingOccurrences(of: "...", with: "…")
        parts = normalised.split(separator: "…").map { MatchingWords.words(of: String($0)) }.filter { !$0.isEmpty }
    }

    public var description: String { text }

    /// Whether the phrase has any word.
    public var isEmpty: Bool { parts.isEmpty }

    /// The index of the first word where the phrase occurs in `words` at or after `start`.
    public func firstOccurrence(in words: [String], from start: Int = 0) -> Int? {
        Self.firstOccurrence(of: parts, in: words, from: start)
    }

    /// Whether `words` start with the phrase.
    public func isPrefix(of words: [String]) -> Bool {
        isPrefix(of: words[...])
    }

    /// Whether the slice of words starts with the phrase.
    package func isPrefix(of words: ArraySlice<String>) -> Bool {
        Self.isPrefix(parts, of: words)
    }

    /// The number of words of a phrase without gaps.
    public var wordCount: Int { parts.reduce(0) { $0 + $1.count } }

    // MARK: Matching words of any kind

    /// Where a phrase of these parts first occurs in `words` at or after `start`. Words may be
    /// anything comparable: folded strings here, the word numbers of an outline that interns them.
    /// Inlinable, so that a caller in another module gets code specialised to its word type.
    @inlinable
    package static func firstOccurrence<Word: Equatable, Words: RandomAccessCollection<Word>>(
        of parts: [[Word]], in words: Words, from start: Int = 0
    ) -> Int? where Words.Index == Int {
        guard let first = parts.first, !first.isEmpty, start < words.endIndex else { return nil }
        var index = max(start, words.startIndex)
        while index + first.count <= words.endIndex {
            if words[index] == first[0], matches(first, in: words, at: index),
                remainingPartsMatch(parts, in: words, after: index + first.count)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether `words` start with a phrase of these parts (a phrase with gaps never does).
    @inlinable
    package static func isPrefix<Word: Equatable, Words: RandomAccessCollection<Word>>(
        _ parts: [[Word]], of words: Words
    ) -> Bool {
        guard let first = parts.first, parts.count == 1, words.count >= first.count else { return false }
        return zip(words, first).allSatisfy { $0 == $1 }
    }

    @usableFromInline
    static func matches<Word: Equatable, Words: RandomAccessCollection<Word>>(
        _ part: [Word], in words: Words, at index: Int
    ) -> Bool where Words.Index == Int {
        guard index + part.count <= words.endIndex else { return false }
        for offset in part.indices where words[index + offset] != part[offset] { return false }
        return true
    }

    @usableFromInline
    static func remainingPartsMatch<Word: Equatable, Words: RandomAccessCollection<Word>>(
        _ parts: [[Word]], in words: Words, after start: Int
    ) -> Bool where Words.Index == Int {
        var position = start
        for part in parts.dropFirst() {
            let limit = min(words.endIndex - part.count, position + maximumGap)
            guard position <= limit,
                let found = (position...limit).first(where: { matches(part, in: words, at: $0) })
            else { return false }
            position = found + part.count
        }
        return true
    }
}

/// Splits text into folded words for profile matching.
public enum MatchingWords {
    /// The folded words of `text` (letters and digits only; `đ` → `d`, diacritics dropped).
    public static func words(of text: String) -> [String] {
        words(of: text, limit: Int.max).words
    }

    /// The folded words of `text`, at most `limit`, and for each word whether punctuation
    /// (`:`, `.`, `;`, a dash or a closing bracket) follows it before the next word.
    public static func words(of text: String, limit: Int) -> (words: [String], punctuated: [Bool]) {
        words(ofFolded: text.foldedForMatching, limit: limit)
    }

    /// ``words(of:limit:)`` of text already folded (``String/foldedForMatching``).
    package static func words(ofFolded folded: String, limit: Int) -> (words: [String], punctuated: [Bool]) {
        if let ascii = asciiWords(of: folded, limit: limit) { return ascii }
        var words: [String] = []
        var punctuated: [Bool] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
                continue
            }
            if !current.isEmpty {
                words.append(current)
                punctuated.append(false)
                current = ""
                if words.count >= limit { return (words, punctuated) }
            }
            if ":.;-–—)".contains(character), !punctuated.isEmpty { punctuated[punctuated.count - 1] = true }
        }
        if !current.isEmpty, words.count < limit {
            words.append(current)
            punctuated.append(true)
        }
        return (words, punctuated)
    }

    /// ``words(of:limit:)`` of folded text that is all ASCII (Vietnamese text is, once folded), by
    /// its bytes: nil when it holds any other character.
    private static func asciiWords(of folded: String, limit: Int) -> (words: [String], punctuated: [Bool])? {
        var folded = folded
        return folded.withUTF8 { bytes -> (words: [String], punctuated: [Bool])? in
            var words: [String] = []
            var punctuated: [Bool] = []
            let isASCII = scanASCIIWords(
                of: bytes, limit: limit,
                word: { word in
                    words.append(String(decoding: word, as: UTF8.self))
                    punctuated.append(false)
                },
                punctuate: { punctuated[punctuated.count - 1] = true })
            return isASCII ? (words, punctuated) : nil
        }
    }

    /// The words of folded text that is all ASCII, by its bytes, as ``words(of:limit:)`` finds
    /// them: `word` is called with each word's bytes (at most `limit` words), and `punctuate`
    /// each time punctuation (`:`, `.`, `;`, `-` or `)`) follows the last word given, and after
    /// the text's last word. False, with no call, when the text holds a byte outside ASCII.
    package static func scanASCIIWords(
        of bytes: UnsafeBufferPointer<UInt8>, limit: Int, word: (UnsafeBufferPointer<UInt8>) -> Void,
        punctuate: () -> Void
    ) -> Bool {
        guard UTF8Search.isASCII(bytes) else { return false }
        var count = 0
        var start: Int?
        for index in bytes.indices {
            let byte = bytes[index]
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                if start == nil { start = index }
                continue
            }
            if let from = start {
                word(UnsafeBufferPointer(rebasing: bytes[from..<index]))
                count += 1
                start = nil
                if count >= limit { return true }
            }
            // `:` `.` `;` `-` `)`
            if byte == 0x3A || byte == 0x2E || byte == 0x3B || byte == 0x2D || byte == 0x29, count > 0 { punctuate() }
        }
        if let from = start, count < limit {
            word(UnsafeBufferPointer(rebasing: bytes[from..<bytes.count]))
            punctuate()
        }
        return true
    }
}
