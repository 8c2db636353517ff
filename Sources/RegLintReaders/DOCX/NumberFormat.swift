import Foundation
import RegLintCore

/// Renders a list number in one of WordprocessingML's `w:numFmt` styles.
enum NumberFormat {
    /// `format` is a `ST_NumberFormat` value; unknown formats fall back to decimal.
    static func render(_ value: Int, format: String) -> String {
        switch format {
        case "decimal": return String(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "upperRoman": return SectionNumber.roman(value)
        case "lowerRoman": return SectionNumber.roman(value).lowercased()
        case "upperLetter": return letters(value).uppercased()
        case "lowerLetter": return letters(value)
        case "ordinal": return ordinal(value)
        case "cardinalText": return cardinalText(value).capitalizedFirst
        case "ordinalText": return ordinalText(value).capitalizedFirst
        case "decimalEnclosedParen": return "(\(value))"
        case "decimalEnclosedFullstop": return "\(value)."
        case "decimalEnclosedCircle":
            if (1...20).contains(value), let scalar = Unicode.Scalar(0x2460 + value - 1) {
                return String(Character(scalar))
            }
            return String(value)
        case "none": return ""
        default: return String(value)
        }
    }

    /// Word's letter numbering: a … z, then aa … zz, aaa …
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func ordinal(_ value: Int) -> String {
        let suffix: String
        switch (value % 10, value % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }

    private static let ones = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    private static func cardinalText(_ value: Int) -> String {
        guard value >= 0, value < 1_000_000 else { return String(value) }
        if value < 20 { return ones[value] }
        if value < 100 { return tens[value / 10] + (value % 10 == 0 ? "" : "-" + ones[value % 10]) }
        if value < 1000 {
            return ones[value / 100] + " hundred" + (value % 100 == 0 ? "" : " " + cardinalText(value % 100))
        }
        return cardinalText(value / 1000) + " thousand" + (value % 1000 == 0 ? "" : " " + cardinalText(value % 1000))
    }

    private static func ordinalText(_ value: Int) -> String {
        let irregular = [
            "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
            "nine": "ninth", "twelve": "twelfth",
        ]
        let cardinal = cardinalText(value)
        let separators = CharacterSet(charactersIn: " -")
        guard let range = cardinal.rangeOfCharacter(from: separators, options: .backwards) else {
            return irregular[cardinal] ?? Self.regularOrdinal(cardinal)
        }
        let head = cardinal[..<range.upperBound]
        let last = String(cardinal[range.upperBound...])
        return head + (irregular[last] ?? regularOrdinal(last))
    }

    private static func regularOrdinal(_ word: String) -> String {
        word.hasSuffix("y") ? word.dropLast() + "ieth" : word + "th"
    }
}

extension String {
    fileprivate var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
