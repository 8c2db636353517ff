/// Reading section number labels: `Điều 5.` → `5`, `Chương IV` → 4, `đ)` → 5.
public enum SectionNumber {
    /// Vietnamese point letters in order: a, b, c, d, đ, e, g, h, i, k, … (no f, j, w, z).
    public static let vietnameseLetters: [String] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s",
        "t", "u", "v", "x", "y",
    ]

    /// English point letters in order: a … z.
    public static let englishLetters: [String] = "abcdefghijklmnopqrstuvwxyz".map(String.init)

    /// The number without its keyword and punctuation: `Điều 5.` → `5`, `(a)` → `a`, `4.2.` → `4.2`.
    public static func value(of label: String) -> String {
        if let value = asciiValue(of: label) { return value }
        var text = Substring(label.trimmingWhitespace)
        if let keyword = HeadingKeyword.all.first(where: { $0.matchesPrefix(of: text) }) {
            text = text.dropFirst(keyword.word.count)
        }
        while let first = text.first, punctuation.contains(first) { text = text.dropFirst() }
        while let last = text.last, punctuation.contains(last) { text = text.dropLast() }
        // "số 3", "thứ nhất": only text starting with "s" or "t" can (checked by its first byte).
        if text.utf8.first.map({ $0 | 0x20 }) == 0x73, text.lowercased().hasPrefix("số ") { text = text.dropFirst(3) }
        // "Rule 1", "Schedule No 4": a word this reader does not know, then the number.
        if !(text.utf8.first.map({ $0 | 0x20 }) == 0x74 && text.lowercased().hasPrefix("thứ ")),
            let space = text.lastIndex(where: \.isWhitespace)
        {
            text = text[text.index(after: space)...]
            while let first = text.first, punctuation.contains(first) { text = text.dropFirst() }
        }
        return String(text)
    }

    /// The keywords written in ASCII: the only ones an ASCII label can begin with.
    private static let asciiKeywords: [[UInt8]] = HeadingKeyword.all.map { Array($0.word.utf8) }.filter {
        $0.allSatisfy { $0 < 0x80 }
    }

    /// ``value(of:)`` over the bytes of an ASCII label (`5.`, `(a)`, `4.2.`, `Article 7`), where
    /// every character is one byte; nil for other labels.
    private static func asciiValue(of label: String) -> String? {
        var label = label
        return label.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // . : ( ) - space tab
            func isPunctuation(_ byte: UInt8) -> Bool {
                byte == 0x2E || byte == 0x3A || byte == 0x28 || byte == 0x29 || byte == 0x2D || byte == 0x20
                    || byte == 0x09
            }
            var (start, end) = (0, bytes.count)
            while start < end, bytes[start].isASCIIWhitespace { start += 1 }
            while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
            for keyword in asciiKeywords where end - start >= keyword.count && bytes[start] == keyword[0] {
                let sameLetters = (1..<keyword.count).allSatisfy { bytes[start + $0] | 0x20 == keyword[$0] | 0x20 }
                if sameLetters, start + keyword.count == end || bytes[start + keyword.count].isASCIIWhitespace {
                    start += keyword.count
                    break
                }
            }
            while start < end, isPunctuation(bytes[start]) { start += 1 }
            while end > start, isPunctuation(bytes[end - 1]) { end -= 1 }
            // "Rule 1", "Schedule No 4": a word this reader does not know, then the number.
            if let space = (start..<end).last(where: { bytes[$0].isASCIIWhitespace }) {
                start = space + 1
                while start < end, isPunctuation(bytes[start]) { start += 1 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    private static let punctuation: Set<Character> = [".", ":", "(", ")", "-", "–", "—", " ", "\t", "§"]

    /// The integer value of a Roman numeral (`IV` → 4), case-insensitive; nil when not one.
    public static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        let digits = text.lowercased().compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == text.count, text.count <= 12 else { return nil }
        var total = 0
        for (index, digit) in digits.enumerated() {
            if index + 1 < digits.count, digit < digits[index + 1] { total -= digit } else { total += digit }
        }
        return total > 0 ? total : nil
    }

    /// The Roman numeral of a positive number, uppercase.
    public static func roman(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return String(number) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var remaining = number
        var result = ""
        for (value, numeral) in table {
            while remaining >= value {
                result += numeral
                remaining -= value
            }
        }
        return result
    }

    /// The value of a number written as a word or ordinal, lowercase: `one`, `first`, `1er`,
    /// `2nd`, `premier`, `nhất` (of "thứ nhất"), `kwanza`; nil otherwise.
    public static func wordValue(_ word: String) -> Int? {
        if let value = numberWords[word] { return value }
        // "1er", "1st", "2nd", "3rd", "4th", "2e", "2ème"
        let digits = word.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty,
            ["er", "re", "st", "nd", "rd", "th", "e", "ème", "o", "º"].contains(word.dropFirst(digits.count))
        {
            return Int(digits)
        }
        return nil
    }

    private static let numberWords: [String: Int] = {
        var words: [String: Int] = [:]
        let lists: [[String]] = [
            [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            ],
            [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth",
            ],
            ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième"],
            ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"],
            ["kwanza", "pili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa", "kumi"],
        ]
        for list in lists {
            for (index, word) in list.enumerated() { words[word] = index + 1 }
        }
        words["première"] = 1
        words["bốn"] = 4
        return words
    }()
}

extension StringProtocol {
    /// The string without leading and trailing white space (spaces, tabs, line breaks).
    public var trimmingWhitespace: String {
        // Most text begins and ends with a visible ASCII character: nothing to trim.
        if let first = utf8.first, (0x21...0x7E).contains(first), let last, last.isASCII, !last.isWhitespace {
            return String(self)
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
