import Foundation
import RegLintCore

/// A paragraph's text addressed by UTF-16 offsets, as figures give them.
struct FigureText {
    let text: String
    let units: [UInt16]
    /// The paragraph's own text, when `text` is a canonically equivalent copy of it (its NFC).
    let paragraphText: String

    init(_ text: String, paragraphText: String? = nil) {
        self.text = text
        units = Array(text.utf16)
        self.paragraphText = paragraphText ?? text
    }

    /// Where the text between two UTF-16 offsets (clamped, as ``slice(_:_:)``) lies in the
    /// paragraph's own text.
    func range(_ start: Int, _ end: Int) -> TextRange? {
        let start = max(0, min(start, units.count))
        let end = max(start, min(end, units.count))
        return TextRange(offset: start, length: end - start).mapped(from: text, to: paragraphText)
    }

    /// The text between two UTF-16 offsets (clamped).
    func slice(_ start: Int, _ end: Int) -> String {
        let start = max(0, min(start, units.count))
        let end = max(start, min(end, units.count))
        return String(decoding: units[start..<end], as: UTF16.self)
    }

    /// The text between two offsets, lowercased and composed, for matching words.
    func words(_ start: Int, _ end: Int) -> String {
        slice(start, end).lowercased().precomposed
    }

    /// A sentence ends between the offsets: `.`, `!` or `?` followed by a space or the end.
    func hasSentenceEnd(_ start: Int, _ end: Int) -> Bool {
        let end = min(end, units.count)
        var index = max(0, start)
        while index < end {
            let unit = units[index]
            if unit == 0x2E || unit == 0x21 || unit == 0x3F {
                if index + 1 >= units.count || units[index + 1] == 0x20 || units[index + 1] == 0x0A
                    || units[index + 1] == 0xA0
                {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}

extension Figure {
    /// UTF-16 offset just past the number.
    var end: Int { offset + length }
}

/// Prints a computed number the way the document writes numbers: Vietnamese `94,4`,
/// `1.234.567`, English `94.4`, `1,234,567`; exact at any size (no conversion to `Double`).
func printed(_ value: Decimal, fractionDigits: Int, language: Language) -> String {
    let thousands = language == .vi ? "." : ","
    let decimal = language == .vi ? "," : "."
    var number = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &number, fractionDigits, .plain)
    let negative = rounded < 0
    let plain = NSDecimalNumber(decimal: negative ? -rounded : rounded).stringValue
    let parts = plain.split(separator: ".", maxSplits: 1)
    let integer = String(parts.first ?? "0")
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    while fraction.count < fractionDigits { fraction.append("0") }
    var grouped = ""
    for (offset, character) in integer.enumerated() {
        if offset > 0, (integer.count - offset) % 3 == 0 { grouped += thousands }
        grouped.append(character)
    }
    return (negative ? "-" : "") + grouped + (fraction.isEmpty ? "" : decimal + fraction)
}

/// The convention the figures were printed in, judged by the separators of their whole numbers
/// ("1,240" is English, "8.472" Vietnamese), else `language` (Vietnamese when unknown).
func convention(of figures: [Figure], default language: Language) -> Language {
    for figure in figures where figure.fractionDigits == 0 {
        if figure.text.contains(",") { return .en }
        if figure.text.contains(".") { return .vi }
    }
    return language == .en ? .en : .vi
}
