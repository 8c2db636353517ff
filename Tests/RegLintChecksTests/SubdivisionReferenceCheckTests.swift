import Foundation
import RegLintCore
import RegLintReaders
import Testing

@testable import RegLintChecks

/// `references/dangling` on US and UK references by subdivision words, read from small USLM and
/// CLML documents built like the published ones (nested subsections, paragraphs and
/// subparagraphs; a schedule whose paragraphs stand outside any group).
@Suite("Dangling subdivision references in USLM and CLML")
struct SubdivisionReferenceCheckTests {
    private func dangling(inXML text: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("doc.xml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let document = try DocumentLoader().read(path: path)
        let check = try DanglingReferenceCheck.configured(optionsYAML: nil)
        let context = CheckContext(
            asOf: try #require(Day(iso: "2026-11-30")), language: document.language, facts: DocumentFacts(document))
        return check.diagnostics(in: document, context: context).map { $0.excerpt ?? "" }
    }

    @Test func usReferencesResolveWithinTheirSection() throws {
        let findings = try dangling(
            inXML: """
                <bill xmlns="http://schemas.gpo.gov/xml/uslm"><main>
                <section><num>SEC. 2.</num><heading>GRANTS.</heading>
                <subsection><num>(a)</num><heading>In general</heading><chapeau>The Secretary shall—</chapeau>
                <paragraph><num>(1)</num><content>make grants under subsection (b) of this section;</content></paragraph>
                <paragraph><num>(2)</num><chapeau>report on the grants made under paragraph (1), including—</chapeau>
                <subparagraph><num>(A)</num><content>the amounts; and</content></subparagraph>
                <subparagraph><num>(B)</num><content>the recipients described in subparagraph (A).</content></subparagraph>
                </paragraph></subsection>
                <subsection><num>(b)</num><heading>Amount</heading><content>A grant under subsection (a)(1) may not \
                exceed the amount in paragraph (3), nor the amount set in subsection (d) of this section.</content>
                </subsection></section>
                <section><num>SEC. 3.</num><heading>OTHER LAWS.</heading><content>Nothing in section 2(a)(2)(B) \
                affects paragraph (3) of section 12 of the Securities Act of 1933 or section 5845(a) of the \
                Internal Revenue Code of 1986, nor subsection (c) of section 2.</content></section>
                </main></bill>
                """)
        // Paragraph (3) is found nowhere in section 2; subsection (d) and section 2's (c) neither.
        #expect(findings == ["paragraph (3)", "subsection (d)", "subsection (c) of section 2"])
    }

    @Test func ukScheduleParagraphs() throws {
        let findings = try dangling(
            inXML: """
                <Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Primary><Body>
                <P1group><Title>Fees</Title><P1 id="section-1"><Pnumber>1</Pnumber><P1para>
                <P2 id="section-1-1"><Pnumber>1</Pnumber><P2para><Text>A fee is payable as set out in paragraph 1 \
                of Schedule 1 and Schedule 1, paragraph 2(1), but not paragraph 4 of Schedule 1.</Text></P2para></P2>
                <P2 id="section-1-2"><Pnumber>2</Pnumber><P2para><Text>Subsection (1) and section 1(2) apply; \
                subsection (3) does not exist.</Text></P2para></P2>
                </P1para></P1></P1group></Body></Primary>
                <Schedules><Schedule id="schedule-1"><Number>SCHEDULE 1</Number><TitleBlock><Title>Amounts</Title>
                </TitleBlock><ScheduleBody>
                <P1 id="schedule-1-paragraph-1"><Pnumber>1</Pnumber><P1para><Text>The fee is five pounds.</Text></P1para></P1>
                <P1 id="schedule-1-paragraph-2"><Pnumber>2</Pnumber><P1para>
                <P2 id="schedule-1-paragraph-2-1"><Pnumber>1</Pnumber><P2para><Text>A late fee is ten pounds; \
                paragraph 1 and sub-paragraph (2) apply.</Text></P2para></P2>
                <P2 id="schedule-1-paragraph-2-2"><Pnumber>2</Pnumber><P2para><Text>Paragraph 3 applies.</Text>
                </P2para></P2></P1para></P1>
                </ScheduleBody></Schedule></Schedules></Legislation>
                """)
        #expect(findings == ["paragraph 4 of Schedule 1", "subsection (3)", "Paragraph 3"])
    }
}
