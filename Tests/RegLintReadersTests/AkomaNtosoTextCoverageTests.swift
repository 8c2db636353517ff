import Foundation
import RegLintCore
import Testing

@testable import RegLintReaders

/// A reader never silently drops body text: every word of every XML document of the corpus and
/// of the reader fixtures is in its tree, and the Akoma Ntoso constructs that used to lose text
/// (lists, second numbers, table captions, titled blocks, debates, quoted structures, omissions)
/// give the tree shape documented in docs/reading.md.
@Suite("Akoma Ntoso and structured XML keep every word")
struct AkomaNtosoTextCoverageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let hostileCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("HostileCorpus")

    /// Every XML document of `corpus/` and the hostile-corpus XML files a reader accepts, as
    /// paths relative to the package root.
    static var documents: [String] {
        var result: [String] = []
        let corpus = packageRoot.appendingPathComponent("corpus")
        if let enumerator = FileManager.default.enumerator(atPath: corpus.path) {
            while let relative = enumerator.nextObject() as? String {
                guard !relative.hasPrefix("expected"), relative.lowercased().hasSuffix(".xml"),
                    !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                else { continue }
                result.append("corpus/" + relative)
            }
        }
        for name in ["utf8-with-bom.akn.xml", "utf16-with-bom.akn.xml", "external-entity.xml", "external-dtd.xml"] {
            result.append("Tests/RegLintReadersTests/HostileCorpus/" + name)
        }
        return result.sorted()
    }

    @Test func thereAreDocumentsToMeasure() {
        #expect(Self.documents.filter { $0.hasPrefix("corpus/") }.count >= 6)
        #expect(Self.documents.contains { $0.hasSuffix(".akn.xml") })
    }

    @Test(arguments: documents)
    func everyBodyWordIsInTheTree(_ relativePath: String) throws {
        let url = Self.packageRoot.appendingPathComponent(relativePath)
        let document = try TextCoverage.readWithItsConfiguration(url)
        let source = try TextCoverage.sourceWords(of: url.path)
        #expect(!source.isEmpty, "no body text found in \(relativePath)")
        let lost = TextCoverage.lostWords(source: source, tree: TextCoverage.treeWords(of: document))
        #expect(lost.isEmpty, "\(relativePath) loses \(TextCoverage.describe(lost))")
    }

    // MARK: The fixture

    static let fixture = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <act name="act">
            <meta>
              <identification source="#x">
                <FRBRWork><FRBRthis value="/akn/xx/act/2024/1/!main"/><FRBRname value="Sample Act"/></FRBRWork>
              </identification>
              <references source="#x"><TLCPerson eId="meta_person" href="/p/m" showAs="Metadata only"/></references>
            </meta>
            <preface>
              <p><docTitle>Sample Act</docTitle> of <docDate date="2024-05-01">1 May 2024</docDate></p>
            </preface>
            <preamble>
              <recitals eId="recs">
                <recital eId="rec_1"><num>(1)</num><p>Whereas lists matter.</p></recital>
              </recitals>
            </preamble>
            <body>
              <article eId="art_1">
                <num>Article 1</num>
                <num>Subject matter</num>
                <subheading>General provisions</subheading>
                <paragraph eId="art_1__para_1">
                  <num>1.</num>
                  <content>
                    <blockList eId="art_1__para_1__list_1">
                      <listIntroduction>This Act applies to:</listIntroduction>
                      <item eId="art_1__para_1__list_1__item_a"><num>(a)</num><p>banks;</p></item>
                      <item eId="art_1__para_1__list_1__item_b"><num>(b)</num>payment institutions; and</item>
                      <listWrapUp>in each Member State.</listWrapUp>
                    </blockList>
                  </content>
                </paragraph>
                <paragraph eId="art_1__para_2">
                  <num>2.</num>
                  <content>
                    <p>The following taxes are covered:</p>
                    <ol>
                      <li>in Luxembourg:<ul><li>income tax;</li><li>wealth tax;</li></ul>(the <i>Luxembourg tax</i>);</li>
                      <li>in Cabo Verde: the <ref href="#art_2">income tax</ref>.</li>
                    </ol>
                  </content>
                </paragraph>
              </article>
              <article eId="art_2">
                <num>Article 2</num>
                <heading>Amendment</heading>
                <content>
                  <p>Article 5 of Act 12 is replaced by:
                    <mod eId="mod_1"><quotedStructure eId="qs_1">
                      <article eId="qs_1__art_5"><num>Article 5</num><content><p>Fees shall be fair.</p></content></article>
                    </quotedStructure></mod>
                    with effect from 1 June.</p>
                  <p>Page 12 <omissis/> continued</p>
                  <omissis>(…)</omissis>
                </content>
              </article>
              <tblock eId="tblock_1">
                <num>3.</num>
                <heading>Explanatory statement</heading>
                <table eId="table_1">
                  <caption>Fees by service</caption>
                  <tr><th><p>Service</p></th><th>Fee</th></tr>
                  <tr><td><p>Account</p></td><td>2 EUR</td></tr>
                </table>
              </tblock>
              <blockContainer eId="bc_1">
                <heading>Explanatory note</heading>
                <p>This note is not part of the Act.</p>
                <p>See the form: <embeddedStructure eId="es_1"><p>Name and address.</p></embeddedStructure></p>
              </blockContainer>
            </body>
            <attachments>
              <attachment eId="att_1">
                <debate name="debate">
                  <meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/xx/debate"/></FRBRWork></identification></meta>
                  <debateBody>
                    <debateSection eId="dbsect_1">
                      <heading>Vote on the Act</heading>
                      <speech by="#alves"><from>Ms <person refersTo="#alves">Alves</person> (Chair)</from>
                        <p>I put the question.</p></speech>
                      <summary><outcome>Agreed: <vote by="#alves">Alves</vote>, <vote by="#borges">Borges</vote>.</outcome></summary>
                    </debateSection>
                  </debateBody>
                </debate>
              </attachment>
            </attachments>
          </act>
        </akomaNtoso>
        """

    private func readFixture() throws -> (path: String, document: Document) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("constructs.akn.xml")
        try Data(Self.fixture.utf8).write(to: url)
        return (url.path, try DocumentLoader().read(path: url.path))
    }

    /// The tree as indented lines: `kind number — heading`, `¶ text`, `table: a | b / c | d`.
    private func outline(_ document: Document) -> [String] {
        var lines: [String] = []
        func visit(_ section: Section, depth: Int) {
            var line = String(repeating: "  ", count: depth) + section.kind.rawValue
            if let number = section.number { line += " " + number }
            if let heading = section.heading { line += " — " + heading }
            lines.append(line)
            let indent = String(repeating: "  ", count: depth + 1)
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): lines.append(indent + "¶ " + paragraph.text)
                case .table(let table):
                    let rows = table.rows.map { $0.cells.map(\.text).joined(separator: " | ") }
                    lines.append(indent + "table: " + rows.joined(separator: " / "))
                }
            }
            for child in section.children { visit(child, depth: depth + 1) }
        }
        for section in document.sections { visit(section, depth: 0) }
        return lines
    }

    @Test func fixtureTreeShape() throws {
        let (_, document) = try readFixture()
        let expected = """
            preamble
              ¶ Sample Act of 1 May 2024
            preamble
              other (1)
                ¶ Whereas lists matter.
            article Article 1 — Subject matter
              ¶ General provisions
              clause 1.
                ¶ This Act applies to:
                ¶ in each Member State.
                point (a)
                  ¶ banks;
                point (b)
                  ¶ payment institutions; and
              clause 2.
                ¶ The following taxes are covered:
                ¶ in Luxembourg:
                ¶ income tax;
                ¶ wealth tax;
                ¶ (the Luxembourg tax);
                ¶ in Cabo Verde: the income tax.
            article Article 2 — Amendment
              ¶ Article 5 of Act 12 is replaced by:
              ¶ with effect from 1 June.
              ¶ Page 12
              ¶ …
              ¶ continued
              ¶ (…)
              quotation
                article Article 5
                  ¶ Fees shall be fair.
            other 3. — Explanatory statement
              ¶ Fees by service
              table: Service | Fee / Account | 2 EUR
            other — Explanatory note
              ¶ This note is not part of the Act.
              ¶ See the form:
              quotation
                ¶ Name and address.
            annex
              other — Vote on the Act
                ¶ Ms Alves (Chair)
                ¶ I put the question.
                ¶ Agreed: Alves, Borges.
            """
        #expect(outline(document) == expected.split(separator: "\n").map(String.init))
        #expect(document.metadata.title == "Sample Act")
    }

    @Test func fixtureLosesNothing() throws {
        let (path, document) = try readFixture()
        let lost = try TextCoverage.lostWords(in: path, document: document)
        #expect(lost.isEmpty, "the fixture loses \(TextCoverage.describe(lost))")
    }

    /// The harness itself: take the debate out of the tree and it names what was lost and where.
    @Test func coverageNamesWhatIsLost() throws {
        let (path, document) = try readFixture()
        var pruned = document
        pruned.sections.removeLast()
        let lost = try TextCoverage.lostWords(in: path, document: pruned)
        #expect(lost["speech/from/person"] == ["Alves"])
        #expect(lost["debateSection/speech/from"]?.sorted() == ["Chair", "Ms"])
        #expect(lost["summary/outcome/vote"]?.sorted() == ["Alves", "Borges"])
        #expect(lost["debateBody/debateSection/heading"]?.sorted() == ["Act", "Vote", "on", "the"])
        #expect(lost.values.joined().sorted().contains("question"))
    }

    @Test func quotedTextIsAQuotationSection() throws {
        let (_, document) = try readFixture()
        let facts = DocumentFacts(document)
        let quoted = facts.sections.filter(\.isQuoted).map { $0.section.kind }
        #expect(quoted == [.quotation, .article, .quotation])
        let quotedArticle = try #require(facts.sections.first { $0.isQuoted && $0.section.kind == .article })
        #expect(quotedArticle.section.location.sectionPath == ["Article 2", "Quotation", "Article 5"])
        #expect(quotedArticle.section.location.eId == "qs_1__art_5")
        let article2 = try #require(document.sections.first { $0.number == "Article 2" })
        // The text after the quotation continues the interrupted paragraph, located where it is.
        guard case .paragraph(let after) = article2.blocks[1] else {
            Issue.record("expected the paragraph after the quotation")
            return
        }
        #expect(after.location.line == 53)
        #expect(after.location.eId == "art_2")
    }

    @Test func omissionsAreParagraphs() throws {
        let (_, document) = try readFixture()
        let article2 = try #require(document.sections.first { $0.number == "Article 2" })
        let marks = article2.blocks.flatMap(\.paragraphs).filter { $0.text == "…" || $0.text == "(…)" }
        #expect(marks.map(\.text) == ["…", "(…)"])
        #expect(marks.first?.spans == [TextSpan(offset: 0, length: 1, source: .generated)])
        #expect(marks.last?.spans.contains { $0.source == .generated } == false)
    }

    @Test func anchorsAreTheBodyIdentifiers() throws {
        let (_, document) = try readFixture()
        #expect(
            document.anchors.isSuperset(of: [
                "recs", "rec_1", "art_1", "art_1__para_1__list_1__item_b", "mod_1",
                "qs_1", "qs_1__art_5", "tblock_1", "table_1", "bc_1", "es_1", "att_1", "dbsect_1",
            ]))
        #expect(!document.anchors.contains("meta_person"))
        #expect(document.anchors.count == 18)
    }

    @Test func linksInListItemsAreKept() throws {
        let (_, document) = try readFixture()
        let item = try #require(document.allParagraphs.first { $0.text == "in Cabo Verde: the income tax." })
        #expect(item.links == [Link(offset: 19, length: 10, target: "#art_2")])
    }

    private func read(_ xml: String, configuration: Configuration = Configuration()) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("doc.xml")
        try Data(xml.utf8).write(to: url)
        return try DocumentLoader(configuration: configuration).read(path: url.path)
    }

    /// In a table cell, quotations, omissions and titles stay text of the cell.
    @Test func tableCellsKeepTheirText() throws {
        let document = try read(
            """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
            <article eId="art_1"><num>Article 1</num><content><table><tr>
            <td><docTitle>Title in a cell</docTitle></td>
            <td>Insert <quotedStructure><p>quoted words</p></quotedStructure> here <omissis/></td>
            <td><ol><li>first</li><li>second</li></ol></td>
            </tr></table></content></article></body></act></akomaNtoso>
            """)
        guard case .table(let table)? = document.sections.first?.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(
            table.rows.first?.cells.map(\.text) == ["Title in a cell", "quoted words\nInsert here", "first second"])
        #expect(document.metadata.title == "Title in a cell")
        #expect(!document.allSections.contains { $0.kind == .quotation })
    }

    /// A mapped schema's number may sit in a wrapper inside its section; a number outside any
    /// section, and loose text, are paragraphs.
    @Test func mappedSchemaNumbersThroughWrappers() throws {
        let mapping = XMLStructureMapping(
            namespace: "", sections: ["rule": .article], number: ["no"], heading: ["name"], paragraphs: ["para"])
        let document = try read(
            """
            <rules><no>Booklet 3</no>
            <rule><label><no>Rule 1</no><name>Noise</name></label><para>Keep it down.</para>
            <note>Quiet hours start at ten.</note></rule></rules>
            """, configuration: Configuration(xmlMappings: [mapping]))
        let rule = try #require(document.allSections.first { $0.kind == .article })
        #expect(rule.number == "Rule 1")
        #expect(rule.heading == "Noise")
        #expect(rule.blocks.flatMap(\.paragraphs).map(\.text) == ["Keep it down.", "Quiet hours start at ten."])
        #expect(document.sections.first?.blocks.first?.paragraphs.map(\.text) == ["Booklet 3"])
    }
}
