import RegLintCore
import RegLintReaders
import Testing

@testable import RegLintChecks

/// The figures checks on the issue's own report sentences: with their real figures no finding,
/// and with any one figure changed exactly one.
@Suite("figures/* on report sentences")
struct FiguresCheckTests {
    private let checks: [any Check] = [
        SumCheck(options: NoOptions()), PercentCheck(options: NoOptions()), WordsCheck(options: NoOptions()),
        RestatedCheck(options: NoOptions()),
    ]

    /// Every figures finding on `text`, an article's body.
    private func findings(_ text: String, language: Language? = nil) throws -> [String] {
        let heading = language == .en ? "Article 1 Results" : "Điều 1. Kết quả"
        let document = OutlineReader.read(heading + "\n" + text, language: language)
        let context = CheckContext(
            asOf: try #require(Day(year: 2026, month: 1, day: 1)), language: language ?? document.language,
            facts: DocumentFacts(document))
        return checks.flatMap { $0.diagnostics(in: document, context: context) }.map(\.message.text)
    }

    /// `template` with `{}` holes filled by `figures`, then with each figure changed in turn.
    private func expectOneFindingPerChangedFigure(
        _ template: String, _ figures: [String], changed: [String], language: Language? = nil
    ) throws {
        func filled(_ values: [String]) -> String {
            var text = template
            for value in values {
                if let hole = text.range(of: "{}") { text.replaceSubrange(hole, with: value) }
            }
            return text
        }
        #expect(try findings(filled(figures), language: language) == [], "\(filled(figures))")
        for index in figures.indices {
            var values = figures
            values[index] = changed[index]
            let found = try findings(filled(values), language: language)
            #expect(found.count == 1, "\(filled(values)): \(found)")
        }
    }

    @Test func aTotalAndItsParts() throws {
        try expectOneFindingPerChangedFigure(
            "Năm 2023, cơ quan tiếp nhận {} đơn thư, trong đó {} đơn kiến nghị phản ánh, {} đơn khiếu nại, {} đơn tố cáo.",
            ["390", "386", "3", "1"], changed: ["391", "385", "4", "2"])
        #expect(
            try findings(
                "Năm 2023, cơ quan tiếp nhận 390 đơn thư, trong đó 386 đơn kiến nghị phản ánh, 3 đơn khiếu nại, 2 đơn tố cáo."
            ) == ["\"390 đơn thư\" is not the sum of its parts: 386 + 3 + 2 = 391, stated 390"])
    }

    @Test func aTotalAndItsPartsInEnglish() throws {
        try expectOneFindingPerChangedFigure(
            "1. The office received {} requests, of which {} were granted and {} were refused.",
            ["1,240", "1,200", "40"], changed: ["1,250", "1,100", "41"], language: .en)
    }

    @Test func aShareAndTheCountsBesideIt() throws {
        try expectOneFindingPerChangedFigure(
            "Tiếp nhận {} hồ sơ; đã tiếp nhận và trả kết quả {} hồ sơ (đạt {}%).",
            ["8.472", "8.472", "100"], changed: ["8.480", "8.470", "99"])
        // Alone, the sentence states one count: nothing to compare.
        #expect(try findings("Đã tiếp nhận và trả kết quả 8.472 hồ sơ (đạt 100%).") == [])
        try expectOneFindingPerChangedFigure(
            "Đã giải quyết {}/{} hồ sơ ({}%).", ["8.000", "8.472", "94,4"], changed: ["8.100", "8.400", "94,5"])
    }

    @Test func digitsAndWords() throws {
        try expectOneFindingPerChangedFigure(
            "Trả lời trong thời hạn {} ({}) ngày.", ["15", "mười lăm"], changed: ["16", "mười sáu"])
        try expectOneFindingPerChangedFigure(
            "Gia hạn {} ({}) ngày.", ["mười lăm", "15"], changed: ["mười bốn", "05"])
        try expectOneFindingPerChangedFigure(
            "Mức phạt {} đồng (Bằng chữ: {} đồng).", ["5.000.000", "Năm triệu"],
            changed: ["6.000.000", "Năm trăm nghìn"])
        try expectOneFindingPerChangedFigure(
            "1. Notice of {} ({}) days is given.", ["thirty", "30"], changed: ["thirteen", "31"], language: .en)
    }

    @Test func aFigureRestated() throws {
        try expectOneFindingPerChangedFigure(
            "Sở đã công khai {} thủ tục hành chính trên Cổng dịch vụ công.\nĐiều 2. Đánh giá\nViệc công khai {} thủ tục hành chính bảo đảm đúng quy định.",
            ["34", "34"], changed: ["35", "33"])
    }

    @Test func aPeriodIsNoFigureToCompare() throws {
        // Dates are the other checks' business; none of these reports them.
        #expect(try findings("Số liệu từ ngày 01/01/2021 đến ngày 15/9/2022, tổng cộng 390 đơn.") == [])
    }
}
