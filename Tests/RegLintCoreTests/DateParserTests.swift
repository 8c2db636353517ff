import Testing

@testable import RegLintCore

@Suite("Finding dates in text")
struct DateParserTests {
    @Test(arguments: [
        ("Hà Nội, ngày 15 tháng 9 năm 2022", "2022-09-15"),
        ("áp dụng từ ngày 01/01/2023", "2023-01-01"),
        ("hết hạn 31-12-2024", "2024-12-31"),
        ("Effective date: 1 March 2024", "2024-03-01"),
        ("approved on March 14, 2024", "2024-03-14"),
        ("as of 2026-01-01", "2026-01-01"),
    ])
    func finds(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.description == iso)
    }

    @Test(arguments: ["ngày 31 tháng 2 năm 2023", "8.472.000 đồng", "version 3.2.1", "tel. 024-3825-1234", "98,5%"])
    func ignoresLookAlikes(text: String) {
        #expect(DateParser.firstDate(in: text) == nil)
    }
}
