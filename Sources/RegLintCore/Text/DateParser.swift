/// Finds dates as regulations write them.
///
/// Vietnamese `ngày 15 tháng 9 năm 2022`, numeric `15/9/2022` and `15-9-2022` (day first),
/// ISO `2022-09-15`, and English `15 September 2022`, `September 15, 2022`.
public enum DateParser {
    /// A date found in text, with the UTF-16 range of its words.
    public struct Found: Sendable, Equatable {
        public var day: Day
        public var range: Range<String.Index>
    }

    /// The English months, lowercase, as UTF-8 bytes.
    private static let englishMonths: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ].map { Array($0.utf8) }

    /// Every date in `text`, in order.
    public static func dates(in text: String) -> [Found] {
        guard mayHoldDate(text) else { return [] }
        var found: [Found] = []
        let words = tokens(of: text)
        var index = 0
        while index < words.count {
            if let (day, length) = match(at: index, in: words) {
                let utf8 = text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: words[index].start)
                let end = utf8.index(utf8.startIndex, offsetBy: words[index + length - 1].end)
                found.append(Found(day: day, range: start..<end))
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether `text` may hold a date, by one pass over its bytes: every form but the Vietnamese
    /// one has a year of four ASCII digits; the Vietnamese one has a digit and `ngày` (any case,
    /// composed or not: `ng` then `a` or `à`).
    package static func mayHoldDate(_ text: String) -> Bool {
        var digits = 0
        var hasDigit = false
        var hasNgay = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) {
                digits += 1
                if digits == 4 { return true }
                hasDigit = true
            } else {
                digits = 0
                // "ng" + "a", "A" or the lead byte of "à"/"À" (0xC3 0xA0 / 0xC3 0x80).
                if !hasNgay, previous.0 | 0x20 == 0x6E, previous.1 | 0x20 == 0x67, byte | 0x20 == 0x61 || byte == 0xC3 {
                    hasNgay = true
                }
            }
            if hasDigit, hasNgay { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// The first date in `text`.
    public static func firstDate(in text: String) -> Day? {
        dates(in: text).first?.day
    }

    /// A word of the text: a run of letters, digits, `/` and `-`, without the `-` at its ends.
    /// Only what matching asks is kept: where it is (UTF-8 offsets), its value when it is a
    /// number of at most four ASCII digits, and which date word it is.
    private struct Token {
        var start: Int
        var end: Int
        var number: Int?
        var word: DateWord?
        /// The date the word writes in figures: `15/9/2022`, `15-09-2022`, `2022-09-15`.
        var numericDate: Day?
    }

    /// The words that dates are made of, whatever their case.
    private enum DateWord: Equatable {
        case ngay, thang, nam
        /// An English month, 1 to 12.
        case month(Int)
    }

    private static func tokens(of text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { bytes in
            if let tokens = tokensByScalar(of: bytes) { return tokens }
            // Text with combining marks or joiners: words by characters.
            var spans: [Range<Int>] = []
            var start: String.Index?
            func add(_ word: Substring) {
                let trimmed = word.trimmingCharacters(in: "-")
                let lower = text.utf8.distance(from: text.utf8.startIndex, to: trimmed.startIndex)
                spans.append(lower..<lower + trimmed.utf8.count)
            }
            for index in text.indices {
                let character = text[index]
                let isWordCharacter = character.isLetter || character.isNumber || character == "/" || character == "-"
                if isWordCharacter {
                    if start == nil { start = index }
                } else if let begin = start {
                    add(text[begin..<index])
                    start = nil
                }
            }
            if let begin = start { add(text[begin...]) }
            return spans.map { token($0.lowerBound, $0.upperBound, in: bytes) }
        }
    }

    /// ``tokens(of:)`` by Unicode scalars, for text where every scalar is a character of its own
    /// (no combining marks or joiners: Latin, the composed Vietnamese letters, punctuation; a CR
    /// LF pair separates words either way); nil for other text.
    private static func tokensByScalar(of bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
        var tokens: [Token] = []
        var start: Int?
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let isWordCharacter: Bool
            let length: Int
            if lead < 0x80 {
                length = 1
                isWordCharacter =
                    (0x61...0x7A).contains(lead | 0x20) || (0x30...0x39).contains(lead) || lead == 0x2F || lead == 0x2D
            } else {
                let (scalar, scalarLength) = UTF8Decoding.scalar(at: index, in: bytes)
                guard scalar.isCharacterOnItsOwn else { return nil }
                length = scalarLength
                isWordCharacter = wordScalars.contains(scalar)
            }
            if isWordCharacter {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(trimmedToken(begin, index, in: bytes))
                start = nil
            }
            index += length
        }
        if let begin = start { tokens.append(trimmedToken(begin, bytes.count, in: bytes)) }
        return tokens
    }

    /// The token of the word `start..<end` without the `-` at its ends.
    private static func trimmedToken(_ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Token {
        var (start, end) = (start, end)
        while start < end, bytes[start] == 0x2D { start += 1 }
        while end > start, bytes[end - 1] == 0x2D { end -= 1 }
        return token(start, end, in: bytes)
    }

    /// The scalars words are made of besides ASCII: letters and numbers.
    private static let wordScalars = ScalarTable { $0.properties.isAlphabetic || $0.properties.numericType != nil }

    private static func token(_ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Token {
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        var token = Token(start: start, end: end)
        if word.contains(0x2F) || word.contains(0x2D) {
            token.numericDate = numericDate(word)
            return token
        }
        if word.count <= 4, !word.isEmpty, word.allSatisfy({ (0x30...0x39).contains($0) }) {
            token.number = word.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return token
        }
        // The date words are 3 to 9 bytes long, decomposed or not, and begin with an ASCII
        // letter; their capitals have as many bytes.
        guard (3...9).contains(word.count), (0x61...0x7A).contains(word[0] | 0x20) else { return token }
        if word.allSatisfy({ $0 < 0x80 }) {
            let lowered = word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            if let month = englishMonths.firstIndex(of: lowered) { token.word = .month(month + 1) }
            return token
        }
        switch String(decoding: word, as: UTF8.self).lowercased() {
        case "ngày": token.word = .ngay
        case "tháng": token.word = .thang
        case "năm": token.word = .nam
        default: break
        }
        return token
    }

    private static func match(at index: Int, in words: [Token]) -> (Day, Int)? {
        let word = words[index]
        func number(_ offset: Int) -> Int? {
            index + offset < words.count ? words[index + offset].number : nil
        }
        func dateWord(_ offset: Int) -> DateWord? {
            index + offset < words.count ? words[index + offset].word : nil
        }
        // ngày 15 tháng 9 năm 2022
        if word.word == .ngay, let day = number(1), dateWord(2) == .thang, let month = number(3),
            dateWord(4) == .nam, let year = number(5), let date = Day(year: year, month: month, day: day)
        {
            return (date, 6)
        }
        if let date = word.numericDate { return (date, 1) }
        // 15 September 2022
        if let day = number(0), case .month(let month) = dateWord(1), let year = number(2), year >= 1000,
            let date = Day(year: year, month: month, day: day)
        {
            return (date, 3)
        }
        // September 15, 2022
        if case .month(let month) = word.word, let day = number(1), let year = number(2), year >= 1000,
            let date = Day(year: year, month: month, day: day)
        {
            return (date, 3)
        }
        return nil
    }

    /// `15/9/2022`, `15-09-2022` (day first) or `2022-09-15`.
    private static func numericDate(_ word: UnsafeBufferPointer<UInt8>) -> Day? {
        for separator: UInt8 in [0x2F, 0x2D] {
            let parts = word.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } })
            else { continue }
            // Every part is all digits; a part too long for an Int is no date.
            guard parts.allSatisfy({ $0.count <= 18 }) else { continue }
            let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
            if parts[0].count == 4 {
                return Day(year: numbers[0], month: numbers[1], day: numbers[2])
            }
            if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
                return Day(year: numbers[2], month: numbers[1], day: numbers[0])
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in characters: String) -> Substring {
        var result = self
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
