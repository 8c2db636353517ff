import RegLintCore
import Testing

@Suite("Numbers in words")
struct NumberWordsTests {
    @Test func vietnamese() {
        let cases: [(String, Int64)] = [
            ("ba mươi", 30), ("mười lăm", 15), ("hai mươi mốt", 21), ("một trăm linh năm", 105),
            ("một trăm lẻ năm", 105), ("năm triệu", 5_000_000), ("hai tỷ ba trăm triệu", 2_300_000_000),
            ("hai mươi tư", 24), ("hai mươi bốn", 24), ("mười", 10), ("bảy", 7), ("mười một", 11),
            ("một nghìn không trăm linh năm", 1005), ("tám nghìn bốn trăm bảy mươi hai", 8472),
            ("một nghìn tỷ", 1_000_000_000_000), ("Năm triệu", 5_000_000), ("ba trăm", 300),
            ("mười hai nghìn", 12000), ("hai mươi lăm", 25), ("một trăm linh tư", 104),
        ]
        for (text, value) in cases {
            #expect(NumberWords.value(of: text) == value, "\(text)")
        }
        // Decomposed text reads the same.
        #expect(NumberWords.value(of: "hai mươi mốt".decomposedStringWithCanonicalMapping) == 21)
    }

    @Test func vietnameseFiveAfterTensIsLam() {
        // "mười năm" is ten years: the number is ten, and "năm" is left over.
        #expect(NumberWords.value(of: "mười năm") == nil)
        #expect(NumberWords.prefixValue(of: ["mười", "năm"])?.count == 1)
        #expect(NumberWords.value(of: "mốt") == nil)
        #expect(NumberWords.value(of: "một trăm năm") == nil)
    }

    @Test func english() {
        let cases: [(String, Int64)] = [
            ("thirty", 30), ("one hundred and five", 105), ("two million", 2_000_000), ("forty-two", 42),
            ("fifteen", 15), ("one thousand two hundred", 1200), ("Five Thousand", 5000),
            ("two million three hundred thousand", 2_300_000),
        ]
        for (text, value) in cases {
            #expect(NumberWords.value(of: text) == value, "\(text)")
        }
        #expect(NumberWords.value(of: "thirty days") == nil)
        #expect(NumberWords.prefixValue(of: ["thirty", "days"])?.value == 30)
    }

    /// Words past Int64 give no value instead of a trap.
    @Test func numbersTooLargeForInt64AreNoValue() {
        let huge = Array(repeating: "nine hundred million", count: 11).joined(separator: " ") + " one billion"
        #expect(NumberWords.value(of: huge) == nil)
    }
}
