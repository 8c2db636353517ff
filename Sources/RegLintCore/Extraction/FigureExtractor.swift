import Foundation

/// Finds the figures of a document's paragraphs: numbers in digits with the unit or counted
/// noun after them, money, percentages and dates.
///
/// A number is a quantity only when nothing says it is something else. Not figures: numbers
/// after a part's name (`Điều 5`, `khoản 2`, `Article 6`, `page 3`), after `số` or `No.`, years
/// (`năm 2023`, a bare `2023`), numbers glued to letters, slashes or hyphens (`04/2015/NĐ-CP`,
/// `12a`, `2021-2025`, `8:30`), phone numbers (a leading zero, or groups of digits in a row),
/// list labels (`1.` or `a)` opening a paragraph, `(1)`), the numbers of a date, and numbers
/// whose digits read differently under Vietnamese and English conventions when the document's
/// language does not decide (``NumberLiteral``). Paragraphs without an ASCII digit cost one
/// pass over their UTF-8 bytes.
public enum FigureExtractor {
    /// The figures of `paragraphs`, in order; `paragraph` of each is its index in the array.
    ///
    /// `language` reads ambiguous literals (`8.472`) unless the paragraph says otherwise: a
    /// paragraph whose unambiguous literals all show one convention is read with it, and so is
    /// one whose letters are plainly Vietnamese or English (see ``LanguageDetector``).
    public static func figures(in paragraphs: [Paragraph], language: Language) -> [Figure] {
        var found: [Figure] = []
        for (index, paragraph) in paragraphs.enumerated() {
            found += figures(in: paragraph.text, paragraph: index, language: language)
        }
        return found
    }

    /// The figures of one paragraph's text.
    public static func figures(in text: String, paragraph: Int = 0, language: Language) -> [Figure] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        // Work is bounded: a paragraph of more than 100 000 scalars is read up to there.
        let scanner = Scanner(text: text, limit: 100_000)
        return scanner.figures(paragraph: paragraph, language: language)
    }

    /// Whether `scalar` is part of a word (letters and their combining marks).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        return letters.contains(scalar)
    }

    private static let letters = ScalarTable { scalar in
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// The head noun as a comparison key: English plurals made singular.
    static func nounKey(_ word: String) -> String {
        guard word.allSatisfy(\.isASCII), word.count > 3 else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    /// Words after which a number names a part, a date part or a label, not a quantity.
    static let labelWords: Set<String> = [
        "điều", "khoản", "điểm", "chương", "mục", "lục", "mẫu", "trang", "tiết", "phần", "quyển", "tập", "bảng",
        "hình", "biểu", "bước", "lần", "thứ", "khóa", "khoá", "đợt", "đoạn", "ngày", "tháng", "quận", "phường",
        "tầng", "phòng", "lô", "đường", "kỳ", "article", "articles", "art", "section", "sections", "clause",
        "clauses", "paragraph", "paragraphs", "para", "part", "parts", "chapter", "chapters", "rule", "rules",
        "regulation", "regulations", "reg", "schedule", "schedules", "annex", "appendix", "page", "pages",
        "item", "items", "form", "table", "figure", "step", "level", "version", "phase", "tier", "grade",
        "category", "class", "room", "floor", "no", "nos", "number", "numbers", "year", "line", "lines",
        "principle", "point", "points", "title", "division", "subsection", "subsections", "sub", "s", "ss",
        "box", "question", "option", "note", "notes", "footnote", "exhibit", "attachment", "stage", "week",
        "day", "month", "route", "reference", "ref", "tel", "fax", "phone", "order", "act",
        "directive", "decision", "circular", "code", "standard", "iso", "iec", "cfr", "usc", "stat", "vol",
        "volume", "edition", "issue", "release", "model", "type", "size", "block", "zone", "area", "ward",
        "district", "street", "house", "building", "suite", "unit", "cap", "chap", "pt", "sch", "app",
    ]

    /// Words after a number that show it counts nothing.
    static let functionWords: Set<String> = [
        "và", "hoặc", "của", "trong", "đến", "tới", "tại", "theo", "là", "với", "cho", "thì", "mà", "đã", "được",
        "bị", "có", "không", "từ", "sau", "trước", "này", "đó", "các", "những", "về", "trên", "dưới", "hay",
        "nếu", "khi", "để", "and", "or", "of", "to", "in", "per", "for", "the", "a", "an", "by", "on", "at", "is",
        "are", "was", "were", "from", "with", "as", "that", "which", "under", "above", "below", "than", "if",
        "be", "been", "has", "have", "had", "will", "shall", "may", "must", "should", "not", "this", "these",
        "those", "its", "their", "such", "after", "before", "within", "until", "up", "out", "more", "less",
        "fewer", "between", "among", "each", "other", "all", "any", "only", "also", "then", "so", "do", "does",
        "did",
    ]

    static let currencyWords: Set<String> = [
        "đồng", "vnđ", "vnd", "usd", "eur", "euro", "euros", "dollar", "dollars", "pound", "pounds", "gbp",
        "yen", "jpy", "cny", "nhân", "đô",
    ]

    static let durationWords: Set<String> = [
        "ngày", "tháng", "năm", "tuần", "giờ", "phút", "giây", "quý", "day", "days", "month", "months", "year",
        "years", "week", "weeks", "hour", "hours", "minute", "minutes", "second", "seconds", "quarter",
        "quarters",
    ]

    static let scaleWords: [String: Decimal] = [
        "nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
        "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    ]
}

/// The words, numbers and marks of one paragraph, read once.
struct FigureTokens {
    enum Kind { case word, number, mark }

    struct Token {
        var kind: Kind
        /// Scalar indices.
        var start: Int
        var end: Int
    }

    let scalars: [Unicode.Scalar]
    /// UTF-16 offset of each scalar, and of the end.
    let utf16: [Int]
    let tokens: [Token]

    init(text: String, limit: Int) {
        var scalars: [Unicode.Scalar] = []
        var utf16: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalars.count >= limit { break }
            scalars.append(scalar)
            utf16.append(offset)
            offset += scalar.utf16.count
        }
        utf16.append(offset)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if FigureExtractor.isDigit(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if FigureExtractor.isDigit(scalars[end]) {
                        end += 1
                    } else if scalars[end] == "." || scalars[end] == ",", end + 1 < scalars.count,
                        FigureExtractor.isDigit(scalars[end + 1])
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(kind: .number, start: index, end: end))
                index = end
            } else if FigureExtractor.isLetter(scalar) {
                var end = index + 1
                while end < scalars.count, FigureExtractor.isLetter(scalars[end]) { end += 1 }
                tokens.append(Token(kind: .word, start: index, end: end))
                index = end
            } else {
                if !scalar.isWhitespace {
                    tokens.append(Token(kind: .mark, start: index, end: index + 1))
                }
                index += 1
            }
        }
        self.scalars = scalars
        self.utf16 = utf16
        self.tokens = tokens
    }

    /// The token's text as printed.
    func text(_ index: Int) -> String {
        text(from: tokens[index].start, to: tokens[index].end)
    }

    func text(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        // Encoded straight into the string's storage: appending scalar by scalar to a
        // `UnicodeScalarView` costs several times more.
        return String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var count = 0
            for scalar in scalars[start..<end] {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The token lowercased and composed, for comparing words.
    func lowered(_ index: Int) -> String {
        text(index).lowercased().precomposed
    }

    /// The token at `index` is a mark made of `scalar`.
    func isMark(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .mark && scalars[tokens[index].start] == scalar
    }

    /// Tokens `a` and `b` (a before b) touch, with no space between.
    func touch(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && tokens[a].end == tokens[b].start
    }

    func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }

    func isNumber(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .number
    }

    /// The word is written in capitals only, two letters or more (`ISO`, `GDPR`).
    func isAcronym(_ index: Int) -> Bool {
        let word = text(index)
        return word.count >= 2 && word.allSatisfy { $0.isUppercase }
    }
}

extension FigureExtractor {
    fileprivate struct Scanner {
        let words: FigureTokens
        let text: String

        init(text: String, limit: Int) {
            self.text = text
            words = FigureTokens(text: text, limit: limit)
        }

        /// The convention the paragraph's own literals show, when they all agree.
        private func evidence() -> Language? {
            var seen: Language?
            for token in words.tokens where token.kind == .number {
                let literal = words.text(from: token.start, to: token.end)
                guard let evidence = NumberLiteral.parse(literal, language: .unknown)?.evidence else { continue }
                if let seen, seen != evidence { return nil }
                seen = evidence
            }
            return seen
        }

        /// The paragraph's own language when its letters decide it (an English quotation in a
        /// Vietnamese report).
        private func paragraphLanguage() -> Language? {
            var detector = LanguageDetector()
            detector.add(text)
            let language = detector.language
            return language == .unknown ? nil : language
        }

        /// Some number token reads differently under the two conventions (`8.472`, `1,234`).
        private func hasAmbiguousLiteral() -> Bool {
            words.tokens.contains { token in
                guard token.kind == .number else { return false }
                let literal = words.text(from: token.start, to: token.end)
                return NumberLiteral.parse(literal, language: .unknown) == nil
                    && NumberLiteral.parse(literal, language: .vi) != nil
            }
        }

        /// Every date form `DateParser` knows has a four-digit year: without one, no date.
        private func mayHoldDate() -> Bool {
            words.tokens.contains { $0.kind == .number && $0.end - $0.start == 4 }
        }

        func figures(paragraph: Int, language: Language) -> [Figure] {
            let shown = evidence()
            var language = shown ?? language
            if shown == nil, hasAmbiguousLiteral(), let own = paragraphLanguage() { language = own }
            var found: [Figure] = []
            // Dates first; their numbers are not quantities.
            var dateRanges: [Range<Int>] = []
            // Dates come in text order: their UTF-16 offsets are counted on from the previous one.
            var counted = (index: text.startIndex, offset: 0)
            func offset(of index: String.Index) -> Int {
                let offset = counted.offset + text.utf16.distance(from: counted.index, to: index)
                counted = (index, offset)
                return offset
            }
            for date in mayHoldDate() ? DateParser.dates(in: text) : [] where date.range.lowerBound >= counted.index {
                let start = offset(of: date.range.lowerBound)
                let end = offset(of: date.range.upperBound)
                dateRanges.append(start..<end)
                found.append(
                    Figure(
                        kind: .date, value: 0, fractionDigits: 0, text: String(text[date.range]), day: date.day,
                        paragraph: paragraph, offset: start, length: end - start))
            }
            let tokens = words.tokens
            // Tokens and dates are both in text order: one pass over each.
            var nextDate = 0
            for index in tokens.indices where tokens[index].kind == .number {
                let offset = words.utf16[tokens[index].start]
                while nextDate < dateRanges.count, dateRanges[nextDate].upperBound <= offset { nextDate += 1 }
                if nextDate < dateRanges.count, dateRanges[nextDate].contains(offset) { continue }
                if let figure = quantity(at: index, paragraph: paragraph, language: language) {
                    found.append(figure)
                }
            }
            return found.sorted { $0.offset < $1.offset }
        }

        /// The number at token `index` as a quantity, or `nil` when it is something else.
        private func quantity(at index: Int, paragraph: Int, language: Language) -> Figure? {
            let tokens = words.tokens
            let literalText = words.text(index)
            let previous = index - 1
            let next = index + 1
            // Glued to letters, numbers or symbol marks on either side: a symbol, a time, a range.
            if previous >= 0, words.touch(previous, index) {
                if tokens[previous].kind != .mark { return nil }
                let mark = words.scalars[tokens[previous].start]
                if !["(", "$", "£", "€", "\u{201C}", "\"", "["].contains(mark) { return nil }
            }
            if next < tokens.count, words.touch(index, next) {
                if tokens[next].kind != .mark { return nil }
                let mark = words.scalars[tokens[next].start]
                if ["/", "-", "\u{2013}", "\u{2010}", "\u{2011}", ":", "°", "."].contains(mark) {
                    // A sentence's final full stop is fine: "… 390 đơn thư." has a word between.
                    if mark != "." || next + 1 < tokens.count { return nil }
                }
            }
            // A list label: "1." or "1)" opening the paragraph, "(1)" anywhere.
            if index == 0 || (index == 1 && words.isMark(0, "(")) {
                if words.isMark(next, ".") || words.isMark(next, ")") { return nil }
            }
            if words.isMark(previous, "("), words.isMark(next, ")"), words.touch(previous, index),
                words.touch(index, next)
            {
                return nil
            }
            // Phone numbers: a long leading-zero literal, or groups of digits in a row.
            if literalText.hasPrefix("0"), literalText.count >= 4, !literalText.contains(","),
                !literalText.contains(".")
            {
                return nil
            }
            if words.isNumber(next) || words.isNumber(previous) { return nil }
            if words.isMark(previous, "+") { return nil }
            // After a part's name, "số", "No." or a year word.
            var moneyPrefix: String?
            if words.isWord(previous) {
                let word = words.lowered(previous)
                if ["usd", "vnd", "vnđ", "eur", "gbp"].contains(word) {
                    moneyPrefix = words.text(previous)
                } else if FigureExtractor.labelWords.contains(word) || words.isAcronym(previous) {
                    return nil
                } else if word == "số" {
                    guard words.isWord(previous - 1), words.lowered(previous - 1) == "tổng" else { return nil }
                } else if word == "năm" || word == "year" || word == "fiscal" || word == "fy" {
                    if literalText.count == 4 { return nil }
                }
            } else if words.isMark(previous, "."), words.isWord(previous - 1) {
                let word = words.lowered(previous - 1)
                if FigureExtractor.labelWords.contains(word) { return nil }
            } else if previous >= 0, tokens[previous].kind == .mark, words.touch(previous, index) {
                let mark = words.scalars[tokens[previous].start]
                if mark == "$" || mark == "£" || mark == "€" { moneyPrefix = String(mark) }
            }
            // The second of a list of labels: "Regulations 34 and 35", "Điều 5, 6 và 7".
            if isListedAfterLabel(index) { return nil }
            guard let literal = NumberLiteral.parse(literalText, language: language) else { return nil }
            var value = literal.value
            var end = index  // last token of the figure's number
            // A scale word: "2,5 tỷ", "5 million".
            if words.isWord(next), let scale = FigureExtractor.scaleWords[words.lowered(next)] {
                value *= scale
                end = next
            }
            let unitIndex = end + 1
            let printed = words.text(from: tokens[index].start, to: tokens[end].end)
            let offset = words.utf16[tokens[index].start]
            let length = words.utf16[tokens[end].end] - offset
            func figure(_ kind: Figure.Kind, unit: String?, noun: String?) -> Figure {
                Figure(
                    kind: kind, value: value, fractionDigits: literal.fractionDigits, text: printed, unit: unit,
                    noun: noun, paragraph: paragraph, offset: offset, length: length)
            }
            if let moneyPrefix { return figure(.money, unit: moneyPrefix, noun: moneyPrefix.lowercased()) }
            if words.isMark(unitIndex, "%") { return figure(.percent, unit: "%", noun: "%") }
            guard words.isWord(unitIndex) else {
                return isYearLike(literalText) ? nil : figure(.number, unit: nil, noun: nil)
            }
            let unit = words.lowered(unitIndex)
            let following = words.isWord(unitIndex + 1) ? words.lowered(unitIndex + 1) : nil
            if (unit == "phần" && following == "trăm") || unit == "percent" || (unit == "per" && following == "cent") {
                return figure(.percent, unit: "%", noun: "%")
            }
            // A year before a word: "before 16th May 2017 submitted", "the 2011 Regulations".
            if isYearLike(literalText) { return nil }
            if FigureExtractor.currencyWords.contains(unit) {
                return figure(.money, unit: words.text(unitIndex), noun: unit)
            }
            if FigureExtractor.durationWords.contains(unit) {
                return figure(.duration, unit: words.text(unitIndex), noun: FigureExtractor.nounKey(unit))
            }
            if FigureExtractor.functionWords.contains(unit) || words.isAcronym(unitIndex) {
                return isYearLike(literalText) ? nil : figure(.number, unit: nil, noun: nil)
            }
            // The counted noun as printed: one word, or two when the second is a lowercase word
            // that is no function word ("đơn thư", "hồ sơ").
            var unitEnd = tokens[unitIndex].end
            if let following, words.touch(unitIndex, unitIndex + 1) == false,
                !FigureExtractor.functionWords.contains(following),
                words.text(unitIndex + 1).first?.isLowercase == true
            {
                unitEnd = tokens[unitIndex + 1].end
            }
            let unitText = words.text(from: tokens[unitIndex].start, to: unitEnd)
            return figure(.count, unit: unitText, noun: FigureExtractor.nounKey(unit))
        }

        /// The number follows "and", "or", "to", "và", "hoặc", "đến" or a comma after another
        /// number that a label word introduces (walking back over the list, at most 20 steps).
        private func isListedAfterLabel(_ index: Int) -> Bool {
            var current = index
            for _ in 0..<20 {
                let link = current - 1
                let isJoin =
                    words.isMark(link, ",")
                    || (words.isWord(link)
                        && ["and", "or", "to", "và", "hoặc", "đến", "tới"].contains(words.lowered(link)))
                guard isJoin, words.isNumber(link - 1) else { return false }
                current = link - 1
                let before = current - 1
                if words.isWord(before) {
                    let word = words.lowered(before)
                    return FigureExtractor.labelWords.contains(word) || word == "số"
                }
            }
            return false
        }

        /// A bare four-digit number between 1800 and 2199 reads as a year.
        private func isYearLike(_ literal: String) -> Bool {
            guard literal.count == 4, let value = Int(literal) else { return false }
            return (1800...2199).contains(value)
        }
    }
}
