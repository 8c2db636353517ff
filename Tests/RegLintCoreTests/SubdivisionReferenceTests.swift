import Foundation
import Testing

@testable import RegLintCore

@Suite("Finding references by subdivision words (US, UK, EU drafting)")
struct SubdivisionReferenceTests {
    private func references(_ text: String) -> [Citation] {
        CitationExtractor.citations(in: Paragraph(text: text, location: SourceLocation(file: "x", paragraph: 1)))
            .filter { $0.kind == .internalReference || $0.kind == .externalReference }
    }

    /// Steps written `article 12`, `~a` (a subdivision at any depth), `annex 1`.
    private func steps(_ citation: Citation) -> String {
        citation.steps.map { $0.isAtAnyDepth ? "~\($0.value)" : "\($0.kind.rawValue) \($0.value)" }
            .joined(separator: " › ")
    }

    @Test(arguments: [
        ("as provided in subsection (c) of this section.", "subsection (c)", "~c", true),
        ("Except as provided in paragraph (3), the Secretary shall", "paragraph (3)", "~3", true),
        ("described in subparagraph (B) of paragraph (2)", "subparagraph (B) of paragraph (2)", "~2 › ~B", true),
        ("under subsection (a)(1), the", "subsection (a)(1)", "~a › ~1", true),
        ("clause (ii) applies", "clause (ii)", "~ii", true),
        ("the notice required by paragraph (1) is given", "paragraph (1)", "~1", true),
        ("as described in paragraph (3) of section 12.", "paragraph (3) of section 12", "section 12 › ~3", false),
        (
            "subsection (b) of section 101(a) of this Act", "subsection (b) of section 101(a)", "section 101 › ~a › ~b",
            false
        ),
        ("in accordance with paragraph 3 of Schedule 1.", "paragraph 3 of Schedule 1", "annex 1 › ~3", false),
        ("the duties in Schedule 1, paragraph 3(2), apply", "Schedule 1, paragraph 3(2)", "annex 1 › ~3 › ~2", false),
        ("Subject to sub-paragraph (2), the tenant", "sub-paragraph (2)", "~2", true),
        ("referred to in point (a) of paragraph 1", "point (a) of paragraph 1", "~1 › ~a", true),
        ("as listed in point 5 of Annex II.", "point 5 of Annex II", "annex II › ~5", false),
    ])
    func referencesOfThisDocument(text: String, words: String, expected: String, isRelative: Bool) throws {
        let found = references(text)
        let citation = try #require(
            found.first { $0.text == words }, "no reference “\(words)” in: \(found.map(\.text))")
        #expect(citation.kind == .internalReference)
        #expect(steps(citation) == expected)
        #expect(citation.isRelative == isRelative)
        // The plain reference inside (`section 12`, `Schedule 1`) is this one, not a second one.
        #expect(found.count == 1)
    }

    @Test(arguments: [
        "as defined in section 5845(a) of the Internal Revenue Code of 1986",
        "under paragraph (3) of section 12 of the Securities Act",
        "subsection (c) of section 5 of the Data Protection Act 1998 applies",
    ])
    func referencesNamingAnotherInstrumentStayExternal(text: String) {
        let found = references(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.kind == .externalReference }, "\(found.map { ($0.text, $0.kind) })")
    }

    @Test(arguments: [
        // Owner unclear or another text: no reference at all.
        "as required by such paragraph (3).",
        "the requirements of paragraph (3) of such section",
        "redesignating paragraph (3) as paragraph (4)",
        "Section 52B (other than subsection (6)) applies to a replacement code",
        "after subsection (6) there is inserted—",
        "(2) in paragraph (3), by striking “2013”",
        "paragraph (1) of the first subparagraph",
        "the limit (as added by paragraph (1)) applies",
        // Nouns, not references.
        "to a point 12 feet above the center of a railway",
        "the subsection headings are for convenience",
        "paragraphs (1) and (2) apply",
    ])
    func wordsThatAreNoReferenceOfThisDocument(text: String) {
        let found = references(text).filter {
            $0.kind == .internalReference && $0.steps.contains(where: \.isAtAnyDepth)
        }
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func subdivisionsInQuotationMarksAreTheQuotedTexts() {
        let found = references("strike “under paragraph (3)” and insert “under subsection (c)”")
        #expect(found.allSatisfy { $0.kind == .externalReference })
    }

    @Test(arguments: [
        ("as set out in Article 1a.", "Article 1a", "article 1a"),
        ("sections inserted as section 24D apply", "section 24D", "section 24D"),
        ("Article 3(1)(a) applies", "Article 3(1)(a)", "article 3 › clause 1 › point a"),
        ("the list in Annex II", "Annex II", "annex II"),
    ])
    func insertedAndSubdividedNumbers(text: String, words: String, expected: String) throws {
        let citation = try #require(references(text).first)
        #expect(citation.text == words)
        #expect(steps(citation) == expected)
    }

    @Test(arguments: [
        "under section 2000e–2(a) of title 42",
        "see section 1395w-4",
        "section 24D, 26 . . . or 26ZB of the Children Act 1989",
        "section 2A or 2B of, or paragraph 7C, 8 or 12 of Schedule 1 to, the National Health Service Act 2006",
    ])
    func codeSectionsWithLettersAreNotThisDocuments(text: String) {
        let own = references(text).filter { $0.kind == .internalReference }
        #expect(own.isEmpty, "\(own.map(\.text))")
    }
}
