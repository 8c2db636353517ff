import Foundation
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

@Suite("Finding dates in text: spelling, case and Unicode form")
struct DateParserFormTests {
    @Test(arguments: [
        ("HÀ NỘI, NGÀY 15 THÁNG 9 NĂM 2022", "2022-09-15"),
        ("ngày 15 tháng 9 năm 2022".decomposedStringWithCanonicalMapping, "2022-09-15"),
        ("NGÀY 15 THÁNG 9 NĂM 2022".decomposedStringWithCanonicalMapping, "2022-09-15"),
        ("Effective 1 SEPTEMBER 2024", "2024-09-01"),
        ("từ ngày --01/01/2023-- trở đi", "2023-01-01"),
        ("đến 2022-9-5", "2022-09-05"),
    ])
    func findsInAnySpelling(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.description == iso)
    }

    @Test(arguments: ["số 1/2/3 năm 2022", "99999999999999999999/1/2022", "ngày 5 tháng Mười năm 2022", "Sept 5 2022"])
    func ignoresWhatIsNoDate(text: String) {
        #expect(DateParser.firstDate(in: text) == nil)
    }

    @Test func rangeCoversTheDatesWords() {
        let composed = "Hà Nội, ngày 15 tháng 9 năm 2022 và ngày 01/10/2022."
        for text in [composed, composed.decomposedStringWithCanonicalMapping] {
            let found = DateParser.dates(in: text)
            #expect(
                found.map { String(text[$0.range]).precomposedStringWithCanonicalMapping } == [
                    "ngày 15 tháng 9 năm 2022", "01/10/2022",
                ])
            #expect(found.map(\.day.description) == ["2022-09-15", "2022-10-01"])
        }
    }
}
