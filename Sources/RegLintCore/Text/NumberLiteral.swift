import Foundation

/// A number written in digits, read with the conventions of a language: Vietnamese writes `8.472`
/// for eight thousand four hundred seventy-two and `98,5` for ninety-eight and a half; English
/// writes `8,472` and `98.5`.
///
/// A literal that reads differently under the two conventions (`8.472`, `1,234`) is read with the
/// document's language and left alone (`nil`) when the language is unknown; a literal that only
/// one convention can write (`1.234.567`, `98,5`, `1,234.5`) is read that way whatever the
/// language, and says so in ``evidence``.
public struct NumberLiteral: Sendable, Equatable {
    /// The value.
    public let value: Decimal
    /// Digits after the decimal separator as printed (`98,5` → 1, `8.472` in Vietnamese → 0).
    public let fractionDigits: Int
    /// The convention the literal itself shows, or `nil` when it reads the same under both
    /// (`15`) or was read by the document's language alone (`8.472`).
    public let evidence: Language?

    public init(value: Decimal, fractionDigits: Int, evidence: Language?) {
        self.value = value
        self.fractionDigits = fractionDigits
        self.evidence = evidence
    }

    /// Reads `text`, made only of ASCII digits, `.` and `,` with a digit at both ends; `nil` when
    /// it is not a well-formed number or is ambiguous under `language`.
    ///
    /// Thousands groups have one to three digits first and exactly three after each separator.
    /// Section numbers such as `1.2.3` and versions are not numbers here.
    public static func parse<S: StringProtocol>(_ text: S, language: Language) -> NumberLiteral? {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, isDigit(first), isDigit(last), bytes.count <= 40
        else { return nil }
        guard bytes.allSatisfy({ isDigit($0) || $0 == dot || $0 == comma }) else { return nil }
        let dots = bytes.count { $0 == dot }
        let commas = bytes.count { $0 == comma }
        // Digit runs between separators, and which separator follows each.
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
        for byte in bytes {
            if isDigit(byte) {
                groups[groups.count - 1].append(byte)
            } else {
                guard !groups[groups.count - 1].isEmpty else { return nil }  // "1..2"
                separators.append(byte)
                groups.append([])
            }
        }
        switch (dots, commas) {
        case (0, 0):
            return make(integer: groups[0], fraction: [], evidence: nil)
        case (_, 0), (0, _):
            let separator = dots > 0 ? dot : comma
            // The convention that writes this separator between thousands, and the other one.
            let thousands: Language = separator == dot ? .vi : .en
            let decimal: Language = separator == dot ? .en : .vi
            if isGrouped(groups) {
                if groups.count > 2 {
                    return make(integer: groups.joined().map { $0 }, fraction: [], evidence: thousands)
                }
                // One separator and three digits after it: `8.472`, `1,234`.
                switch language {
                case thousands: return make(integer: groups.joined().map { $0 }, fraction: [], evidence: nil)
                case decimal: return make(integer: groups[0], fraction: groups[1], evidence: nil)
                default: return nil
                }
            }
            guard groups.count == 2 else { return nil }  // "1.2.3", "1,5,7"
            return make(integer: groups[0], fraction: groups[1], evidence: decimal)
        default:
            // Both separators: the last one is the decimal separator, the others group thousands.
            guard let decimalSeparator = separators.last,
                separators.dropLast().allSatisfy({ $0 != decimalSeparator }),
                isGrouped(Array(groups.dropLast()))
            else { return nil }
            return make(
                integer: groups.dropLast().joined().map { $0 }, fraction: groups[groups.count - 1],
                evidence: decimalSeparator == comma ? .vi : .en)
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
    private static let dot = UInt8(ascii: ".")
    private static let comma = UInt8(ascii: ",")

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// One to three digits (not a leading zero), then groups of exactly three.
    private static func isGrouped(_ groups: [[UInt8]]) -> Bool {
        guard groups.count >= 2, (1...3).contains(groups[0].count), groups[0].first != UInt8(ascii: "0") else {
            return false
        }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func make(integer: [UInt8], fraction: [UInt8], evidence: Language?) -> NumberLiteral? {
        // Up to 18 digits fit a UInt64: no string or locale needed.
        if integer.count + fraction.count <= 18 {
            var significand: UInt64 = 0
            for byte in integer + fraction { significand = significand * 10 + UInt64(byte - 0x30) }
            let value = Decimal(sign: .plus, exponent: -fraction.count, significand: Decimal(significand))
            return NumberLiteral(value: value, fractionDigits: fraction.count, evidence: evidence)
        }
        let digits =
            String(decoding: integer, as: UTF8.self)
            + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
        guard let value = Decimal(string: digits, locale: posix) else { return nil }
        return NumberLiteral(value: value, fractionDigits: fraction.count, evidence: evidence)
    }
}
