import Foundation
import RegLintCore

/// `figures/words`: an amount written in words differs from the same amount in digits.
struct WordsCheck: Check {
    static let description = CheckDescription(
        id: "figures/words",
        name: "Digits and words",
        summary: "An amount written in words differs from the same amount in digits",
        rationale: """
            Contracts and regulations write important amounts twice, in digits and in words: \
            "trong thời hạn 15 (mười lăm) ngày", "mười lăm (15) ngày", "5.000.000 đồng (Bằng chữ: \
            Năm triệu đồng)", "thirty (30) days". The two are typed separately and drift apart \
            when one is edited. The rule reads the digits before or after a parenthesis and the \
            words on the other side, Vietnamese ("hai mươi mốt", "một trăm linh năm", "hai tỷ ba \
            trăm triệu", with "mốt", "tư", "lăm", "linh", "lẻ") and English ("one hundred and \
            five", "two million"), and reports when they differ. The words must be all number \
            words, then at most a unit ("đồng", "chẵn", "phần trăm", "days"); digits are read with \
            the document's conventions, and digits that read differently under Vietnamese and \
            English conventions count as agreeing when either reading matches the words.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            Example("Điều 1. Thời hạn\nTrả lời trong thời hạn ↓15 (mười sáu) ngày.", expecting: ["15.*16"]),
            Example("Điều 1. Thời hạn\nTrả lời trong thời hạn ↓mười lăm (16) ngày."),
            Example(
                "Điều 1. Mức phạt\nPhạt ↓5.000.000 đồng (Bằng chữ: Năm trăm nghìn đồng).",
                expecting: [#"5\.000\.000.*500\.000"#]),
            Example("Article 1 Notice\n1. Either party may end this agreement on ↓thirty (31) days' notice."),
            Example("Điều 1. Kinh phí\nTổng kinh phí ↓2.300.000.000 đồng (hai tỷ ba trăm linh năm triệu đồng)."),
        ],
        nonTriggeringExamples: [
            Example("Điều 1. Thời hạn\nTrả lời trong thời hạn 15 (mười lăm) ngày, gia hạn mười lăm (15) ngày."),
            Example("Điều 1. Mức phạt\nPhạt 5.000.000 đồng (Bằng chữ: Năm triệu đồng chẵn)."),
            Example(
                "Điều 1. Số liệu\nGồm 21 (hai mươi mốt) người, 105 (một trăm linh năm) hồ sơ, 24 (hai mươi tư) giờ và 1.005 (một nghìn không trăm linh năm) bản."
            ),
            Example("Điều 1. Kinh phí\nTổng kinh phí 2.300.000.000 đồng (hai tỷ ba trăm triệu đồng)."),
            Example(
                "Article 1 Notice\n1. Either party may end this agreement on thirty (30) days' notice, or 105 (one hundred and five) days."
            ),
            // Look-alikes: numbers in brackets that are labels, references and years.
            Example(
                "Điều 1. Phạm vi\nTheo quy định tại khoản 2 (điểm a) Điều 5 và Nghị định số 04/2015/NĐ-CP (năm 2015)."),
            Example("Điều 1. Hiệu lực\nCó hiệu lực từ ngày 15/9/2022 (ngày ký) trong mười năm (10 năm)."),
        ],
        vietnamese: .init(
            name: "Số và chữ",
            summary: "Số tiền hoặc số lượng viết bằng chữ khác với cùng số đó viết bằng số",
            rationale: """
                Hợp đồng và quy chế thường viết các con số quan trọng hai lần, bằng số và bằng chữ: "trong \
                thời hạn 15 (mười lăm) ngày", "mười lăm (15) ngày", "5.000.000 đồng (Bằng chữ: Năm triệu \
                đồng)", "thirty (30) days". Hai cách viết được gõ riêng và dễ lệch nhau khi một chỗ được sửa. \
                Quy tắc đọc phần số đứng trước hoặc sau dấu ngoặc và phần chữ ở phía bên kia, bằng tiếng Việt \
                ("hai mươi mốt", "một trăm linh năm", "hai tỷ ba trăm triệu", với "mốt", "tư", "lăm", "linh", \
                "lẻ") và tiếng Anh ("one hundred and five", "two million"), và báo khi hai phần khác nhau. \
                Phần chữ phải toàn là từ chỉ số, sau đó tối đa là một đơn vị ("đồng", "chẵn", "phần trăm", \
                "days"); phần số được đọc theo quy ước viết số của văn bản, và số đọc khác nhau theo quy ước \
                tiếng Việt và tiếng Anh được coi là khớp khi một trong hai cách đọc trùng với phần chữ.
                """)
    )

    init(options: NoOptions) {}

    /// Words that may follow the number words inside the parenthesis.
    private static let trailingWords: Set<String> = [
        "đồng", "việt", "nam", "chẵn", "vnđ", "vnd", "phần", "trăm", "ngày", "tháng", "năm", "giờ", "làm", "việc",
        "percent", "per", "cent", "dollars", "dollar", "us", "usd", "pounds", "days", "day", "months", "month",
        "years", "year", "hours", "working", "business", "only", "calendar", "người", "hồ", "sơ", "bản",
    ]
    /// Words that may stand between the digits and the parenthesis: a unit or scale.
    private static let unitWords: Set<String> = [
        "đồng", "vnđ", "vnd", "usd", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "thousand", "million", "billion",
    ]

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        var found: [Diagnostic] = []
        // By index: an entry is copied only once its text passed the byte scans.
        for index in facts.paragraphs.indices where !facts.paragraphs[index].isQuoted {
            let raw = facts.paragraphs[index].paragraph.text
            guard raw.containsBytes(of: "("), raw.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let entry = facts.paragraphs[index]
            let text = FigureText(raw)
            var checked = 0
            for (offset, unit) in text.units.enumerated() where unit == 0x28 && checked < 200 {
                checked += 1
                guard let close = text.units[offset...].prefix(160).firstIndex(of: 0x29) else { continue }
                let inside = text.slice(offset + 1, close)
                if let pair = digitsThenWords(text: text, open: offset, close: close, inside: inside)
                    ?? wordsThenDigits(text: text, open: offset, close: close, inside: inside),
                    let diagnostic = judge(pair, text: text, location: entry.paragraph.location, context)
                {
                    found.append(diagnostic)
                }
            }
        }
        return found
    }

    /// Digits and words of one amount, and where the excerpt starts.
    private struct Pair {
        var digits: String
        var scale: Decimal
        var words: String
        var wordsValue: Int64
        var start: Int
        var end: Int
    }

    /// "15 (mười lăm)", "5.000.000 đồng (Bằng chữ: Năm triệu đồng)".
    private func digitsThenWords(text: FigureText, open: Int, close: Int, inside: String) -> Pair? {
        guard !inside.contains(where: \.isNumber) else { return nil }
        var spoken = inside.trimmingCharacters(in: .whitespaces)
        let lowered = spoken.lowercased().precomposed
        for prefix in ["viết bằng chữ", "bằng chữ", "in words", "say"] where lowered.hasPrefix(prefix) {
            spoken = String(spoken.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            break
        }
        let words = NumberWords.words(of: spoken)
        guard let (value, count) = NumberWords.prefixValue(of: words[...]),
            words.dropFirst(count).allSatisfy(Self.trailingWords.contains)
        else { return nil }
        // Before the parenthesis: digits, then at most a scale and a currency.
        var tokens = tokensBefore(open, in: text, limit: 4)
        var scale: Decimal = 1
        while let last = tokens.last, Self.unitWords.contains(last.lowered) {
            if let factor = scaleValue(last.lowered) { scale *= factor }
            tokens.removeLast()
        }
        guard let digits = tokens.last else { return nil }
        var literal = Substring(digits.text)
        var start = digits.start
        if literal.first == "$" || literal.first == "£" {
            literal = literal.dropFirst()
            start += 1
        }
        if literal.last == "%" { literal = literal.dropLast() }
        guard !literal.isEmpty, literal.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return nil
        }
        // A label or reference before the digits is not an amount ("khoản 2 (hai)").
        if tokens.count >= 2,
            ["điều", "khoản", "điểm", "article", "section", "clause", "số", "no."].contains(
                tokens[tokens.count - 2].lowered)
        {
            return nil
        }
        return Pair(
            digits: String(literal), scale: scale, words: spoken, wordsValue: value, start: start, end: close + 1)
    }

    /// "mười lăm (15) ngày", "thirty (30) days".
    private func wordsThenDigits(text: FigureText, open: Int, close: Int, inside: String) -> Pair? {
        var literal = inside.trimmingCharacters(in: .whitespaces)
        if literal.hasSuffix("%") { literal = String(literal.dropLast()) }
        guard !literal.isEmpty, literal.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
            literal.first?.isNumber == true
        else { return nil }
        let tokens = tokensBefore(open, in: text, limit: 12)
        // The longest run of number words ending at the parenthesis.
        var runStart = tokens.count
        while runStart > 0, tokens[runStart - 1].isLetters, NumberWords.isNumberWord(tokens[runStart - 1].lowered) {
            runStart -= 1
        }
        guard runStart < tokens.count else { return nil }
        // The whole run must be one number: "mười năm (10)" is ten years, not a five.
        while runStart < tokens.count, tokens[runStart].lowered == "and" { runStart += 1 }
        let words = tokens[runStart...].map(\.lowered)
        guard !words.isEmpty, let (value, count) = NumberWords.prefixValue(of: words[...]), count == words.count
        else { return nil }
        let first = tokens[runStart]
        return Pair(
            digits: literal, scale: 1, words: text.slice(first.start, open).trimmingCharacters(in: .whitespaces),
            wordsValue: value, start: first.start, end: close + 1)
    }

    private func judge(_ pair: Pair, text: FigureText, location: SourceLocation, _ context: CheckContext)
        -> Diagnostic?
    {
        let readings = [Language.vi, .en].compactMap { NumberLiteral.parse(pair.digits, language: $0)?.value }
            .map { $0 * pair.scale }
        let expected = Decimal(pair.wordsValue)
        guard !readings.isEmpty, !readings.contains(expected) else { return nil }
        guard let reading = NumberLiteral.parse(pair.digits, language: context.language)?.value else { return nil }
        let language = NumberLiteral.parse(pair.digits, language: .unknown)?.evidence ?? context.language
        return Diagnostic(
            message: .disagree(
                digits: pair.digits, words: pair.words, digitsValue: display(reading * pair.scale, language),
                wordsValue: display(expected, language)),
            location: location, excerpt: text.slice(pair.start, pair.end), range: text.range(pair.start, pair.end))
    }

    private func display(_ value: Decimal, _ language: Language) -> String {
        // As many decimals as the value has (at most six): 2,5 triệu is 2.500.000, 0,5 is 0,5.
        var fraction = 0
        var scaled = value
        var whole = Decimal()
        while fraction < 6 {
            var copy = scaled
            NSDecimalRound(&whole, &copy, 0, .down)
            if whole == scaled { break }
            scaled *= 10
            fraction += 1
        }
        return printed(value, fractionDigits: fraction, language: language == .en ? .en : .vi)
    }

    private func scaleValue(_ word: String) -> Decimal? {
        switch word {
        case "nghìn", "ngàn", "thousand": 1000
        case "triệu", "million": 1_000_000
        case "tỷ", "tỉ", "billion": 1_000_000_000
        default: nil
        }
    }

    /// A run of non-space text before `offset`, with its UTF-16 start.
    private struct Token {
        var text: String
        var lowered: String
        var start: Int
        var isLetters: Bool
    }

    /// Up to `limit` space-separated tokens ending right before `offset`, in text order,
    /// stripped of commas and colons at their ends.
    private func tokensBefore(_ offset: Int, in text: FigureText, limit: Int) -> [Token] {
        var tokens: [Token] = []
        var end = offset
        while tokens.count < limit {
            while end > 0, isSpace(text.units[end - 1]) { end -= 1 }
            guard end > 0 else { break }
            var start = end
            while start > 0, !isSpace(text.units[start - 1]), end - start < 40 { start -= 1 }
            let piece = text.slice(start, end)
            let lowered = piece.lowercased().precomposed
            tokens.append(
                Token(text: piece, lowered: lowered, start: start, isLetters: piece.allSatisfy(\.isLetter)))
            end = start
        }
        return tokens.reversed()
    }

    private func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0xA0 || unit == 0x09 || unit == 0x0A }
}

extension Diagnostic.Message {
    fileprivate static func disagree(digits: String, words: String, digitsValue: String, wordsValue: String) -> Self {
        Self(
            en: "\"\(digits)\" and \"\(words)\" disagree: the digits say \(digitsValue), the words say \(wordsValue)",
            vi: "Số \(VietnameseWording.quoted(digits)) và chữ \(VietnameseWording.quoted(words)) không khớp nhau: "
                + "viết bằng số là \(digitsValue), viết bằng chữ là \(wordsValue)")
    }
}
