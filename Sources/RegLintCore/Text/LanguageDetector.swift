/// Decides whether text is Vietnamese or English from the letters it uses.
///
/// Vietnamese has letters no other Latin-script language uses (ă đ ơ ư and the vowels of Latin
/// Extended Additional: ạ ả ấ … ỹ); a text where they make up at least 1% of the letters is
/// Vietnamese. Mostly-ASCII text is English; French, Italian or Swahili text is neither.
package struct LanguageDetector: Sendable {
    private var letters = 0
    private var vietnameseLetters = 0
    private var asciiLetters = 0

    package init() {}

    /// Feeds more text; only the first 200,000 letters are looked at.
    package mutating func add(_ text: String) {
        guard letters < 200_000 else { return }
        let alphabetic = Self.alphabetic
        for scalar in text.unicodeScalars {
            // ASCII by its value: Unicode property lookups are the cost of this loop.
            if scalar.value < 0x80 {
                let lower = scalar.value | 0x20
                if lower >= 0x61, lower <= 0x7A {
                    letters += 1
                    asciiLetters += 1
                }
                continue
            }
            if alphabetic.contains(scalar) {
                letters += 1
                if scalar.isASCII {
                    asciiLetters += 1
                } else if Self.isVietnamese(scalar) {
                    vietnameseLetters += 1
                }
            } else if Self.isVietnameseMark(scalar) {
                vietnameseLetters += 1
            }
        }
    }

    /// Alphabetic scalars, by a table for the Latin and Vietnamese blocks.
    private static let alphabetic = ScalarTable { $0.properties.isAlphabetic }

    /// The decision so far.
    package var language: Language {
        guard letters >= 20 else { return .unknown }
        if vietnameseLetters * 100 >= letters { return .vi }
        if asciiLetters * 10 >= letters * 9 { return .en }
        return .unknown
    }

    /// Letters only Vietnamese uses: ă đ ơ ư and the letters of Latin Extended Additional
    /// (ạ ả ấ ầ … ỹ). Shared accents (é è à ê ô â, ã õ) are French, Portuguese or Italian too.
    private static func isVietnamese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0: true  // Ă ă Đ đ Ơ ơ Ư ư
        case 0x1EA0...0x1EF9: true  // Latin Extended Additional: ạ ả ấ … ỹ
        default: false
        }
    }

    /// Combining marks of decomposed Vietnamese: dot below, hook above, horn, breve.
    private static func isVietnameseMark(_ scalar: Unicode.Scalar) -> Bool {
        [0x0323, 0x0309, 0x031B, 0x0306].contains(scalar.value)
    }
}
