import Foundation
import RegLintCore
import Testing

@Suite("Text ranges")
struct TextRangeTests {
    @Test func aRangeFoundInTheComposedTextIsMappedToTheParagraphsOwnText() throws {
        let text = "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015".decomposedStringWithCanonicalMapping
        let composed = text.precomposedStringWithCanonicalMapping
        let words = try #require(composed.range(of: "Nghị định số 04/2015/NĐ-CP"))
        let mapped = try #require(TextRange(words, in: composed).mapped(from: composed, to: text))
        let selected = try #require(mapped.range(in: text))
        #expect(String(text[selected]) == "Nghị định số 04/2015/NĐ-CP")
        #expect(mapped.offset != TextRange(words, in: composed).offset)  // NFD has more UTF-16 units
    }

    @Test func aRangeThatSplitsACharacterOrOverrunsTheTextHasNoPlace() {
        let text = "Điều 5"
        #expect(TextRange(offset: 0, length: 40).range(in: text) == nil)
        let decomposed = "e\u{0301}"  // é as two scalars: no range may split them
        #expect(TextRange(offset: 1, length: 1).mapped(from: decomposed, to: decomposed) == nil)
    }

    @Test func aFixReplacesExactlyItsRange() throws {
        let text = "căn cứ Nghị định số 04/2015/NĐ-CP và Nghị định số 04/2015/NĐ-CP"
        let second = try #require(text.range(of: "Nghị định số 04/2015/NĐ-CP", options: .backwards))
        let fixed = Fix(replacement: "Nghị định số 59/2023/NĐ-CP").applied(to: text, at: TextRange(second, in: text))
        #expect(fixed == "căn cứ Nghị định số 04/2015/NĐ-CP và Nghị định số 59/2023/NĐ-CP")
    }

    @Test func aDiagnosticOnWordsCarriesTheirRangeAndExcerpt() throws {
        let paragraph = Paragraph(
            text: "Tổng số 390 đơn".decomposedStringWithCanonicalMapping,
            location: SourceLocation(file: "x.docx", paragraph: 3))
        let composed = paragraph.text.precomposedStringWithCanonicalMapping
        let words = try #require(composed.range(of: "390 đơn"))
        let diagnostic = Diagnostic(message: .init("m"), paragraph: paragraph, words: words, of: composed)
        let range = try #require(diagnostic.range?.range(in: paragraph.text))
        #expect(String(paragraph.text[range]) == "390 đơn")
        #expect(diagnostic.excerpt == "390 đơn" && diagnostic.location.paragraph == 3)
    }
}
