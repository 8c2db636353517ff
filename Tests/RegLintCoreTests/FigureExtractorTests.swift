import Foundation
import RegLintCore
import Testing

@Suite("Figures")
struct FigureExtractorTests {
    private func figures(_ text: String, _ language: Language = .vi) -> [Figure] {
        FigureExtractor.figures(in: text, language: language)
    }

    private func summary(_ text: String, _ language: Language = .vi) -> [String] {
        figures(text, language).map { "\($0.kind.rawValue) \($0.value) \($0.noun ?? "-")" }
    }

    @Test func countsCarryTheirNoun() {
        #expect(
            summary("Năm 2023, cơ quan tiếp nhận 390 đơn thư, trong đó 386 đơn kiến nghị và 8.472 hồ sơ.")
                == ["count 390 đơn", "count 386 đơn", "count 8472 hồ"])
        #expect(figures("tiếp nhận 390 đơn thư").first?.unit == "đơn thư")
        #expect(
            summary("The office received 1,240 requests, of which 1,200 were granted.", .en)
                == ["count 1240 request", "number 1200 -"])
    }

    @Test func moneyPercentagesAndDurations() {
        #expect(
            summary("Phạt 5.000.000 đồng, kinh phí 2,5 tỷ đồng, đạt 98,5%, trong 15 ngày.")
                == ["money 5000000 đồng", "money 2500000000 đồng", "percent 98.5 %", "duration 15 ngày"])
        #expect(
            summary("A fee of $5,000 or USD 1,200 within 30 days, 40 per cent.", .en)
                == ["money 5000 $", "money 1200 usd", "duration 30 day", "percent 40 %"])
        #expect(figures("đạt 98,5%").first?.fractionDigits == 1)
    }

    @Test func lookAlikesAreNoQuantities() {
        // Years, articles, document numbers, phone numbers, times, list labels.
        #expect(summary("Theo Điều 5, khoản 2 Nghị định số 04/2015/NĐ-CP năm 2015, Article 6 of the GDPR.").isEmpty)
        #expect(summary("Gọi 0243 825 1234 hoặc 024-3825-1234 lúc 8:30, xem trang 15, năm 2023.").isEmpty)
        #expect(summary("1. Nội dung thứ nhất").isEmpty)
        #expect(summary("(2) Nội dung thứ hai, mục 3.").isEmpty)
        #expect(summary("In 2023 the ISO 27001 audit under section 12 of the Act.", .en).isEmpty)
        // Years before a word, and the later numbers of a list of labels.
        #expect(summary("The 2011 Regulations apply if the developer before May 2017 submitted it.", .en).isEmpty)
        #expect(summary("Regulations 34 and 35 require it; see Điều 5, 6 và 7.", .en).isEmpty)
    }

    @Test func datesAreFiguresOfTheirOwn() {
        let found = figures("Từ ngày 01/01/2021 đến ngày 15/9/2022 có 12 hồ sơ.")
        #expect(found.map(\.kind) == [.date, .date, .count])
        #expect(found[1].day == Day(iso: "2022-09-15"))
        #expect(found[1].text == "15/9/2022")
    }

    @Test func ambiguousDigitsAreLeftAloneWhenNothingDecides() {
        #expect(figures("8.472 items", .unknown).isEmpty)
        #expect(figures("8.472 hồ sơ", .vi).first?.value == 8472)
        // The paragraph's own literals decide: 1.234.567 can only be Vietnamese.
        #expect(figures("1.234.567 đồng và 8.472 đồng", .unknown).map(\.value) == [1_234_567, 8472])
        // An English paragraph in a Vietnamese document is read the English way.
        #expect(
            figures("The agency received 1,240 requests from the public during the year.", .vi).first?.value == 1240)
    }

    @Test func offsetsPointAtTheNumberAsPrinted() {
        let text = "Đã tiếp nhận 8.472 hồ sơ"
        let figure = figures(text)[0]
        let start = text.utf16.index(text.utf16.startIndex, offsetBy: figure.offset)
        let end = text.utf16.index(start, offsetBy: figure.length)
        #expect(String(text[start..<end]) == "8.472")
        #expect(figures(text.decomposedStringWithCanonicalMapping).first?.noun == "hồ")
    }
}
