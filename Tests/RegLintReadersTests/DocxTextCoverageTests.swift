import Foundation
import RegLintCore
import Testing

@testable import RegLintReaders

/// The DOCX and Flat OPC readers never silently drop body text: every word Word prints from the
/// main document part of every Word document of the corpus and of the reader fixtures is in a
/// section of the tree, and every footnote and endnote word is in the notes. Text Word does not
/// print (deleted, hidden, field codes, the other branch of `mc:AlternateContent`, a vertically
/// merged-away cell) is not.
@Suite("DOCX and Flat OPC keep every word")
struct DocxTextCoverageTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every Word document of `corpus/` (`.docx`, and `.xml` with a `pkg:package` root) and the
    /// readable DOCX of the hostile corpus, relative to the package root.
    static var documents: [String] {
        var result: [String] = []
        let corpus = packageRoot.appendingPathComponent("corpus")
        if let enumerator = FileManager.default.enumerator(atPath: corpus.path) {
            while let relative = enumerator.nextObject() as? String {
                guard !relative.hasPrefix("expected"),
                    !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                else { continue }
                let url = corpus.appendingPathComponent(relative)
                if relative.lowercased().hasSuffix(".docx")
                    || (relative.lowercased().hasSuffix(".xml") && isFlatOPC(url))
                {
                    result.append("corpus/" + relative)
                }
            }
        }
        result.append("Tests/RegLintReadersTests/HostileCorpus/valid.docx")
        return result.sorted()
    }

    private static func isFlatOPC(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains("http://schemas.microsoft.com/office/2006/xmlPackage")
    }

    @Test func thereAreDocumentsToMeasure() {
        #expect(Self.documents.filter { $0.hasSuffix(".docx") }.count >= 6)
        #expect(Self.documents.contains { $0.hasSuffix(".xml") })
    }

    /// Lost words of a document: body words missing from the sections, note words from the notes.
    private func lost(_ path: String, document: Document) throws -> (
        body: [String: [String]], notes: [String: [String]]
    ) {
        let words = try DocxTextCoverage.words(of: path)
        return (
            TextCoverage.lostWords(source: words.body, tree: DocxTextCoverage.sectionWords(of: document)),
            TextCoverage.lostWords(source: words.notes, tree: DocxTextCoverage.noteWords(of: document))
        )
    }

    @Test(arguments: documents)
    func everyBodyWordIsInTheTree(_ relativePath: String) throws {
        let url = Self.packageRoot.appendingPathComponent(relativePath)
        let document = try TextCoverage.readWithItsConfiguration(url)
        #expect(try !DocxTextCoverage.words(of: url.path).body.isEmpty, "no body text found in \(relativePath)")
        let (body, notes) = try lost(url.path, document: document)
        #expect(body.isEmpty, "\(relativePath) loses \(TextCoverage.describe(body))")
        #expect(notes.isEmpty, "\(relativePath) loses from its notes \(TextCoverage.describe(notes))")
    }

    // MARK: The fixture

    /// Every construct that carries text, and every one that hides it (words spelled `hidden…`,
    /// `deleted…`, `code…`, `duplicate…`, `merged…`).
    static let fixture = DocxFixture(
        body: """
            <w:p><w:r><w:t>Alpha</w:t></w:r>\
            <w:hyperlink r:id="rLink"><w:r><w:t xml:space="preserve"> linked bravo</w:t></w:r></w:hyperlink>\
            <w:hyperlink w:anchor="x"><w:ins w:id="9" w:author="A"><w:r><w:t xml:space="preserve"> inserted charlie</w:t></w:r></w:ins></w:hyperlink>\
            <w:smartTag w:uri="u" w:element="place"><w:r><w:t xml:space="preserve"> smart delta</w:t></w:r></w:smartTag>\
            <w:customXml w:element="c"><w:r><w:t xml:space="preserve"> custom echo</w:t></w:r></w:customXml>\
            <w:dir w:val="rtl"><w:r><w:t xml:space="preserve"> dir foxtrot</w:t></w:r></w:dir>\
            <w:bdo w:val="ltr"><w:r><w:t xml:space="preserve"> bdo golf</w:t></w:r></w:bdo>\
            <w:fldSimple w:instr=" DOCPROPERTY codeproperty "><w:r><w:t xml:space="preserve"> simple hotel </w:t></w:r></w:fldSimple>\
            <w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>rubytext</w:t></w:r></w:rt>\
            <w:rubyBase><w:r><w:t>rubybase</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Field </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>coderesult</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:instrText> = 1 "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>outerresult</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> XE "codeentry" </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> after india</w:t></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> hiddenword</w:t></w:r>\
            <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> shown juliet</w:t></w:r>\
            <w:r><w:rPr><w:rPrChange w:id="4" w:author="A"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr>\
            <w:t xml:space="preserve"> unhidden kilo</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
            <w:p><w:del w:id="1" w:author="A"><w:r><w:delText>deletedword</w:delText></w:r></w:del>\
            <w:moveFrom w:id="2" w:author="A"><w:r><w:t>deletedmove</w:t></w:r></w:moveFrom>\
            <w:moveTo w:id="3" w:author="A"><w:r><w:t>moved lima</w:t></w:r></w:moveTo>\
            <w:r><w:t xml:space="preserve"> mike</w:t><w:noBreakHyphen/><w:t>november</w:t>\
            <w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>oscar</w:t><w:cr/><w:t>papa</w:t>\
            <w:sym w:font="Symbol" w:char="F061"/></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Anchor quebec </w:t></w:r><w:r><mc:AlternateContent>\
            <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>\
            <w:p><w:r><w:t>box romeo</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>box cell sierra</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>box cell tango</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            </w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>duplicatebox</w:t></w:r></w:p>\
            </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>\
            <w:r><w:t xml:space="preserve"> after uniform</w:t></w:r></w:p>
            <w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>vml victor</w:t></w:r></w:p>\
            </w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
            <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hiddenanchor</w:t></w:r><w:r><mc:AlternateContent>\
            <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>\
            <w:p><w:r><w:t>box whiskey</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>\
            </mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> xray</w:t></w:r></w:p>
            <w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>\
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>span yankee</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>nested zulu</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>\
            <w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>merged one</w:t></w:r></w:p></w:tc></w:tr>\
            <w:sdt><w:sdtPr><w:alias w:val="codealias"/></w:sdtPr><w:sdtContent><w:tr>\
            <w:customXml w:element="cell"><w:tc><w:p><w:r><w:t>row control two</w:t></w:r></w:p></w:tc></w:customXml>\
            <w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>cell control three</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>\
            <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>mergedaway</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt>\
            <w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr>\
            <w:p><w:r><w:t>mergedaway</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>block control four</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>control table five</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>
            <w:p><m:oMathPara xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:oMath>\
            <m:r><m:t>mathsix</m:t></m:r></m:oMath></m:oMathPara><w:r><w:t xml:space="preserve"> seven</w:t></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:del w:id="7" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">before table eight</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:pPr><w:rPr><w:del w:id="8" w:author="A"/></w:rPr></w:pPr>\
            <w:r><w:t>last in cell nine</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>after table ten</w:t></w:r></w:p>
            <w:customXml w:element="block"><w:p><w:r><w:t>custom block eleven</w:t></w:r></w:p></w:customXml>
            <w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>hidden mark twelve</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="w16se"><w:t>duplicatechoice</w:t></mc:Choice>\
            <mc:Fallback><w:t>fallback thirteen</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
            """,
        footnotes: """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Footnote fourteen.</w:t></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>hiddennote</w:t></w:r></w:p></w:footnote>
            """)

    /// Words the fixture holds where Word does not print them.
    static let unprinted = [
        "codeproperty", "coderesult", "codeentry", "hiddenword", "hiddenanchor", "deletedword", "deletedmove",
        "duplicatebox", "mergedaway", "codealias", "duplicatechoice", "hiddennote",
    ]

    @Test(arguments: [false, true])
    func fixtureLosesNothing(flatOPC: Bool) throws {
        let path = flatOPC ? try Self.fixture.writeFlatOPC() : try Self.fixture.write()
        let document = try DocumentLoader().read(path: path)
        let (body, notes) = try lost(path, document: document)
        #expect(body.isEmpty, "the fixture loses \(TextCoverage.describe(body))")
        #expect(notes.isEmpty, "the fixture loses from its notes \(TextCoverage.describe(notes))")
        let source = try DocxTextCoverage.words(of: path)
        #expect(source.body.count == 85)
        #expect(source.notes.map(\.text) == ["Footnote", "fourteen"])
        let shown = Set(DocxTextCoverage.sectionWords(of: document) + DocxTextCoverage.noteWords(of: document))
        let sourceWords = Set((source.body + source.notes).map(\.text))
        for word in Self.unprinted {
            #expect(!shown.contains(word), "\(word) is not printed by Word but is in the tree")
            #expect(!sourceWords.contains(word), "\(word) is not printed by Word but counts as body text")
        }
    }

    /// The harness names what a reader loses and where it was: take the tables out of the tree.
    @Test func coverageNamesWhatIsLost() throws {
        let path = try Self.fixture.write()
        var document = try DocumentLoader().read(path: path)
        for index in document.sections.indices {
            document.sections[index].blocks.removeAll {
                if case .table = $0 { return true }
                return false
            }
        }
        let lost = TextCoverage.lostWords(
            source: try DocxTextCoverage.words(of: path).body, tree: DocxTextCoverage.sectionWords(of: document))
        #expect(lost["txbxContent/tbl/t"]?.sorted() == ["box", "box", "cell", "cell", "sierra", "tango"])
        #expect(lost["tbl/tbl/t"]?.sorted() == ["nested", "zulu"])
        #expect(lost["sdt/customXml/t"]?.sorted() == ["control", "row", "two"])
        #expect(lost["sdt/sdt/t"]?.sorted() == ["cell", "control", "three"])
        #expect(lost["sdt/tbl/t"]?.sorted() == ["control", "five", "table"])
    }

    // MARK: Where the text goes

    /// A row's `w:gridBefore` shifts its cells: a merge continued in the third grid column by a
    /// row's first cell belongs to the merge above it, and its text is not printed.
    @Test func gridBeforeShiftsVerticalMerges() throws {
        let document = try DocumentLoader().read(path: try Self.fixture.write())
        let tables = document.sections.flatMap(\.blocks).compactMap { block -> Table? in
            guard case .table(let table) = block else { return nil }
            return table
        }
        let table = try #require(tables.first { $0.rows.first?.cells.first?.text.hasPrefix("span") == true })
        #expect(table.rows.map { $0.cells.map(\.rowSpan) } == [[1, 3], [1, 1, 1], [1]])
        #expect(
            table.rows.map { $0.cells.map(\.isMergedContinuation) } == [[false, false], [false, false, true], [true]])
    }

    private func outline(_ document: Document) -> [String] {
        document.sections.flatMap(\.blocks).map { block in
            switch block {
            case .paragraph(let paragraph): return paragraph.text
            case .table(let table):
                return "table: "
                    + table.rows.map { $0.cells.map(\.text).joined(separator: " | ") }.joined(separator: " / ")
            }
        }
    }

    /// A table in a text box is a table of its own, after the paragraph that anchors the box,
    /// not paragraphs beside an empty table.
    @Test func tableInTextBoxKeepsItsCells() throws {
        let document = try DocumentLoader().read(
            path: try DocxFixture(
                body: """
                    <w:p><w:r><w:t>Anchor</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>\
                    <wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p>\
                    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
                    </w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>\
                    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>\
                    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
                    </w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p></w:tc></w:tr></w:tbl>
                    """
            ).write())
        #expect(outline(document) == ["Anchor", "In the box", "table: a | b", "table: Cell\nc"])
    }

    /// A deleted paragraph mark joins the paragraph to the next one of its own cell or text box,
    /// never across a table's edge.
    @Test func deletedParagraphMarkStaysInItsContainer() throws {
        let deletedMark = #"<w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>"#
        let document = try DocumentLoader().read(
            path: try DocxFixture(
                body: """
                    <w:p>\(deletedMark)<w:r><w:t>Before the table.</w:t></w:r></w:p>\
                    <w:tbl><w:tr><w:tc><w:p>\(deletedMark)<w:r><w:t xml:space="preserve">First </w:t></w:r></w:p>\
                    <w:p><w:r><w:t>joined.</w:t></w:r></w:p><w:p>\(deletedMark)<w:r><w:t>Last in the cell.</w:t></w:r></w:p></w:tc>\
                    <w:tc><w:p><w:r><w:t>Next cell.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
                    <w:p>\(deletedMark)<w:r><w:t xml:space="preserve">Joins </w:t></w:r></w:p>\
                    <w:p><w:r><w:t>the anchor.</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>\
                    <w:p>\(deletedMark)<w:r><w:t>Last in the box.</w:t></w:r></w:p>\
                    </w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t xml:space="preserve"> After the box.</w:t></w:r></w:p>
                    """
            ).write())
        #expect(
            outline(document) == [
                "Before the table.", "table: First joined.\nLast in the cell. | Next cell.",
                "Joins the anchor. After the box.", "Last in the box.",
            ])
    }
}
