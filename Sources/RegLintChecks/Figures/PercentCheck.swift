import Foundation
import RegLintCore

/// `figures/percent`: a stated percentage differs from the ratio of stated counts.
struct PercentCheck: Check {
    static let description = CheckDescription(
        id: "figures/percent",
        name: "Percentage and counts",
        summary: "A stated percentage differs from the ratio of stated counts",
        rationale: """
            Reports state a share beside the counts it comes from: "8.000/8.472 hồ sơ (94,4%)", \
            "96% (48/50)", "giải quyết 45 trên tổng số 50 hồ sơ, đạt 90%", "tiếp nhận 8.472 hồ sơ, \
            đã trả kết quả 8.472 hồ sơ (đạt 100%)". The rule recomputes the share and reports \
            when it differs from the printed one by more than the printed precision allows \
            (94,4% stands for anything from 94,35% to 94,45%; a share cut off instead of rounded \
            is accepted too). Counts beside a share are compared only when the share is \
            introduced as the count's own ("(c%)", "đạt", "chiếm", "tỷ lệ", "or", "representing"), \
            ends there (not "đạt 100% kế hoạch", "30% of the budget"), and the sentence states \
            the total first with the same noun; growth ("tăng 20%") is never a ratio of the two. \
            Numbers are read with the document's conventions; ambiguous ones are not compared.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            Example("Điều 1. Kết quả\nĐã giải quyết ↓8.000/8.472 hồ sơ (95%).", expecting: ["8.000/8.472.*94,4.*95"]),
            Example("Điều 1. Kết quả\nTỷ lệ giải quyết ↓98,5% (196/200 hồ sơ).", expecting: ["196/200 is 98,0%"]),
            Example(
                "Điều 1. Kết quả\nGiải quyết ↓196 hồ sơ trên tổng số 200 hồ sơ, đạt 98,5%.",
                expecting: ["196/200 is 98,0%"]),
            Example(
                "Điều 1. Kết quả\nTiếp nhận 8.472 hồ sơ, đã trả kết quả ↓8.470 hồ sơ (đạt 100%).",
                expecting: [#"8\.470.*8\.472"#]),
            Example("Điều 1. Kết quả\nĐã giải quyết ↓45 trên tổng số 50 hồ sơ, đạt 80%."),
            Example("Article 1 Results\n1. Completed on time: ↓96% (46/50)."),
        ],
        nonTriggeringExamples: [
            Example("Điều 1. Kết quả\nĐã giải quyết 8.000/8.472 hồ sơ (94,4%); 45 trên tổng số 50 hồ sơ, đạt 90%."),
            Example("Điều 1. Kết quả\nTỷ lệ 98,5% (197/200 hồ sơ); 197 hồ sơ trên tổng số 200 hồ sơ, đạt 98,5%."),
            Example("Điều 1. Kết quả\nĐã tiếp nhận và trả kết quả 8.472 hồ sơ (đạt 100%)."),
            Example(
                "Điều 1. Kết quả\nTiếp nhận 8.472 hồ sơ, đã trả kết quả 8.472 hồ sơ (đạt 100%), trong đó 8.000 hồ sơ (94%) đúng hạn."
            ),
            Example("Article 1 Results\n1. Completed on time: 96% (48/50); approved: 2/3 (66%)."),
            // Growth, shares of something else, targets, look-alike slashes.
            Example("Điều 1. Kết quả\nNăm 2022 có 100 hồ sơ, năm 2023 có 120 hồ sơ (tăng 20%)."),
            Example("Điều 1. Kết quả\nTiếp nhận 200 hồ sơ, giải quyết 150 hồ sơ, đạt 100% kế hoạch."),
            Example("Điều 1. Căn cứ\nNghị định số 04/2015 (50%) và ngày 15/9/2022 (100%) không phải tỷ lệ."),
        ],
        vietnamese: .init(
            name: "Tỷ lệ phần trăm và số liệu",
            summary: "Tỷ lệ phần trăm ghi trong văn bản khác với tỷ lệ tính từ các số liệu đã nêu",
            rationale: """
                Báo cáo thường ghi tỷ lệ bên cạnh các số liệu dùng để tính: "8.000/8.472 hồ sơ (94,4%)", \
                "96% (48/50)", "giải quyết 45 trên tổng số 50 hồ sơ, đạt 90%", "tiếp nhận 8.472 hồ sơ, đã trả \
                kết quả 8.472 hồ sơ (đạt 100%)". Quy tắc tính lại tỷ lệ và báo khi kết quả lệch với tỷ lệ ghi \
                trong văn bản nhiều hơn mức làm tròn cho phép (94,4% ứng với mọi giá trị từ 94,35% đến 94,45%; \
                tỷ lệ bị cắt bớt chữ số thay vì làm tròn cũng được chấp nhận). Các số liệu bên cạnh một tỷ lệ \
                chỉ được so khi tỷ lệ đó được nêu là tỷ lệ của chính số liệu ấy ("(c%)", "đạt", "chiếm", "tỷ \
                lệ", "or", "representing"), câu dừng ở đó (không phải "đạt 100% kế hoạch", "30% of the \
                budget") và câu đã nêu tổng số trước với cùng danh từ; mức tăng ("tăng 20%") không bao giờ là \
                tỷ lệ giữa hai số. Số được đọc theo quy ước viết số của văn bản; số có thể đọc theo hai cách \
                thì không được so.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        var found: [Diagnostic] = []
        let figuresByParagraph = Dictionary(grouping: facts.figures, by: \.paragraph)
        // By index: an entry is copied only once its text passed the byte scans.
        for index in facts.paragraphs.indices where !facts.paragraphs[index].isQuoted {
            let raw = facts.paragraphs[index].paragraph.text
            guard raw.containsBytes(of: "%") || Self.mayNamePercent(raw) else { continue }
            let entry = facts.paragraphs[index]
            // Patterns match composed text; excerpts from it compare equal to the printed words.
            let composedText = raw.precomposed
            let composed = FigureText(composedText, paragraphText: raw)
            // Text already composed (most is) is the same text: its UTF-16 units are taken once.
            // (Byte for byte: `==` would call decomposed text equal to its composed form.)
            let isComposed = composedText.utf8.count == raw.utf8.count && composedText.utf8.elementsEqual(raw.utf8)
            let text = isComposed ? composed : FigureText(raw)
            found += ratios(in: composed, context).compactMap {
                judge($0, text: composed, entry.paragraph.location, context)
            }
            found += beside(
                figuresByParagraph[index] ?? [], text: text, entry.paragraph.location, context)
        }
        return found
    }

    /// A share and the counts it should be the ratio of.
    private struct Ratio {
        var part: String
        var whole: String
        var percent: String
        var start: Int
        var end: Int
    }

    /// The three shapes of a stated ratio, compiled once (matching is thread-safe), with the
    /// text a paragraph must hold for each to be worth running.
    private static let ratioPatterns: [(regex: NSRegularExpression, needs: String)] = {
        let number = #"(\d+(?:[.,]\d+)*)"#
        let patterns = [
            // 8.000/8.472 hồ sơ (94,4%)
            #"(?<![\d/.,])(?<!số )(?<!No\. )"# + number + #"\s*/\s*"# + number
                + #"(?![\d/])[\p{L} ]{0,30}?\(\s*(?:đạt\s+|chiếm\s+|tỷ lệ\s+)?"#
                + number + #"\s*%\s*\)"#,
            // 96% (48/50), 98,5% (197/200 hồ sơ)
            #"(?<![\d/.,])"# + number + #"\s*%\s*\(\s*"# + number + #"\s*/\s*"# + number
                + #"(?![\d/])[\p{L} ]{0,30}?\)"#,
            // 45 trên tổng số 50 hồ sơ, đạt 90%; 196 hồ sơ trên tổng số 200 hồ sơ, đạt 98%
            #"(?<![\d/.,])"# + number + #"[\p{L} ]{0,30}?\s+trên\s+(?:tổng\s+số\s+)?"# + number
                + #"[\p{L} ]{0,30}?[,(]\s*(?:đạt|chiếm|bằng)(?:\s+tỷ\s+lệ)?\s+"# + number + #"\s*%(?!\s*\p{L})"#,
        ]
        let needs = ["/", "/", "trên"]
        return zip(patterns, needs).compactMap { pattern, needs in
            (try? NSRegularExpression(pattern: pattern)).map { ($0, needs) }
        }
    }()

    /// "phần trăm" or "per cent" in the text, composed or not (a byte search of the folded text
    /// first: most paragraphs have neither).
    private static func mayNamePercent(_ raw: String) -> Bool {
        let folded = raw.foldedForMatching
        guard folded.containsBytes(of: "phan tram") || folded.containsBytes(of: "per cent") else { return false }
        return raw.contains("phần trăm") || raw.contains("per cent")
    }

    /// "a/b (c%)", "c% (a/b)", "a trên tổng số b …, đạt c%".
    private func ratios(in text: FigureText, _ context: CheckContext) -> [Ratio] {
        var found: [Ratio] = []
        let normalized = text.text
        for (kind, pattern) in Self.ratioPatterns.enumerated() where normalized.containsBytes(of: pattern.needs) {
            let regex = pattern.regex
            let range = NSRange(location: 0, length: text.units.count)
            for match in regex.matches(in: normalized, range: range).prefix(50) {
                func group(_ index: Int) -> String {
                    text.slice(match.range(at: index).location, NSMaxRange(match.range(at: index)))
                }
                let ratio =
                    kind == 1
                    ? Ratio(part: group(2), whole: group(3), percent: group(1), start: 0, end: 0)
                    : Ratio(part: group(1), whole: group(2), percent: group(3), start: 0, end: 0)
                found.append(
                    Ratio(
                        part: ratio.part, whole: ratio.whole, percent: ratio.percent, start: match.range.location,
                        end: NSMaxRange(match.range)))
            }
        }
        return found
    }

    private func judge(_ ratio: Ratio, text: FigureText, _ location: SourceLocation, _ context: CheckContext)
        -> Diagnostic?
    {
        let language = context.language
        // "04/2015": a symbol's number and year, not a ratio.
        guard !ratio.part.hasPrefix("0"), let part = NumberLiteral.parse(ratio.part, language: language),
            let whole = NumberLiteral.parse(ratio.whole, language: language),
            let percent = NumberLiteral.parse(ratio.percent, language: language)
        else { return nil }
        return mismatch(
            part: part.value, whole: whole.value, percent: percent, printedPart: ratio.part, printedWhole: ratio.whole,
            printedPercent: ratio.percent, location: location, excerpt: text.slice(ratio.start, ratio.end),
            range: text.range(ratio.start, ratio.end), context)
    }

    /// "tiếp nhận 8.472 hồ sơ, đã trả kết quả 8.472 hồ sơ (đạt 100%)": the share of the count
    /// just before it, out of the first count of the same noun in the sentence.
    private func beside(_ figures: [Figure], text: FigureText, _ location: SourceLocation, _ context: CheckContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for (index, share) in figures.enumerated() where share.kind == .percent && index > 0 {
            let part = figures[index - 1]
            guard part.kind == .count, part.noun != nil else { continue }
            // Between the count and the share: its noun, then "(", "(đạt", ", đạt", ", chiếm".
            let between = text.words(part.end, share.offset)
            let words = between.split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard let open = between.lastIndex(where: { $0 == "(" || $0 == "," }) else { continue }
            let intro = between[between.index(after: open)...].trimmingCharacters(in: .whitespaces)
            guard ["", "đạt", "chiếm", "tỷ lệ", "đạt tỷ lệ", "or", "representing"].contains(intro), words.count <= 6
            else { continue }
            if between[open] == ",", intro.isEmpty { continue }
            // The share ends there: ")" or the end of a clause, not "100% kế hoạch".
            let after = text.words(share.end, share.end + 24).drop(while: { $0 == "%" || $0 == " " })
            if between[open] == "(" {
                guard after.first == ")" else { continue }
            } else if let first = after.first, first.isLetter || first.isNumber {
                continue
            }
            if between.contains("tăng") || between.contains("giảm") { continue }
            // The total: a count of the same noun earlier in the sentence. When several could
            // be the base ("tiếp nhận 339.133 hồ sơ, đã giải quyết 305.712 hồ sơ (đúng hạn
            // 293.132 hồ sơ, đạt 95,88%"), the share is judged only if none of them gives it.
            let candidates = figures[..<(index - 1)].filter { candidate in
                candidate.countsSameThing(as: part) && !text.hasSentenceEnd(candidate.end, part.offset)
                    && candidate.value >= part.value && candidate.value > 0
            }
            guard let whole = candidates.last else { continue }
            let percentLiteral = NumberLiteral(value: share.value, fractionDigits: share.fractionDigits, evidence: nil)
            if candidates.contains(where: { agrees(part: part.value, whole: $0.value, percent: percentLiteral) }) {
                continue
            }
            guard candidates.count == 1 else { continue }
            let excerpt = text.slice(part.offset, share.end + 1)
            let end = excerpt.hasSuffix(")") ? share.end + 1 : share.end
            if let diagnostic = mismatch(
                part: part.value, whole: whole.value, percent: percentLiteral, printedPart: part.text,
                printedWhole: whole.text, printedPercent: share.text, location: location,
                excerpt: text.slice(part.offset, end), range: text.range(part.offset, end), context)
            {
                found.append(diagnostic)
            }
        }
        return found
    }

    /// The share is `part` out of `whole`, to the printed precision (rounded or cut off); 100%
    /// and 0% are exact.
    private func agrees(part: Decimal, whole: Decimal, percent: NumberLiteral) -> Bool {
        guard whole > 0 else { return true }
        let exact = part * 100 / whole
        if percent.value == 100 || percent.value == 0 { return exact == percent.value }
        let precision = percent.fractionDigits
        let step = Decimal(sign: .plus, exponent: -precision, significand: 1)  // one unit of the last digit
        var rounded = Decimal()
        var truncated = Decimal()
        var source = exact
        NSDecimalRound(&rounded, &source, precision, .plain)
        NSDecimalRound(&truncated, &source, precision, .down)
        return rounded == percent.value || truncated == percent.value || abs(exact - percent.value) < step / 2
    }

    private func mismatch(
        part: Decimal, whole: Decimal, percent: NumberLiteral, printedPart: String, printedWhole: String,
        printedPercent: String, location: SourceLocation, excerpt: String, range: TextRange?, _ context: CheckContext
    ) -> Diagnostic? {
        guard whole > 0, part <= whole * 10, !agrees(part: part, whole: whole, percent: percent) else { return nil }
        let language: Language = context.language == .en ? .en : .vi
        let digits = max(1, percent.fractionDigits)
        let computed = printed(part * 100 / whole, fractionDigits: digits, language: language)
        // "552.693/513.672 hồ sơ (đạt 92,94%)": the counts written the other way round.
        let reverse =
            part > 0 && agrees(part: whole, whole: part, percent: percent)
            ? printed(whole * 100 / part, fractionDigits: digits, language: language) : nil
        return Diagnostic(
            message: .percent(
                part: printedPart, whole: printedWhole, computed: computed, stated: printedPercent, note: reverse),
            location: location, excerpt: excerpt, range: range)
    }
}

extension Diagnostic.Message {
    /// `note`: the share the counts give written the other way round, when it is the stated one.
    fileprivate static func percent(part: String, whole: String, computed: String, stated: String, note: String?)
        -> Self
    {
        let reverse = note.map { " (the reverse, \(whole)/\(part), is \($0)%)" } ?? ""
        let reverseVietnamese = note.map { " (tính ngược lại, \(whole)/\(part) mới là \($0)%)" } ?? ""
        return Self(
            en: "\(part)/\(whole) is \(computed)%, stated \(stated)%\(reverse)",
            vi: "Tỷ lệ \(part)/\(whole) là \(computed)%, nhưng văn bản ghi \(stated)%\(reverseVietnamese)")
    }
}
