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

    private static let englishMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// Every date in `text`, in order.
    public static func dates(in text: String) -> [Found] {
        guard mayHoldDate(text) else { return [] }
        var found: [Found] = []
        let words = tokens(of: text)
        var index = 0
        while index < words.count {
            if let (day, length) = match(at: index, in: words) {
                found.append(
                    Found(day: day, range: words[index].range.lowerBound..<words[index + length - 1].range.upperBound))
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

    private struct Token {
        var text: Substring
        var range: Range<String.Index>
        var lowered: String
    }

    private static func tokens(of text: String) -> [Token] {
        if let tokens = tokensByScalar(of: text) { return tokens }
        var tokens: [Token] = []
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber || character == "/" || character == "-"
            if isWordCharacter {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(token(text[begin..<index]))
                start = nil
            }
        }
        if let begin = start { tokens.append(token(text[begin...])) }
        return tokens
    }

    /// ``tokens(of:)`` by Unicode scalars, for text where every scalar is a character of its own
    /// (no combining marks or joiners: Latin, the composed Vietnamese letters, punctuation; a CR
    /// LF pair separates words either way); nil for other text.
    private static func tokensByScalar(of text: String) -> [Token]? {
        var tokens: [Token] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            let isWordCharacter: Bool
            if value < 0x80 {
                isWordCharacter =
                    (0x61...0x7A).contains(value | 0x20) || (0x30...0x39).contains(value) || value == 0x2F
                    || value == 0x2D
            } else if scalar.isCharacterOnItsOwn {
                isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            } else {
                return nil
            }
            if isWordCharacter {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(token(text[begin..<index]))
                start = nil
            }
            scalars.formIndex(after: &index)
        }
        if let begin = start { tokens.append(token(text[begin...])) }
        return tokens
    }

    private static func token(_ text: Substring) -> Token {
        let trimmed = text.trimmingCharacters(in: "-")
        // Only words compared with "ngày", "tháng", "năm" and month names need lowering.
        let lowered = trimmed.utf8.count <= 12 && trimmed.first?.isLetter == true ? trimmed.lowercased() : ""
        return Token(text: trimmed, range: trimmed.startIndex..<trimmed.endIndex, lowered: lowered)
    }

    private static func match(at index: Int, in words: [Token]) -> (Day, Int)? {
        let word = words[index]
        func number(_ offset: Int) -> Int? {
            guard index + offset < words.count else { return nil }
            let text = words[index + offset].text
            guard text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(text)
        }
        func lowered(_ offset: Int) -> String? {
            index + offset < words.count ? words[index + offset].lowered : nil
        }
        // ngày 15 tháng 9 năm 2022
        if word.lowered == "ngày", let day = number(1), lowered(2) == "tháng", let month = number(3),
            lowered(4) == "năm", let year = number(5), let date = Day(year: year, month: month, day: day)
        {
            return (date, 6)
        }
        if let date = numericDate(word.text) { return (date, 1) }
        // 15 September 2022
        if let day = number(0), let monthName = lowered(1), let month = englishMonths.firstIndex(of: monthName),
            let year = number(2), year >= 1000, let date = Day(year: year, month: month + 1, day: day)
        {
            return (date, 3)
        }
        // September 15, 2022
        if let month = englishMonths.firstIndex(of: word.lowered), let day = number(1), let year = number(2),
            year >= 1000, let date = Day(year: year, month: month + 1, day: day)
        {
            return (date, 3)
        }
        return nil
    }

    /// `15/9/2022`, `15-09-2022` (day first) or `2022-09-15`.
    private static func numericDate(_ text: Substring) -> Day? {
        guard text.utf8.contains(0x2F) || text.utf8.contains(0x2D) else { return nil }
        for separator: Character in ["/", "-"] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
            else { continue }
            let numbers = parts.compactMap { Int($0) }
            guard numbers.count == 3 else { continue }
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
