import Foundation
import RegLintCore
import Testing

@testable import RegLintReaders

@Suite("Reading Akoma Ntoso and mapped XML")
struct XMLReaderTests {
    private func write(_ text: String, name: String = "doc.xml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let akomaNtoso = """
        <?xml version="1.0" encoding="UTF-8"?>
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <act name="quyDinh">
            <meta>
              <identification source="#a">
                <FRBRWork><FRBRthis value="/akn/vn/act/2023/07"/><FRBRdate date="2023-06-01" name="x"/>
                  <FRBRnumber value="07/QĐ-X"/><FRBRname value="Quy định mẫu"/></FRBRWork>
                <FRBRExpression><FRBRlanguage language="vie"/></FRBRExpression>
              </identification>
              <analysis source="#a"><activeModifications>
                <textualMod type="repeal"><source href="#"/><destination href="/akn/vn/act/2021/03"/></textualMod>
              </activeModifications></analysis>
            </meta>
            <body>
              <chapter eId="chp_1"><num>Chương I</num><heading>QUY ĐỊNH CHUNG</heading>
                <article eId="chp_1__art_1"><num>Điều 1.</num><heading>Phạm vi</heading>
                  <paragraph eId="chp_1__art_1__para_1"><num>1.</num>
                    <content><p>Theo <ref href="/akn/vn/act/luat/2018/24">Luật An ninh mạng</ref> và
                      quy định<authorialNote eId="n1"><p>Chú thích.</p></authorialNote> khác.</p>
                      <table><tr><th><p>Nội dung</p></th><td>100</td></tr></table>
                    </content>
                  </paragraph>
                </article>
              </chapter>
            </body>
          </act>
        </akomaNtoso>
        """

    @Test func akomaNtosoStructureMetadataAndReferences() throws {
        let path = try write(Self.akomaNtoso)
        let document = try DocumentLoader().read(path: path)
        #expect(document.format == .akomaNtoso)
        #expect(document.language == .vi)
        #expect(document.metadata.identifier == "/akn/vn/act/2023/07")
        #expect(document.metadata.number == "07/QĐ-X")
        #expect(document.metadata.title == "Quy định mẫu")
        #expect(document.metadata.replaces == ["/akn/vn/act/2021/03"])
        let clause = try #require(document.allSections.first { $0.kind == .clause })
        #expect(clause.location.sectionPath == ["Chương I", "Điều 1", "Khoản 1"])
        #expect(clause.location.eId == "chp_1__art_1__para_1")
        #expect(clause.location.line == 17)
        #expect(clause.location.column == 11)
        guard case .paragraph(let paragraph)? = clause.blocks.first else {
            Issue.record("expected the clause's paragraph")
            return
        }
        #expect(paragraph.text == "Theo Luật An ninh mạng và quy định khác.")
        let link = try #require(paragraph.links.first)
        #expect(link.target == "/akn/vn/act/luat/2018/24")
        let linked = paragraph.text.utf16.dropFirst(link.offset).prefix(link.length)
        #expect(String(decoding: Array(linked), as: UTF16.self) == "Luật An ninh mạng")
        #expect(document.notes.first?.paragraphs.map(\.text) == ["Chú thích."])
        guard case .table(let table)? = clause.blocks.last else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.first?.cells.map(\.text) == ["Nội dung", "100"])
        #expect(table.rows.first?.cells.first?.isHeader == true)
    }

    @Test func mappedSchema() throws {
        let path = try write(
            """
            <rules xmlns="urn:example:rules"><title>House rules</title>
            <chapter><no>Chapter 1</no><name>General</name>
            <rule><no>Rule 1</no><name>Noise</name><para>Keep it down.</para>
            <item><no>(a)</no><para>No drilling.</para></item></rule></chapter></rules>
            """)
        let mapping = XMLStructureMapping(
            namespace: "urn:example:rules", title: ["title"],
            sections: ["chapter": .chapter, "rule": .article, "item": .point], number: ["no"], heading: ["name"],
            paragraphs: ["para"])
        let document = try DocumentLoader(configuration: Configuration(xmlMappings: [mapping])).read(path: path)
        #expect(document.format == .mappedXML)
        #expect(document.metadata.title == "House rules")
        #expect(
            document.allSections.map(\.location.sectionPath.last) == ["Preamble", "Chapter 1", "Rule 1", "Point a"])
        // The title element is the title, and its text stays in the tree like any other text.
        #expect(document.allParagraphs.map(\.text) == ["House rules", "Keep it down.", "No drilling."])
    }

    @Test func malformedXMLNamesTheLine() throws {
        let path = try write("<akomaNtoso>\n<act>\n<body></act>\n</akomaNtoso>")
        #expect {
            try DocumentLoader().read(path: path)
        } throws: { error in
            guard let error = error as? ReaderError, case .malformedXML(_, _, let line, _, _) = error else {
                return false
            }
            return line == 3 && error.description.hasPrefix(path + ": malformed XML at line 3")
        }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let secret = try write("top secret", name: "secret.txt")
        let path = try write(
            """
            <?xml version="1.0"?>
            <!DOCTYPE akomaNtoso [<!ENTITY leak SYSTEM "file://\(secret)">]>
            <akomaNtoso><act><body><p>before &leak; after</p></body></act></akomaNtoso>
            """)
        // The entity is neither loaded nor substituted: the document is read, and the paragraph
        // holds no text of the secret file.
        let document = try DocumentLoader().read(path: path)
        let text = document.allParagraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("before") && text.contains("after"), "\(text)")
        #expect(!text.contains("secret"))
    }

    @Test(arguments: [
        (Data(), "the file is empty"),
        (Data("%PDF-1.7 rest".utf8), "a PDF file"),
        (Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), "an OLE compound file"),
        (
            Data("<catalog xmlns=\"urn:x\"/>".utf8),
            "XML with root element {urn:x}catalog is not a format reglint reads (Akoma Ntoso, USLM, Formex, CLML, OSCAL, Word XML)"
        ),
    ])
    func refusesWhatItCannotRead(content: Data, message: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("input.docx")
        try content.write(to: url)
        #expect {
            try DocumentLoader().read(path: url.path)
        } throws: { error in
            (error as? ReaderError)?.message.hasPrefix(message) ?? false
        }
    }

    @Test func processingInstructionsBecomeSuppressions() throws {
        let path = try write(
            """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
            <?reglint disable structure/numbering?>
            <article eId="art_1"><num>Điều 1.</num></article>
            <article eId="art_3"><num>Điều 3.</num></article>
            <?reglint enable structure/numbering?>
            <article eId="art_5"><num>Điều 5.</num></article>
            <?reglint disable?>
            </body></act></akomaNtoso>
            """)
        let document = try DocumentLoader().read(path: path)
        #expect(document.suppressions.count == 2)
        #expect(document.suppressions.first?.range == .lines(2...5))
        #expect(document.suppressions.first?.rules == ["structure/numbering"])
        #expect(document.suppressions.last?.rules == [])
    }
}
