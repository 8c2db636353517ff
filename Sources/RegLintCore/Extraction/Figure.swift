import Foundation

/// A figure a document states: a count of something, an amount of money, a percentage, a
/// duration or a date, with the words it was printed in and where.
///
/// Only quantities are figures: years, article and clause numbers, document symbols
/// (`04/2015/NĐ-CP`), phone numbers, times, list labels and numbers whose digits are ambiguous
/// under the document's conventions are not. See ``FigureExtractor``.
public struct Figure: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A number of things: "390 đơn thư", "34 thủ tục", "12 complaints".
        case count
        /// An amount of money: "5.000.000 đồng", "2,5 tỷ đồng", "$5,000", "USD 1,200".
        case money
        /// A percentage: "98,5%", "100 phần trăm", "40 per cent".
        case percent
        /// A length of time: "15 ngày", "03 tháng", "30 days".
        case duration
        /// A number with no counted noun after it ("386 were upheld", "đạt 120 trên 130").
        case number
        /// A calendar date: "15/9/2022", "ngày 01 tháng 01 năm 2021", "1 March 2024".
        case date
    }

    public var kind: Kind
    /// The value in units of ``unit``, a scale word applied ("2,5 tỷ đồng" → 2 500 000 000);
    /// zero for dates.
    public var value: Decimal
    /// Digits after the decimal separator as printed ("98,5%" → 1).
    public var fractionDigits: Int
    /// The number as printed ("8.472", "98,5", "2,5 tỷ", "15/9/2022").
    public var text: String
    /// The unit or counted noun as printed, one or two words ("đơn thư", "hồ sơ", "đồng", "%",
    /// "complaints"), or `nil`.
    public var unit: String?
    /// The counted noun's head word, lowercased, composed, English plurals made singular ("đơn",
    /// "hồ", "complaint"): figures with the same noun count the same kind of thing.
    public var noun: String?
    /// For dates, the day.
    public var day: Day?
    /// The paragraph's index in ``DocumentFacts/paragraphs``.
    public var paragraph: Int
    /// UTF-16 offset and length of ``text`` in the paragraph's text.
    public var offset: Int
    public var length: Int

    public init(
        kind: Kind, value: Decimal, fractionDigits: Int, text: String, unit: String? = nil, noun: String? = nil,
        day: Day? = nil, paragraph: Int, offset: Int, length: Int
    ) {
        self.kind = kind
        self.value = value
        self.fractionDigits = fractionDigits
        self.text = text
        self.unit = unit
        self.noun = noun
        self.day = day
        self.paragraph = paragraph
        self.offset = offset
        self.length = length
    }

    /// Whether the figure counts the same kind of thing as `other` (both counts, same noun).
    public func countsSameThing(as other: Figure) -> Bool {
        kind == .count && other.kind == .count && noun != nil && noun == other.noun
    }
}
