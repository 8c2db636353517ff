import RegLintCore
import Testing

@testable import RegLintChecks

/// `structure/numbering` on trees that outlines cannot write: explicit XML structure with mixed
/// label words, quoted amendments and omission markers (the shapes of real Akoma Ntoso files).
@Suite("structure/numbering on explicit structure")
struct NumberingCheckTests {
    private func section(
        _ kind: SectionKind, _ number: String?, _ children: [Section] = [], text: String? = nil, line: Int
    ) -> Section {
        let location = SourceLocation(file: "act.xml", line: line)
        let blocks = text.map { [Block.paragraph(Paragraph(text: $0, location: location))] } ?? []
        return Section(kind: kind, number: number, blocks: blocks, children: children, location: location)
    }

    private func messages(_ sections: [Section], format: DocumentFormat = .akomaNtoso) throws -> [String] {
        let document = Document(
            path: "act.xml", format: format, language: .unknown, metadata: DocumentMetadata(), sections: sections)
        let check = NumberingCheck(options: NoOptions())
        let context = CheckContext(asOf: try #require(Day(year: 2026, month: 1, day: 1)), language: .unknown)
        return check.diagnostics(in: document, context: context).map(\.message.text)
    }

    /// An Italian code encodes TITOLO, CAPO and Sezione as sibling chapters: three lists.
    @Test func differentLabelWordsAreDifferentLists() throws {
        let sections = [
            section(.chapter, "TITOLO I", line: 1), section(.chapter, "CAPO I", line: 2),
            section(.chapter, "Sezione I", line: 3), section(.chapter, "Sezione II", line: 4),
            section(.chapter, "CAPO II", line: 5), section(.chapter, "Sezione I", line: 6),
            section(.chapter, "TITOLO II", line: 7), section(.chapter, "CAPO I", line: 8),
        ]
        #expect(try messages(sections).isEmpty)
        let broken = sections + [section(.chapter, "TITOLO IV", line: 9)]
        #expect(try messages(broken) == ["numbering skips from TITOLO II to TITOLO IV (expected TITOLO III)"])
    }

    /// The articles an amendment inserts into another act keep that act's numbers.
    @Test func quotedAmendmentsAreNotChecked() throws {
        let quoted = section(
            .quotation, nil, [section(.article, "Article 5", line: 4), section(.article, "Article 9", line: 5)], line: 3
        )
        let sections = [
            section(.article, "Article 1", line: 1),
            section(.article, "Article 2", [section(.clause, "1.", [quoted], line: 2)], line: 2),
            section(.article, "Article 3", line: 6),
        ]
        #expect(try messages(sections).isEmpty)
    }

    /// `<omissis/>` (read as "…") between points 3 and 8 of an abridged bill.
    @Test func omittedProvisionsExplainAGap() throws {
        let sections = [
            section(.point, "1.", line: 1), section(.point, "2.", line: 2),
            section(.point, "3.", text: "…", line: 3), section(.point, "8.", line: 4),
        ]
        #expect(try messages(sections).isEmpty)
        let unexplained = [
            section(.point, "1.", line: 1), section(.point, "2.", line: 2),
            section(.point, "3.", text: "Text.", line: 3), section(.point, "8.", line: 4),
        ]
        #expect(try messages(unexplained) == ["numbering skips from 3 to 8 (expected 4)"])
    }

    /// A paragraph element without `<num>` whose text begins "2." holds its place in the list.
    @Test func numberReadFromTextFillsTheList() throws {
        let article = section(
            .article, "Art. 1",
            [
                section(.clause, "1.", line: 2), section(.clause, nil, text: "2. La disposizione si applica.", line: 3),
                section(.clause, "3.", line: 4),
            ], line: 1)
        #expect(try messages([article]).isEmpty)
    }

    /// US Code sections are numbered from the chapter (301 in chapter 3), and a portion of an
    /// act may start at any chapter.
    @Test func portionsAndChapterBasedSectionNumbers() throws {
        let chapter = section(
            .chapter, "CHAPTER 3—", [section(.section, "§ 301.", line: 2), section(.section, "§ 302.", line: 3)],
            line: 1)
        #expect(try messages([chapter]).isEmpty)
    }
}
