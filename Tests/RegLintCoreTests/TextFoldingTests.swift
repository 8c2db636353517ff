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

@Suite("Byte tests of UTF-8 text")
struct UTF8ByteTests {
    @Test("ASCII is told eight bytes at a time, and a byte outside it anywhere is found")
    func asciiAtEveryPosition() {
        for length in 0..<20 {
            var bytes = [UInt8](repeating: 0x61, count: length)
            #expect(bytes.withUnsafeBufferPointer { UTF8Search.isASCII($0) })
            for position in 0..<length {
                bytes[position] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer { UTF8Search.isASCII($0) }, "\(length) \(position)")
                bytes[position] = 0x61
            }
        }
    }

    @Test("Words stop at the limit: punctuation after the last word taken is not looked at")
    func wordLimit() {
        let (words, punctuated) = MatchingWords.words(of: "Điều 1: b: c:", limit: 2)
        #expect(words == ["dieu", "1"])
        #expect(punctuated == [false, false])
        #expect(MatchingWords.words(of: "a: b: c", limit: 3).punctuated == [true, true, true])
    }

    @Test("A one-byte needle is found in strings small and large, whole and sliced")
    func containsOneByte() {
        #expect("a(b".containsBytes(of: "("))
        #expect(!"ab".containsBytes(of: "("))
        #expect(!"".containsBytes(of: "("))
        let long = String(repeating: "Điều ", count: 40) + "(1)"
        #expect(long.containsBytes(of: "("))
        #expect(!long.dropLast(3).containsBytes(of: "("))
        #expect(long.dropFirst(5).containsBytes(of: "1"))
    }
}
