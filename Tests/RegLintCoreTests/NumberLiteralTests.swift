import Foundation
import RegLintCore
import Testing

@Suite("Numbers in digits")
struct NumberLiteralTests {
    private func value(_ text: String, _ language: Language) -> Decimal? {
        NumberLiteral.parse(text, language: language)?.value
    }

    @Test func vietnameseGroupsThousandsWithDotsAndWritesDecimalsWithAComma() {
        #expect(value("8.472", .vi) == 8472)
        #expect(value("1.234.567", .vi) == 1_234_567)
        #expect(value("98,5", .vi) == Decimal(string: "98.5"))
        #expect(value("1.234,5", .vi) == Decimal(string: "1234.5"))
        #expect(NumberLiteral.parse("98,5", language: .vi)?.fractionDigits == 1)
    }

    @Test func englishGroupsThousandsWithCommasAndWritesDecimalsWithADot() {
        #expect(value("8,472", .en) == 8472)
        #expect(value("2,400,000", .en) == 2_400_000)
        #expect(value("98.5", .en) == Decimal(string: "98.5"))
        #expect(value("8.472", .en) == Decimal(string: "8.472"))
        #expect(value("1,234.5", .en) == Decimal(string: "1234.5"))
    }

    @Test func aLiteralOnlyOneConventionCanWriteIsReadThatWayWhateverTheLanguage() {
        #expect(value("1.234.567", .en) == 1_234_567)
        #expect(NumberLiteral.parse("1.234.567", language: .en)?.evidence == .vi)
        #expect(value("98,5", .en) == Decimal(string: "98.5"))
        #expect(NumberLiteral.parse("2,400,000", language: .unknown)?.evidence == .en)
    }

    @Test func anAmbiguousLiteralIsLeftAloneWhenTheLanguageIsUnknown() {
        #expect(value("8.472", .unknown) == nil)
        #expect(value("1,234", .unknown) == nil)
        #expect(value("15", .unknown) == 15)
    }

    @Test func sectionNumbersAndMalformedGroupsAreNotNumbers() {
        #expect(value("1.2.3", .vi) == nil)
        #expect(value("1..2", .vi) == nil)
        #expect(value("1.23.456", .vi) == nil)
        #expect(value("1,234.5,6", .en) == nil)
        #expect(value("12a", .en) == nil)
        #expect(value(".5", .en) == nil)
    }
}
