import Foundation
import Testing

@testable import RegLintCore

@Suite("Finding citations")
struct CitationExtractorTests {
    private func citations(_ text: String) -> [Citation] {
        CitationExtractor.citations(in: Paragraph(text: text, location: SourceLocation(file: "x", paragraph: 1)))
    }

    @Test(arguments: [
        ("Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015", "Nghị định", "04/2015/NĐ-CP"),
        ("Luật An ninh mạng số 24/2018/QH14", "Luật", "24/2018/QH14"),
        ("theo Quy chế số 12/QC-STTTT của Sở", "Quy chế", "12/QC-STTTT"),
        ("Quyết định 123/QĐ-UBND", "Quyết định", "123/QĐ-UBND"),
        ("như Nghị định 04/2015 đã quy định", "Nghị định", "04/2015"),
        ("quy định tại Luật Tố cáo năm 2018", "Luật", "Tố cáo năm 2018"),
        ("Regulation (EU) 2016/679 (GDPR)", "Regulation (EU)", "2016/679"),
        ("Directive 95/46/EC is repealed", "Directive", "95/46/EC"),
        ("certified to ISO/IEC 27001:2013", "ISO/IEC", "27001:2013"),
        ("controls from NIST SP 800-53 Rev. 4", "NIST SP", "800-53 Rev. 4"),
        ("merchants follow PCI DSS v3.2.1", "PCI DSS", "v3.2.1"),
        ("under the Data Protection Act 1998", "Data Protection Act", "1998"),
        ("Căn cứ Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018", "Quyết định", "22/2018/QĐ-TTg"),
        ("thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng", "Chỉ thị", "05/CT-TTg"),
        ("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;", "Luật", "Đất đai năm 2013"),
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;", "Luật",
            "Tổ chức chính quyền địa phương năm 2015"
        ),
        ("Căn cứ Luật Tiếp công dân năm 2013;", "Luật", "Tiếp công dân năm 2013"),
        ("Căn cứ Luật Cán bộ, công chức năm 2025;", "Luật", "Cán bộ, công chức năm 2025"),
        ("Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006 và Luật sửa đổi", "Luật", "Luật sư năm 2006"),
        (
            "a code of practice under section 102 of the Anti-terrorism, Crime and Security Act 2001.",
            "Anti-terrorism, Crime and Security Act", "2001"
        ),
        ("provisions in the Mental Health (Scotland) Act 2015", "Mental Health (Scotland) Act", "2015"),
        (
            "as defined by Article 2(2) of the Pharmacy (Northern Ireland) Order 1976,",
            "Pharmacy (Northern Ireland) Order", "1976"
        ),
        ("The Representation of the People Act 1983 applies.", "Representation of the People Act", "1983"),
        ("Part II of the Freedom of Information Act 2000", "Freedom of Information Act", "2000"),
    ])
    func instruments(text: String, type: String, identifier: String) throws {
        let found = citations(text).filter { $0.kind == .instrument }
        let citation = try #require(found.first, "no instrument in: \(text)")
        #expect(citation.instrumentType == type)
        #expect(citation.identifier == identifier)
    }

    @Test(arguments: [
        "Gọi số 024-3825-1234 để được hỗ trợ.",
        "Hà Nội, ngày 15/9/2022.",
        "Tổng dự toán là 8.472.000 đồng, đạt 98,5%.",
        "Năm 2023 tiếp nhận 390 đơn thư; xem trang 3.",
        "Install version 3.2.1 of the client on Windows 10.",
        "The 2024/25 budget was 1,250/300 units.",
        "Luật sửa đổi, bổ sung một số điều của Luật Luật sư ngày 20 tháng 11 năm 2012",
    ])
    func lookAlikesAreNotInstruments(text: String) {
        #expect(citations(text).filter { $0.kind == .instrument }.isEmpty)
    }

    @Test func internalReferences() throws {
        let steps = { (text: String) -> [[String]] in
            self.citations(text).filter { $0.kind == .internalReference }
                .map { $0.steps.map { "\($0.kind.rawValue) \($0.value)" } + ($0.isRelative ? ["relative"] : []) }
        }
        #expect(steps("theo quy định tại khoản 2 Điều 15 của Quy chế này") == [["article 15", "clause 2"]])
        #expect(steps("điểm a khoản 1 Điều 4") == [["article 4", "clause 1", "point a"]])
        #expect(steps("quy định tại khoản 2 Điều này") == [["clause 2", "relative"]])
        #expect(steps("Chương II và Phụ lục 02") == [["chapter II"], ["annex 02"]])
        #expect(
            steps("as set out in Article 7(2)(b) and Section 12") == [
                ["article 7", "clause 2", "point b"], ["section 12"],
            ])
        #expect(steps("see clause 4.2 and Annex II") == [["clause 4.2"], ["annex II"]])
    }

    @Test func referencesToOtherInstrumentsAreExternal() {
        for text in [
            "theo Điều 5 Luật Tố cáo năm 2018", "khoản 3 Điều 9 Nghị định số 30/2020/NĐ-CP",
            "Article 6 of Regulation (EU) 2016/679", "section 7 of the Data Protection Act 2018",
            "Điều 3 Quyết định số 123/QĐ-UBND",
            "section 113(1) or (2) or 114(1) or (3) of the Health and Social Care Act 2003",
            "In section 2(1) of the Access to Medical Reports Act 1988",
        ] {
            #expect(citations(text).filter { $0.kind == .internalReference }.isEmpty, "\(text)")
        }
        #expect(citations("Điều 1 Quyết định này").filter { $0.kind == .internalReference }.count == 1)
        #expect(citations("Article 5 of this Policy").filter { $0.kind == .internalReference }.count == 1)
    }

    /// References to provisions of another instrument, as written in the external corpus: each is
    /// an external reference, none internal.
    @Test(arguments: [
        "by virtue of a code of practice under section 102 of the Anti-terrorism, Crime and Security Act 2001.",
        "within the meaning of article 3(1) of the Pharmacy Order 2010 or as defined by Article 2(2) of the Pharmacy (Northern Ireland) Order 1976,",
        "The data protection officer tasks of Article 37 to Article 39 of the GDPR apply.",
        "for the purposes of Article 26(3) or (4) of the Data Protection Directive under the procedure",
        "Sections 32 and 33 of the 2015 Act make amendments; section 17 and Part 4 (sections 61 and 62) of the 2015 Act came into force.",
        "“instrument” means any instrument listed in section C of Annex I to Directive 2004/39/EC",
        "Refer to the Guide to OSCAL-based FedRAMP Content, Section 2.6, Citations, Attachments and Embedded Content.",
        "The baseline follows NIST SP 800-53 Rev. 4, Section 3.1 for tailoring.",
        "theo quy định tại Điều 43, Điều 44, Điều 45, … và Điều 50 Nghị định 126/2024/NĐ-CP.",
        "theo quy định tại Điều 256a Bộ luật Hình sự",
        "khoản 1 và khoản 2 Điều 35 của Luật Người lao động Việt Nam đi làm việc ở nước ngoài",
        "theo Điều 5 Luật Đất đai",
        "In section 5(3) of that Act there is substituted “Access shall not be given under section 3(2) to any part”.",
        "Khoản 2 được sửa đổi như sau: “2. Trường hợp quy định tại Điều 9 thì thực hiện theo quy định.”",
        // US drafting (USLM bills, public laws and CFR volumes of the external corpus).
        "a juvenile who violates section 5845(a) of the Internal Revenue Code of 1986 shall be fined",
        "Section 923(g) of the Act requires licensed importers to make such records available.",
        "Section 1912(a)(1)(A) of such Act (42 U.S.C. 1396k(a)(1)(A)) is amended by striking",
        "in section 456 (20 U.S.C. 1087f)—",
        "described in subsection (b)(3) of such section 552.",
        "Aliens paroled under INA section 212(d)(5) whose parole has expired",
        "transfer tax imposed by section 5811, I.R.C., is in addition to any import duty.",
        "as provided by the act of August 9, 1939 (49 U.S.C. App., Chapter 11).",
        "the meaning given in section 760.1502 of title 7 Code of Federal Regulations",
        "made available by section 309 of division A of the Additional Supplemental Appropriations for Disaster Relief Requirements Act, 2017",
        "under section 401 or 501 of the Robert T. Stafford Disaster Relief and Emergency Assistance Act",
        "as authorized by section 306 and described in section 381E(d)(1) of the Consolidated Farm and Rural Development Act",
        "(as defined in section 1886(m)(6)(B)(ii)) of such Act, as added by paragraph (1)",
        // EU drafting: a point of another act's article.
        "in accordance with Article 58(2), point (i), of Regulation (EU) 2018/1725.",
    ])
    func referencesToNamedInstrumentsAreExternal(text: String) {
        let found = citations(text)
        #expect(found.filter { $0.kind == .internalReference }.map(\.text) == [], "\(text)")
        #expect(found.contains { $0.kind == .externalReference }, "\(text)")
    }

    @Test func referencesToThisInstrumentStayInternal() {
        let internals = { (text: String) -> [String] in
            self.citations(text).filter { $0.kind == .internalReference }.map(\.text)
        }
        #expect(internals("quy định tại khoản 2 Điều 5 Luật này") == ["khoản 2 Điều 5"])
        #expect(internals("Section 8 of this Schedule sets out the fees.") == ["Section 8"])
        #expect(internals("In this Guide, Section 3 explains the fields.") == ["Section 3"])
        #expect(internals("processing under Section 12 and the Data Protection Act 1998") == ["Section 12"])
        #expect(internals("as set out in Article 7(2)(b) and Section 12") == ["Article 7(2)(b)", "Section 12"])
    }

    @Test func countsAreNotReferences() {
        #expect(citations("Điều lệ gồm 08 Chương 28 Điều, có hiệu lực từ ngày ký.").isEmpty)
        #expect(citations("Quy chế gồm 5 Chương, 20 Điều.").isEmpty)
    }

    @Test func shortNamesTheDocumentGivesOtherInstruments() {
        let paragraphs = [
            "This Order brings into force provisions in the Mental Health (Scotland) Act 2015 (“the 2015 Act”).",
            "“the Data Protection Directive” means Directive 95/46/EC on the protection of individuals;",
            "These Regulations (“the Regulations”) apply, and so does the Data Protection Act 1998 (“DPA”).",
            "Article 3 of the Data Protection Directive and Section 7 of the DPA apply; see Section 5.",
        ].enumerated().map {
            Paragraph(text: $0.element, location: SourceLocation(file: "x", paragraph: $0.offset + 1))
        }
        #expect(CitationExtractor.shortNames(in: paragraphs) == ["2015 Act", "DPA", "Data Protection Directive"])
        let found = CitationExtractor.citations(in: paragraphs).filter { $0.location.paragraph == 4 }
        #expect(found.filter { $0.kind == .internalReference }.map(\.text) == ["Section 5"])
        #expect(found.filter { $0.kind == .externalReference }.map(\.text) == ["Article 3", "Section 7"])
        let alone = CitationExtractor.citations(in: paragraphs[3]).filter { $0.kind == .internalReference }
        #expect(alone.map(\.text) == ["Section 7", "Section 5"])
    }

    @Test func mentionsOfAnotherInstrument() {
        let text = "This Order brings into force the Mental Health (Scotland) Act 2015. Section 54 makes amendments."
        let mention = CitationExtractor.firstMentionOfAnotherInstrument(in: text)
        #expect(mention == (text as NSString).range(of: "Mental Health").location)
        #expect(CitationExtractor.firstMentionOfAnotherInstrument(in: "Sections 32 and 33 of the 2015 Act make") != nil)
        #expect(
            CitationExtractor.firstMentionOfAnotherInstrument(in: "This Order comes into force; see article 2.") == nil)
        #expect(CitationExtractor.namesThisInstrument(after: 9, in: "article 2 of this Order"))
        #expect(CitationExtractor.namesThisInstrument(after: 6, in: "Điều 5 của Quy chế này"))
        #expect(!CitationExtractor.namesThisInstrument(after: 9, in: "section 2 of the 2015 Act"))
    }

    /// A long list that names no instrument at its end must fail fast, not try every way of
    /// splitting it (this took 35 s before the list patterns were made atomic).
    @Test func longListsWithoutAnInstrumentAreFast() {
        let text = String(repeating: "Article 5(1) or (2) or (3) and ", count: 2000)
        let start = Date()
        _ = CitationExtractor.citations(in: [Paragraph(text: text, location: SourceLocation(file: "x", paragraph: 1))])
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
