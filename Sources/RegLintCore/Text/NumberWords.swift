import Foundation

/// Whole numbers written in words, Vietnamese ("hai mươi mốt", "một trăm linh năm",
/// "hai tỷ ba trăm triệu") and English ("thirty", "one hundred and five", "two million").
///
/// Words are compared lowercased in composed form (NFC); diacritics matter ("mười" is ten,
/// "mươi" the tens of "ba mươi"). Vietnamese spoken variants are read: "mốt" for one and "tư"
/// for four after a tens word, "lăm" or "nhăm" for five after one, "linh" or "lẻ" for an empty
/// tens place, "ngàn" for "nghìn", "tỉ" for "tỷ". After a tens word five is "lăm": "mười năm"
/// is "ten years", so the reader stops before "năm" there. Ordinals are in
/// ``SectionNumber/wordValue(_:)``, not here.
public enum NumberWords {
    /// The value of `text` when all of it is one number in words (hyphens and "and" allowed in
    /// English), or `nil`.
    public static func value(of text: String) -> Int64? {
        let words = Self.words(of: text)
        guard !words.isEmpty, let (value, count) = prefixValue(of: words[...]), count == words.count else {
            return nil
        }
        return value
    }

    /// The number in words at the start of `words` (each already lowercased and composed) and
    /// how many words it takes, or `nil` when the first word starts no number. The longest
    /// reading wins.
    public static func prefixValue(of words: ArraySlice<String>) -> (value: Int64, count: Int)? {
        guard let first = words.first else { return nil }
        if vietnameseWords.contains(first) || first == "không" {
            var reader = Vietnamese(words: Array(words))
            if let found = reader.read() { return found }
        }
        if englishWords.contains(first) {
            var reader = English(words: Array(words))
            return reader.read()
        }
        return nil
    }

    /// Whether `word` (lowercased, composed) can be part of a number in words.
    public static func isNumberWord(_ word: String) -> Bool {
        vietnameseWords.contains(word) || englishWords.contains(word) || word == "không" || word == "and"
    }

    /// `text` lowercased, composed and split into words; hyphens split English compounds.
    public static func words(of text: String) -> [String] {
        text.lowercased().precomposed
            .split(whereSeparator: { !$0.isLetter })
            .map(String.init)
    }

    // MARK: Vietnamese

    private static let vietnameseDigits: [String: Int64] = [
        "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
        "chín": 9,
    ]
    private static let vietnameseScales: [String: Int64] = [
        "nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
    ]
    private static let vietnameseWords: Set<String> = Set(vietnameseDigits.keys).subtracting(["không"])
        .union(vietnameseScales.keys).union(["mười", "mươi", "trăm", "linh", "lẻ", "mốt", "tư", "lăm", "nhăm"])

    /// Reads Vietnamese number words: groups below a thousand, each followed by a scale word.
    private struct Vietnamese: WordReader {
        let words: [String]
        var index = 0

        init(words: [String]) { self.words = words }

        mutating func read() -> (value: Int64, count: Int)? {
            var parts: [(value: Int64, scale: Int64)] = []
            var lastEnd = 0
            while true {
                // A scale right after a scale multiplies what came before: "một nghìn tỷ".
                let group: Int64
                if !parts.isEmpty, let scaleWord = word(), vietnameseScales[scaleWord] != nil {
                    group = 0
                } else if let read = readGroup() {
                    group = read
                } else {
                    break
                }
                if let scaleWord = word(), let scale = vietnameseScales[scaleWord] {
                    index += 1
                    // Everything read so far below this scale is multiplied by it: "một nghìn tỷ".
                    var amount = group
                    while let last = parts.last, last.scale < scale {
                        amount += last.value
                        parts.removeLast()
                    }
                    guard amount <= Int64.max / scale else { return nil }
                    parts.append((amount * scale, scale))
                    lastEnd = index
                } else {
                    parts.append((group, 1))
                    lastEnd = index
                    break
                }
            }
            guard lastEnd > 0 else { return nil }
            let total = parts.reduce(Int64(0)) { $0 &+ $1.value }
            return total < 0 ? nil : (total, lastEnd)
        }

        /// A number below a thousand: "ba trăm linh năm", "hai mươi mốt", "mười lăm", "bảy".
        private mutating func readGroup() -> Int64? {
            let start = index
            var value: Int64 = 0
            var hasHundreds = false
            if let first = word(), let digit = vietnameseDigits[first], word(1) == "trăm" {
                value = digit * 100
                index += 2
                hasHundreds = true
            }
            guard let current = word() else { return hasHundreds ? value : nil }
            if hasHundreds, current == "linh" || current == "lẻ" {
                if let next = word(1), let digit = vietnameseDigits[next] ?? (next == "tư" ? 4 : nil), digit > 0 {
                    index += 2
                    return value + digit
                }
                return value
            }
            if current == "mười" {
                index += 1
                return value + 10 + unitAfterTens(isTen: true)
            }
            if let digit = vietnameseDigits[current], digit >= 2, word(1) == "mươi" {
                index += 2
                return value + digit * 10 + unitAfterTens(isTen: false)
            }
            if hasHundreds { return value }
            if let digit = vietnameseDigits[current], current != "không" {
                index += 1
                return digit
            }
            index = start
            return nil
        }

        /// The units after "mười" or "… mươi": "mốt" (after mươi) or "một", "tư" or "bốn",
        /// "lăm" or "nhăm" for five (never "năm", which reads as "year" there).
        private mutating func unitAfterTens(isTen: Bool) -> Int64 {
            guard let current = word() else { return 0 }
            let unit: Int64?
            switch current {
            case "mốt": unit = isTen ? nil : 1
            case "tư": unit = 4
            case "lăm", "nhăm": unit = 5
            case "năm", "không": unit = nil
            default: unit = vietnameseDigits[current]
            }
            guard let unit else { return 0 }
            // "mười hai nghìn" is twelve thousand; "hai mươi hai mươi" is no number, so a unit is
            // taken only when it does not start a new tens group.
            if word(1) == "mươi" { return 0 }
            index += 1
            return unit
        }
    }

    // MARK: English

    private static let englishUnits: [String: Int64] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let englishTens: [String: Int64] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]
    private static let englishScales: [String: Int64] = [
        "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    ]
    private static let englishWords: Set<String> = Set(englishUnits.keys).union(englishTens.keys)
        .union(englishScales.keys).union(["hundred"])

    /// Reads English number words: "one hundred and five", "two million three hundred thousand".
    private struct English: WordReader {
        let words: [String]
        var index = 0

        init(words: [String]) { self.words = words }

        mutating func read() -> (value: Int64, count: Int)? {
            var parts: [(value: Int64, scale: Int64)] = []
            var lastEnd = 0
            while let group = readGroup() {
                if let scaleWord = word(), let scale = englishScales[scaleWord] {
                    index += 1
                    var amount = group
                    while let last = parts.last, last.scale < scale {
                        let (sum, overflow) = amount.addingReportingOverflow(last.value)
                        guard !overflow else { return nil }
                        amount = sum
                        parts.removeLast()
                    }
                    let (scaled, overflow) = amount.multipliedReportingOverflow(by: scale)
                    guard !overflow else { return nil }
                    parts.append((scaled, scale))
                    lastEnd = index
                    // "two million and five"
                    if word() == "and", let next = word(1), englishUnits[next] != nil || englishTens[next] != nil {
                        index += 1
                    }
                } else {
                    parts.append((group, 1))
                    lastEnd = index
                    break
                }
            }
            guard lastEnd > 0 else { return nil }
            var total: Int64 = 0
            for part in parts {
                let (sum, overflow) = total.addingReportingOverflow(part.value)
                guard !overflow else { return nil }
                total = sum
            }
            return (total, lastEnd)
        }

        /// A number below a thousand: "one hundred and five", "forty-two", "seven".
        private mutating func readGroup() -> Int64? {
            var value: Int64 = 0
            var hasHundreds = false
            if let first = word(), let unit = englishUnits[first], unit > 0, word(1) == "hundred" {
                value = unit * 100
                index += 2
                hasHundreds = true
                if word() == "and", let next = word(1), englishUnits[next] != nil || englishTens[next] != nil {
                    index += 1
                }
            }
            guard let current = word() else { return hasHundreds ? value : nil }
            if let tens = englishTens[current] {
                index += 1
                if let next = word(), let unit = englishUnits[next], (1...9).contains(unit) {
                    index += 1
                    return value + tens + unit
                }
                return value + tens
            }
            if let unit = englishUnits[current] {
                index += 1
                return value + unit
            }
            return hasHundreds ? value : nil
        }
    }
}

/// The words a number reader walks through, and the word at an offset from where it stands.
private protocol WordReader {
    var words: [String] { get }
    var index: Int { get }
}

extension WordReader {
    func word(_ offset: Int = 0) -> String? {
        index + offset < words.count ? words[index + offset] : nil
    }
}
