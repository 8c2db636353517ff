/// Decides whether text is Vietnamese or English from the letters it uses.
///
/// Vietnamese has letters English never uses (ă â đ ê ô ơ ư and the tone-marked vowels); a text
/// where they make up at least 2% of the letters is Vietnamese. Mostly-ASCII text is English.
package struct LanguageDetector: Sendable {
    private var letters = 0
    private var vietnameseLetters = 0
    private var asciiLetters = 0

    package init() {}

    /// Feeds more text; only the first 200,000 letters are looked at.
    package mutating func add(_ text: String) {
        guard letters < 200_000 else { return }
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.isASCII {
                asciiLetters += 1
            } else if Self.isVietnamese(scalar) {
                vietnameseLetters += 1
            }
        }
    }

    /// The decision so far.
    package var language: Language {
        guard letters >= 20 else { return .unknown }
        if vietnameseLetters * 50 >= letters { return .vi }
        if asciiLetters * 10 >= letters * 9 { return .en }
        return .unknown
    }

    private static func isVietnamese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0: true  // Ă ă Đ đ Ơ ơ Ư ư
        case 0x1EA0...0x1EF9: true  // Latin Extended Additional: ạ ả ấ … ỹ
        case 0x00C2, 0x00E2, 0x00CA, 0x00EA, 0x00D4, 0x00F4: true  // Â â Ê ê Ô ô
        case 0x00C0, 0x00C1, 0x00C3, 0x00E0, 0x00E1, 0x00E3, 0x00C8, 0x00C9, 0x00E8, 0x00E9,
            0x00CC, 0x00CD, 0x00EC, 0x00ED, 0x00D2, 0x00D3, 0x00D5, 0x00F2, 0x00F3, 0x00F5,
            0x00D9, 0x00DA, 0x00F9, 0x00FA, 0x00DD, 0x00FD, 0x0128, 0x0129, 0x0168, 0x0169:
            true  // à á ã è é ì í ò ó õ ù ú ý ĩ ũ and capitals
        case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323: true  // tone marks in decomposed text
        default: false
        }
    }
}
