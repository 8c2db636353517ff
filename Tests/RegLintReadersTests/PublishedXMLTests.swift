import Foundation
import RegLintCore
import Testing

@testable import RegLintReaders

/// USLM, Formex, CLML and OSCAL are read without configuration, by built-in profiles that are
/// data in the shape of an `xml_mappings` entry. The corpus holds one document of each
/// (`corpus/external/uslm_*`, `clml_*`, `corpus/xml/formex-*`, `oscal-*`), whose whole trees
/// `GoldenTreeTests` pins; these tests pin what each format must give.
@Suite("Reading published legislative XML")
struct PublishedXMLTests {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func write(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("doc.xml")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func read(_ relative: String, configuration: Configuration = Configuration()) throws -> Document {
        try DocumentLoader(configuration: configuration).read(
            path: Self.packageRoot.appendingPathComponent(relative).path)
    }

    private func outline(_ document: Document) -> [String] {
        document.allSections.map { section in
            [section.kind.rawValue, section.number ?? "", section.heading ?? ""].joined(separator: "|")
        }
    }

    @Test func usPublicLawInUSLM() throws {
        let document = try read("corpus/external/uslm_us-publ-115-9.xml")
        #expect(document.format == .uslm)
        #expect(document.metadata.number == "9")
        #expect(document.metadata.title?.hasPrefix("Public Law 115–9: To designate") == true)
        let section = try #require(document.allSections.first { $0.kind == .section })
        #expect(section.number == "SECTION 1.")
        #expect(section.heading == "FINDINGS.")
        let points = section.children.filter { $0.kind == .point }
        #expect(points.map(\.number) == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
        // The H.R. 609 link is kept on its paragraph; page headers ("131 STAT. 16") are not text.
        #expect(document.allParagraphs.contains { $0.links.contains { $0.target == "/us/bill/115/hr/609" } })
        #expect(!document.allParagraphs.contains { $0.text.contains("131 STAT.") })
    }

    @Test func ukSectionInCLML() throws {
        let document = try read("corpus/external/clml_uk-ukpga-2025-16-section1.xml")
        #expect(document.format == .clml)
        let section = try #require(document.sections.first)
        #expect(section.kind == .section)
        #expect(section.number == "1")
        #expect(section.heading == "Great British Energy")
        let subsections = section.children.filter { $0.kind == .clause }
        #expect(subsections.count == 8)
        #expect(subsections.first?.number == "1")
        let points = try #require(subsections.dropFirst().first).children
        #expect(points.map(\.kind) == [.point, .point])
        #expect(points.map(\.number) == ["a", "b"])
    }

    /// A schedule's paragraphs outside a `P1group` (legislation.gov.uk's `ScheduleBody > P1`, a
    /// `P2` right in the schedule) are sections with their numbers, as a `P1group` is; inside a
    /// group, the group stays the section.
    @Test func scheduleParagraphsOutsideAGroupInCLML() throws {
        let path = try write(
            """
            <Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Primary><Body>
            <P1group><Title>Fees</Title><P1 id="section-1"><Pnumber>1</Pnumber><P1para>
            <P2 id="section-1-1"><Pnumber>1</Pnumber><P2para><Text>A fee is payable under Schedule 1.</Text></P2para></P2>
            </P1para></P1></P1group></Body></Primary>
            <Schedules><Schedule id="schedule-1"><Number>SCHEDULE 1</Number><Reference>Section 1</Reference>
            <TitleBlock><Title>Amounts</Title></TitleBlock><ScheduleBody>
            <P1 id="schedule-1-paragraph-1"><Pnumber>1</Pnumber><P1para><Text>The fee is five pounds.</Text></P1para></P1>
            <P1 id="schedule-1-paragraph-2"><Pnumber>2</Pnumber><P1para>
            <P2 id="schedule-1-paragraph-2-1"><Pnumber>1</Pnumber><P2para><Text>A late fee is ten pounds.</Text></P2para></P2>
            <P2 id="schedule-1-paragraph-2-2"><Pnumber>2</Pnumber><P2para><Text>Sub-paragraph (1) does not apply \
            to a charity.</Text></P2para></P2></P1para></P1>
            <P2 id="schedule-1-paragraph-3"><Pnumber>3</Pnumber><P2para><Text>Paragraph 1 applies in Wales.</Text></P2para></P2>
            </ScheduleBody></Schedule></Schedules></Legislation>
            """)
        let document = try DocumentLoader().read(path: path)
        #expect(document.format == .clml)
        #expect(
            outline(document) == [
                "section|1|Fees", "clause|1|", "annex|SCHEDULE 1|Amounts", "section|1|", "section|2|", "clause|1|",
                "clause|2|", "section|3|",
            ])
        let schedule = try #require(document.sections.last)
        #expect(
            schedule.children.map(\.location.eId) == [
                "schedule-1-paragraph-1", "schedule-1-paragraph-2", "schedule-1-paragraph-3",
            ])
        #expect(schedule.children.first?.blocks.first?.paragraphs.first?.text == "The fee is five pounds.")
    }

    @Test func euActInFormex() throws {
        let document = try read("corpus/xml/formex-act-excerpt.xml")
        #expect(document.format == .formex)
        #expect(document.metadata.number == "1")
        #expect(
            document.metadata.dates.first == DocumentDate(kind: "issued", day: try #require(Day(iso: "2099-01-15"))))
        #expect(
            outline(document) == [
                "preamble||", "preamble||", "point|(1)|", "point|(2)|", "other||",
                "chapter|Chapter 1|General provisions",
                "article|Article 1|Subject matter", "clause|1.|", "clause|2.|", "point|(a)|", "point|(b)|",
                "article|Article 2|Keepers", "article|Article 2a|Inserted rules", "chapter|Chapter 2|Final provisions",
                "article|Article 3|Amendment of Regulation (EU) 2098/7", "quotation||", "article|Article 5|",
                "article|Article 4|Entry into force", "other||",
            ])
        // The title's three paragraphs stay three paragraphs; the footnote is a note.
        #expect(
            document.allParagraphs.prefix(3).map(\.text) == [
                "Regulation (EU) 2099/1 of the European Parliament and of the Council", "of 15 January 2099",
                "on the keeping of public registers (Registers Act)",
            ])
        #expect(document.notes.count == 1)
        // The act's TITLE (not a chapter's) is the document's title too.
        #expect(
            document.metadata.title
                == "Regulation (EU) 2099/1 of the European Parliament and of the Council of 15 January 2099 "
                + "on the keeping of public registers (Registers Act)")
        // Loose text before a list is a paragraph of its own.
        #expect(document.allParagraphs.contains { $0.text == "For the purposes of this Regulation:" })
    }

    @Test func controlCatalogInOSCAL() throws {
        let document = try read("corpus/xml/oscal-catalog-excerpt.xml")
        #expect(document.format == .oscal)
        #expect(document.metadata.title == "Harbourside Analytics Control Catalog")
        let controls = document.allSections.filter { $0.kind == .section || $0.kind == .clause }
        #expect(controls.map(\.number) == ["AC-1", "AC-2", "AC-2(1)"])
        #expect(
            controls.map(\.heading) == ["Policy and Procedures", "Account Management", "Automated Account Management"])
        #expect(document.allSections.filter { $0.kind == .point }.map(\.number) == ["a.", "b."])
        #expect(document.allParagraphs.contains { $0.text == "Harbourside Analytics, Access Control Guide, 2099." })
    }

    @Test func aUsersMappingOverridesTheBuiltInProfile() throws {
        let path = try write(
            """
            <bill xmlns="http://schemas.gpo.gov/xml/uslm"><main><section><num>SEC. 2.</num>
            <heading>RULES.</heading><content>Text.</content></section></main></bill>
            """)
        #expect(try DocumentLoader().read(path: path).format == .uslm)
        var mapping = XMLStructureMapping(
            namespace: "http://schemas.gpo.gov/xml/uslm", root: "bill", sections: ["section": .article],
            number: ["num"], paragraphs: ["content"])
        mapping.heading = []
        let document = try DocumentLoader(configuration: Configuration(xmlMappings: [mapping])).read(path: path)
        #expect(document.format == .mappedXML)
        let article = try #require(document.sections.first)
        #expect(article.kind == .article)
        #expect(article.heading == nil)
    }

    @Test func selectorsAndAttributeValues() throws {
        let mapping = try XMLStructureMapping(
            yaml: """
                namespace: "urn:example"
                root: [rules, book]
                metadata: {elements: [info], title: [name], number: [ref@code], dates: {adopted: issued}}
                sections: {block: other, "block[type=schedule]": annex, rule: article}
                number: ["label[kind=number]@text"]
                heading: [caption]
                paragraphs: [para]
                """)
        #expect(mapping.roots == ["rules", "book"])
        let path = try write(
            """
            <book xmlns="urn:example"><info><name>House book</name><ref code="HB-1"/><adopted>2099-03-01</adopted></info>
            <block type="schedule"><label kind="number" text="Schedule 1"/><caption>Fees</caption>
            <rule><label kind="other" text="ignored"/><label kind="number" text="7"/><para>Text.</para></rule></block>
            </book>
            """)
        let document = try DocumentLoader(configuration: Configuration(xmlMappings: [mapping])).read(path: path)
        #expect(document.metadata.title == "House book")
        #expect(document.metadata.number == "HB-1")
        #expect(document.metadata.dates == [DocumentDate(kind: "issued", day: try #require(Day(iso: "2099-03-01")))])
        #expect(outline(document) == ["annex|Schedule 1|Fees", "article|7|"])
    }

    /// docs/reading.md prints every built-in profile in full, so a user can copy one.
    @Test(arguments: BuiltInXMLProfile.all.map(\.name))
    func profileIsDocumented(_ name: String) throws {
        let profile = try #require(BuiltInXMLProfile.all.first { $0.name == name })
        let docs = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("docs/reading.md"), encoding: .utf8)
        #expect(docs.contains("```yaml\n" + profile.yaml + "```"))
        #expect(!profile.mapping.sections.isEmpty)
    }
}
