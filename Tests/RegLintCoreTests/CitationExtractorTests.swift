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
}
