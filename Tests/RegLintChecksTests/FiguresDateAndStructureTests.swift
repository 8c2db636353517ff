import RegLintCore
import RegLintReaders
import Testing

@testable import RegLintChecks

/// `figures/date-order` and `figures/structure-count` on documents shaped like real ones: a
/// decision with the charter it approves in one file, an Akoma Ntoso act dated in its metadata.
@Suite("figures/date-order and figures/structure-count on real-shaped documents")
struct FiguresDateAndStructureTests {
    private func run<C: Check>(_ check: C, _ document: Document) throws -> [Diagnostic] {
        let context = CheckContext(
            asOf: try #require(Day(year: 2026, month: 1, day: 1)), language: document.language,
            facts: DocumentFacts(document))
        return check.diagnostics(in: document, context: context)
    }

    /// A decision (Điều 1–3) followed by the charter it approves (Chương I–II, Điều 1–4, with
    /// Điều 3 missing): the charter's count is compared with the charter alone.
    @Test func charterAfterTheDecisionIsCountedOnItsOwn() throws {
        let outline = """
            Điều 1. Phê duyệt Điều lệ Hội Khuyến học gồm 02 Chương, 04 Điều.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            Điều 3. Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành.
            Chương I
            Điều 1. Tên gọi
            Điều 2. Tôn chỉ
            Chương II
            Điều 4. Hiệu lực thi hành
            1. Điều lệ Hội Khuyến học gồm 02 Chương, 04 Điều đã được Đại hội thông qua.
            """
        let found = try run(StructureCountCheck(options: NoOptions()), OutlineReader.read(outline))
        #expect(found.map(\.message.text) == ["The document states 04 articles (Điều) but has 3: Điều 1–2, 4"])
        #expect(found.first?.excerpt == "04 Điều")
    }

    /// Counts written in words, and several units in one statement, each compared.
    @Test func englishCountsInWords() throws {
        let outline = """
            Part 1 Preliminary
            Chapter 1 Title
            Article 1 Short title
            This Act has two Parts and three Chapters.
            Part 2 Duties
            Chapter 2 Officers
            Article 2 Officers
            """
        let found = try run(StructureCountCheck(options: NoOptions()), OutlineReader.read(outline, language: .en))
        #expect(found.map(\.excerpt) == ["three Chapters"])
    }

    /// The signing date comes from the metadata (an Akoma Ntoso `docDate`), the effective date
    /// from the text; a period in a quoted amendment belongs to another instrument.
    @Test func effectiveDateBeforeMetadataDate() throws {
        let location = SourceLocation(file: "act.xml", line: 10)
        let paragraph = Paragraph(
            text: "This Regulation comes into force on 1 January 2017.", location: location)
        let quoted = Section(
            kind: .quotation,
            blocks: [
                .paragraph(
                    Paragraph(
                        text: "The scheme runs from 1 April 2018 to 31 March 2017.",
                        location: SourceLocation(file: "act.xml", line: 20)))
            ], location: location)
        let article = Section(
            kind: .article, number: "1", heading: "Commencement", blocks: [.paragraph(paragraph)],
            children: [quoted], location: location)
        let document = Document(
            path: "act.xml", format: .akomaNtoso, language: .en,
            metadata: DocumentMetadata(dates: [DocumentDate(kind: "issued", day: try #require(Day(iso: "2017-02-28")))]
            ),
            sections: [article])
        let found = try run(DateOrderCheck(options: NoOptions()), document)
        #expect(
            found.map(\.message.text) == [
                "The document takes effect on 1 January 2017, before the date it was signed (2017-02-28)"
            ])
        #expect(found.first?.excerpt == "This Regulation comes into force on 1 January 2017")
    }

    /// Each period is judged on its own: an amendment that moves a deadline earlier is fine.
    @Test func periodsAreJudgedOnTheirOwn() throws {
        let outline = """
            Điều 1. Sửa đổi thời hạn
            Thời hạn nộp hồ sơ từ ngày 01/3/2024 đến ngày 30/4/2024 nay được sửa thành từ ngày 01/02/2024 đến ngày 31/3/2024.
            Giai đoạn 2021 - 2025 và từ năm 2026 đến năm 2030.
            """
        #expect(try run(DateOrderCheck(options: NoOptions()), OutlineReader.read(outline)).isEmpty)
    }

    /// An article numbered at the edge of Int (an XML reader keeps any number) is counted
    /// without overflowing.
    @Test func hugeArticleNumbersDoNotOverflow() throws {
        let location = SourceLocation(file: "act.xml")
        let statement = Paragraph(text: "This Act has 2 articles.", location: location)
        let sections = ["1", "2", "9223372036854775807"].map { number in
            Section(kind: .article, number: "Article \(number)", heading: "Text", location: location)
        }
        var first = sections[0]
        first.blocks = [.paragraph(statement)]
        let document = Document(
            path: "act.xml", format: .akomaNtoso, language: .en, metadata: DocumentMetadata(),
            sections: [first] + sections.dropFirst())
        let found = try run(StructureCountCheck(options: NoOptions()), document)
        #expect(
            found.map(\.message.text) == [
                "The document states 2 articles (Article) but has 3: Article 1–2, 9223372036854775807"
            ])
    }
}
