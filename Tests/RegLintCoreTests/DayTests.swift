import RegLintCore
import Testing

@Suite("Day")
struct DayTests {
    @Test func parsesExactlyYearMonthDay() {
        #expect(Day(iso: "2026-01-01")?.description == "2026-01-01")
        #expect(Day(iso: "2024-02-29") != nil)
    }

    @Test(arguments: [
        "2026-01-01xyz", "2026-01-011", "2026-1-01", "2026-01-1", "26-01-01", "2026-01", "2026-01-01-01",
        " 2026-01-01", "2026-13-01", "2025-02-29", "2026-0a-01", "２０２６-01-01",
    ])
    func refusesAnythingElse(text: String) {
        #expect(Day(iso: text) == nil, "\(text)")
    }
}
