import Testing

@testable import RegLintCore

/// The indices checks use instead of looking paragraphs up by location (which a large document
/// would pay for with a dictionary of every paragraph).
@Suite("Document facts")
struct DocumentFactsTests {
    private func paragraph(_ text: String, line: Int) -> Paragraph {
        Paragraph(text: text, location: SourceLocation(file: "d.xml", line: line))
    }

    /// Chapter I (one paragraph) › Article 1 (a paragraph and a two-cell table) › Article 2
    /// (none), Chapter II (one paragraph), and a footnote.
    private var document: Document {
        let table = Table(
            rows: [
                TableRow(cells: [
                    TableCell(paragraphs: [paragraph("Cell one", line: 4)]),
                    TableCell(paragraphs: [paragraph("Cell two, see Article 2", line: 5)]),
                ])
            ], location: SourceLocation(file: "d.xml", line: 4))
        let article1 = Section(
            kind: .article, number: "Article 1",
            blocks: [.paragraph(paragraph("As Article 2 says", line: 3)), .table(table)],
            location: SourceLocation(file: "d.xml", line: 3))
        let article2 = Section(kind: .article, number: "Article 2", location: SourceLocation(file: "d.xml", line: 6))
        let chapter1 = Section(
            kind: .chapter, number: "Chapter I", blocks: [.paragraph(paragraph("Opening words", line: 2))],
            children: [article1, article2], location: SourceLocation(file: "d.xml", line: 1))
        let chapter2 = Section(
            kind: .chapter, number: "Chapter II", blocks: [.paragraph(paragraph("Article 1 applies", line: 8))],
            location: SourceLocation(file: "d.xml", line: 7))
        return Document(
            path: "d.xml", format: .mappedXML, language: .en, metadata: DocumentMetadata(),
            sections: [chapter1, chapter2],
            notes: [Note(kind: .footnote, id: "1", paragraphs: [paragraph("Article 2 again", line: 9)])])
    }

    @Test func eachSectionKnowsItsOwnParagraphsAndNotTheChildrens() {
        let facts = DocumentFacts(document)
        #expect(facts.sections.map(\.section.number) == ["Chapter I", "Article 1", "Article 2", "Chapter II"])
        let texts = facts.sections.indices.map { section in
            facts.paragraphIndices(ofSection: section).map { facts.paragraphs[$0].paragraph.text }
        }
        #expect(
            texts == [
                ["Opening words"], ["As Article 2 says", "Cell one", "Cell two, see Article 2"], [],
                ["Article 1 applies"],
            ])
        // The footnote stands in no section and after every section's paragraphs.
        #expect(facts.paragraphs.last?.paragraph.text == "Article 2 again")
        #expect(facts.paragraphs.last?.section == nil)
    }

    @Test func eachCitationKnowsItsParagraph() {
        let facts = DocumentFacts(document)
        let references = facts.citations.indices.filter { facts.citations[$0].kind == .internalReference }
        #expect(references.count == 4)
        let paragraphs = references.map { facts.paragraph(ofCitation: $0).paragraph.text }
        #expect(paragraphs == ["As Article 2 says", "Cell two, see Article 2", "Article 1 applies", "Article 2 again"])
        for index in references {
            #expect(facts.paragraph(ofCitation: index).paragraph.location == facts.citations[index].location)
        }
    }

    @Test func phrasesMatchWordsOfAnyKind() {
        // Word numbers, as the clause outline interns them: 7 8 … 9 is "7 8", up to eight
        // words, then "9".
        let parts: [[Int]] = [[7, 8], [9]]
        #expect(ProfilePhrase.firstOccurrence(of: parts, in: [1, 7, 8, 2, 3, 9, 4]) == 1)
        #expect(ProfilePhrase.firstOccurrence(of: parts, in: [1, 7, 8, 2, 3, 9, 4], from: 2) == nil)
        #expect(ProfilePhrase.firstOccurrence(of: parts, in: [7, 8] + Array(repeating: 0, count: 9) + [9]) == nil)
        // A slice keeps its base's indices.
        let words = [5, 5, 7, 8, 9]
        #expect(ProfilePhrase.firstOccurrence(of: parts, in: words[2...]) == 2)
        #expect(ProfilePhrase.isPrefix([[7, 8]], of: words[2...]))
        #expect(!ProfilePhrase.isPrefix([[7, 8]], of: words[1...]))
        #expect(!ProfilePhrase.isPrefix(parts, of: words[2...]))
    }
}
