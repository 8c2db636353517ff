import Testing

@testable import RegLintCore

@Suite("Folding text for matching")
struct TextFoldingTests {
    @Test(arguments: [
        ("Điều 2. Đối tượng áp dụng:", "dieu 2. doi tuong ap dung:"),
        ("  QUY CHẾ\tlàm\u{00A0}việc \n", "quy che lam viec"),
        ("Nghi\u{0323} đi\u{0323}nh", "nghi dinh"),  // decomposed input
        ("“Thông tư” – số 15", "“thong tu” – so 15"),
        ("Straße İstanbul", "straße istanbul"),
        ("中文 text", "中文 text"),  // outside the table: decomposition path
    ])
    func foldsCaseDiacriticsAndSpace(text: String, folded: String) {
        #expect(text.foldedForMatching == folded)
    }

    @Test("Every scalar of the table folds as the decomposition path folds it, alone and in text")
    func tableAgreesWithDecomposition() {
        for block in FoldingTable.blocks {
            for value in block {
                let scalar = Unicode.Scalar(value)!
                for text in ["\(scalar)", "A\(scalar)b", " \(scalar) x", "Ê\(scalar)\u{0301}"] {
                    #expect(text.foldedForMatching == text.foldedByDecomposition, "U+\(String(value, radix: 16))")
                }
            }
        }
    }

    @Test("Words for profile matching: the byte path gives what the character path gives")
    func wordsOfASCIIFoldedText() {
        let (words, punctuated) = MatchingWords.words(of: "Điều 2. Đối tượng (áp dụng); ghi chú", limit: 10)
        #expect(words == ["dieu", "2", "doi", "tuong", "ap", "dung", "ghi", "chu"])
        #expect(punctuated == [false, true, false, false, false, true, false, true])
        #expect(MatchingWords.words(of: "Phạm vi điều chỉnh và đối tượng", limit: 3).words == ["pham", "vi", "dieu"])
        #expect(MatchingWords.words(of: "Straße № 5") == ["straße", "5"])
    }

    @Test("Text that precomposed leaves alone is already in normalization form C")
    func precomposedShortcutIsExact() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x2FF, 0x1E00...0x1EFF, 0x2002...0x20CF]
        let scalars = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let text = "a\(scalar)e"
            let composed = text.precomposedStringWithCanonicalMapping
            #expect(Array(text.precomposed.unicodeScalars) == Array(composed.unicodeScalars))
        }
        #expect("Nghi\u{0323}".precomposed.unicodeScalars.count == 4)  // decomposed input is composed
        #expect("Ngh\u{1ECB}".precomposed == "Ngh\u{1ECB}")
    }
}
