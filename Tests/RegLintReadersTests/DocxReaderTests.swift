import Foundation
import RegLintCore
import Testing

@testable import RegLintReaders

@Suite("Reading DOCX as Word shows it")
struct DocxReaderTests {
    private func read(_ fixture: DocxFixture) throws -> Document {
        try DocumentLoader().read(path: try fixture.write())
    }

    private func texts(_ document: Document) -> [String] {
        document.allParagraphs.map(\.text)
    }

    @Test func trackedChangesFieldsAndHiddenText() throws {
        let document = try read(
            DocxFixture(
                body: """
                    <w:p><w:r><w:t xml:space="preserve">Căn cứ Nghị định số </w:t></w:r>\
                    <w:del w:id="1" w:author="A"><w:r><w:delText>04/2015/NĐ-CP</w:delText></w:r></w:del>\
                    <w:ins w:id="2" w:author="A"><w:r><w:t>59/2023/NĐ-CP</w:t></w:r></w:ins>\
                    <w:r><w:t xml:space="preserve"> trang </w:t></w:r>\
                    <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
                    <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
                    <w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>\
                    <w:r><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t><w:sym w:font="Symbol" w:char="F0A3"/></w:r></w:p>
                    """))
        #expect(texts(document) == ["Căn cứ Nghị định số 59/2023/NĐ-CP trang 3\tx\ny≤"])
    }

    @Test func alternateContentIsReadOnce() throws {
        let textBox = "<w:txbxContent><w:p><w:r><w:t>Ghi chú trong hộp</w:t></w:r></w:p></w:txbxContent>"
        let document = try read(
            DocxFixture(
                body: """
                    <w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent>\
                    <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>\(textBox)</wps:txbx></wps:wsp></w:drawing></mc:Choice>\
                    <mc:Fallback><w:pict><v:shape><v:textbox>\(textBox)</v:textbox></v:shape></w:pict></mc:Fallback>\
                    </mc:AlternateContent></w:r></w:p>\
                    <w:p><w:r><mc:AlternateContent><mc:Choice Requires="w99x"><w:t>mới</w:t></mc:Choice>\
                    <mc:Fallback><w:t>cũ</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
                    """))
        #expect(texts(document) == ["Trước", "Ghi chú trong hộp", "cũ"])
    }

    @Test func deletedParagraphMarkJoinsParagraphs() throws {
        let document = try read(
            DocxFixture(
                body: """
                    <w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Đầu </w:t></w:r></w:p>\
                    <w:p><w:r><w:t>cuối</w:t></w:r></w:p>
                    """))
        #expect(texts(document) == ["Đầu cuối"])
    }

    @Test func automaticNumberingThroughStyles() throws {
        let styles = """
            <w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Điều"/>\
            <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            """
        let numbering = """
            <w:abstractNum w:abstractNumId="0">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/><w:suff w:val="space"/><w:pStyle w:val="Dieu"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>\
            </w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
            <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
            """
        func item(_ text: String, level: Int, num: Int = 1) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body =
            DocxFixture.paragraph("Phạm vi", style: "Dieu") + item("Khoản", level: 1) + item("Điểm", level: 2)
            + item("Điểm", level: 2) + DocxFixture.paragraph("Đối tượng", style: "Dieu") + item("Khoản", level: 1)
            + item("Khoản", level: 1, num: 2)
        let document = try read(DocxFixture(body: body, styles: styles, numbering: numbering))
        #expect(
            texts(document) == ["1.\tKhoản", "a)\tĐiểm", "b)\tĐiểm", "1.\tKhoản", "5.\tKhoản"])
        #expect(document.allSections.compactMap(\.number) == ["Điều 1.", "1.", "a)", "b)", "Điều 2.", "1.", "5."])
        #expect(document.sections.map(\.heading) == ["Phạm vi", "Đối tượng"])
    }

    /// Word continues a list restarted by a `w:startOverride` instance when the later items use
    /// the original instance again (pandoc's lists-restart fixture: 1, 2, 3, 4, not 1, 4, 5, 6).
    @Test func restartedListContinuesAcrossInstances() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
            </w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
            <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            """
        func item(_ num: Int) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>Item</w:t></w:r></w:p>"
        }
        let body =
            DocxFixture.paragraph("Điều 1. Một") + item(1) + item(1) + DocxFixture.paragraph("Điều 2. Hai") + item(2)
            + item(1) + item(1)
        let document = try read(DocxFixture(body: body, numbering: numbering))
        #expect(document.allSections.compactMap(\.number) == ["Điều 1.", "1.", "2.", "Điều 2.", "1.", "2.", "3."])
    }

    @Test func verticallyMergedCells() throws {
        func cell(_ text: String, merge: String? = nil) -> String {
            let properties = merge.map { "<w:tcPr><w:vMerge w:val=\"\($0)\"/></w:tcPr>" } ?? ""
            return "<w:tc>\(properties)\(DocxFixture.paragraph(text))</w:tc>"
        }
        let table =
            "<w:tbl><w:tr>\(cell("A", merge: "restart"))\(cell("B"))</w:tr><w:tr>\(cell("", merge: "continue"))\(cell("C"))</w:tr></w:tbl>"
        let document = try read(DocxFixture(body: table))
        guard case .table(let read)? = document.sections.first?.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(read.rows[0].cells[0].rowSpan == 2)
        #expect(read.rows[1].cells[0].isMergedContinuation)
        #expect(read.rows[1].cells[1].text == "C")
    }

    @Test func footnotesAndHyperlinksStayApartFromBodyText() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Điều 1. Xem </w:t></w:r><w:hyperlink r:id="rLink"><w:r><w:t>Luật</w:t></w:r></w:hyperlink>\
            <w:r><w:footnoteReference w:id="1"/></w:r></w:p>
            """
        let footnotes = """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:id="1"><w:p><w:r><w:t>Chú thích một.</w:t></w:r></w:p></w:footnote>
            """
        let document = try read(DocxFixture(body: body, footnotes: footnotes))
        #expect(document.sections.first?.number == "Điều 1.")
        #expect(document.sections.first?.heading == "Xem Luật")
        #expect(document.notes.map(\.id) == ["1"])
        #expect(document.notes.first?.paragraphs.first?.location.sectionPath == ["Điều 1", "Footnote 1"])
    }

    @Test func flatOPCTwinGivesTheSameTree() throws {
        let fixture = DocxFixture(
            body: DocxFixture.paragraph("Điều 1. Phạm vi") + DocxFixture.paragraph("1. Nội dung."))
        let fromZip = try DocumentLoader().read(path: try fixture.write(named: "twin.docx"))
        let fromFlat = try DocumentLoader().read(path: try fixture.writeFlatOPC(named: "twin.xml"))
        #expect(fromFlat.format == .flatOPC)
        #expect(fromZip.sections.map(\.allSections.count) == fromFlat.sections.map(\.allSections.count))
        #expect(fromZip.allParagraphs.map(\.text) == fromFlat.allParagraphs.map(\.text))
        #expect(fromZip.allSections.map(\.location.sectionPath) == fromFlat.allSections.map(\.location.sectionPath))
    }

    @Test func reglintCommentsBecomeSuppressions() throws {
        let body = """
            <w:p><w:commentRangeStart w:id="7"/><w:r><w:t>Điều 1. Một</w:t></w:r></w:p>\
            <w:p><w:r><w:t>Điều 3. Ba</w:t></w:r><w:commentRangeEnd w:id="7"/>\
            <w:r><w:commentReference w:id="7"/></w:r></w:p>\
            <w:p><w:r><w:t>Điều 5. Năm</w:t></w:r></w:p>
            """
        let comments = """
            <w:comment w:id="7" w:author="Reviewer"><w:p><w:r><w:t>reglint: disable structure/numbering</w:t></w:r></w:p></w:comment>
            """
        let document = try read(DocxFixture(body: body, comments: comments))
        #expect(document.comments.map(\.text) == ["reglint: disable structure/numbering"])
        let suppression = try #require(document.suppressions.first)
        #expect(suppression.rules == ["structure/numbering"])
        #expect(suppression.range == .paragraphs(1...2))
        #expect(suppression.covers("structure/numbering", at: SourceLocation(file: "x", paragraph: 2)))
        #expect(!suppression.covers("structure/numbering", at: SourceLocation(file: "x", paragraph: 3)))
        #expect(!suppression.covers("figures/sum", at: SourceLocation(file: "x", paragraph: 2)))
    }
}
