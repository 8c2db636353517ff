import Foundation
import RegLintCore

/// `figures/sum`: a stated total differs from the sum of its stated parts.
struct SumCheck: Check {
    static let description = CheckDescription(
        id: "figures/sum",
        name: "Total and parts",
        summary: "A stated total differs from the sum of its stated parts",
        rationale: """
            Reports give a total and break it down in the same sentence: "tiếp nhận 390 đơn thư, \
            trong đó 386 đơn kiến nghị phản ánh, 3 đơn khiếu nại và 1 đơn tố cáo"; "1,240 \
            requests, of which 1,200 were granted and 40 were refused". When one figure is \
            corrected and the others are not, the parts no longer add up, and reviewers checking \
            by hand miss it. The rule reads a count, then "trong đó", "gồm", "bao gồm", "of \
            which", "comprising" or "consisting of" within a few words, then the counts up to the \
            end of the sentence; or a total named "tổng số", "tổng cộng" or "total" with its \
            parts in brackets after its noun ("Tổng số 390 đơn (386 đơn …, 3 đơn … và 1 đơn …)"). It compares only when there are two parts or more and every part \
            counts the same thing as the total (the same noun: "đơn thư" and "đơn", "kiến nghị"; \
            in English a bare number before "were", "are", "have" also counts): a sentence that \
            mixes money, percentages, durations or other nouns, that nests a second breakdown, or \
            that lists examples ("trong đó có", "including") is left alone. Figures are read with \
            the document's number conventions (``8.472`` in Vietnamese is eight thousand); a \
            number whose reading is ambiguous is not compared. The finding shows the arithmetic.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            Example(
                "Điều 1. Kết quả\nĐã tiếp nhận và trả kết quả ↓8.472 hồ sơ (đạt 100%), trong đó 8.000 hồ sơ trực tuyến, 427 hồ sơ trực tiếp.",
                expecting: [#"8.000 \+ 427 = 8.427, stated 8.472"#]),
            Example(
                "Điều 1. Dân số\nToàn tỉnh có ↓1.234.567 người, trong đó nam 600.000 người, nữ 634.568 người.",
                expecting: [#"600.000 \+ 634.568 = 1.234.568, stated 1.234.567"#]),
            Example(
                "Điều 1. Kết quả\nNăm 2023, cơ quan tiếp nhận ↓125 kiến nghị, trong đó 100 kiến nghị đã giải quyết, 20 kiến nghị đang giải quyết.",
                expecting: [#"100 \+ 20 = 120, stated 125"#]),
            Example(
                "Điều 1. Kết quả\nTiếp nhận ↓391 đơn thư, trong đó 386 đơn kiến nghị phản ánh, 3 đơn khiếu nại, 1 đơn tố cáo.",
                expecting: [#"386 \+ 3 \+ 1 = 390, stated 391"#]),
            Example(
                "Article 1 Results\n1. The office received ↓1,240 requests, of which 1,200 were granted and 30 were refused.",
                expecting: [#"1,200 \+ 30 = 1,230, stated 1,240"#]),
            Example(
                "Điều 1. Nhân sự\nTổng số ↓1.250 người, gồm: 1.100 người làm việc toàn thời gian; 100 người bán thời gian."
            ),
            Example(
                "Điều 1. Kết quả\nTổng số ↓391 đơn (386 đơn kiến nghị, 3 đơn khiếu nại và 1 đơn tố cáo) đã được xử lý.",
                expecting: [#"386 \+ 3 \+ 1 = 390, stated 391"#]),
        ],
        nonTriggeringExamples: [
            Example(
                "Điều 1. Kết quả\nTiếp nhận 390 đơn thư, trong đó 386 đơn kiến nghị phản ánh, 3 đơn khiếu nại, 1 đơn tố cáo."
            ),
            Example(
                "Điều 1. Kết quả\nTổng số 390 đơn (386 đơn kiến nghị, 3 đơn khiếu nại và 1 đơn tố cáo) đã được xử lý; 12 đơn (5 đơn mới) chờ."
            ),
            Example(
                "Article 1 Results\n1. The office received 1,240 requests, of which 1,200 were granted and 40 were refused."
            ),
            // Parts of another kind, a single part, examples only, money beside counts.
            Example("Điều 1. Nhân sự\nCơ quan có 120 công chức, trong đó 45 nữ, 12 người dân tộc thiểu số."),
            Example("Điều 1. Nhân sự\nCơ quan có 120 công chức, trong đó có 40 công chức nữ, 12 công chức trẻ."),
            Example(
                "Điều 1. Kinh phí\nTổng kinh phí 500 triệu đồng, trong đó 300 triệu đồng cho 12 lớp và 150 triệu đồng dự phòng."
            ),
            Example("Article 1 Scope\n1. This applies to 30 schools, including 12 primary schools and 10 colleges."),
            Example(
                "Điều 1. Dân số\nToàn tỉnh có 1.234.567 người, trong đó nam 600.000 người, nữ 634.567 người; đã trả kết quả 8.472 hồ sơ (đạt 100%), trong đó 8.000 hồ sơ trực tuyến, 472 hồ sơ trực tiếp."
            ),
            // A list closed by "và", then a subset of one part; the rest named without a figure.
            Example(
                "Điều 1. Nông thôn mới\nCó 12 xã, trong đó 5 xã đạt chuẩn và 7 xã chưa đạt; 3 xã đạt chuẩn nâng cao."
            ),
            Example(
                "Điều 1. Đơn thư\nTiếp nhận 50 đơn, trong đó 30 đơn khiếu nại, 15 đơn tố cáo, còn lại là đơn kiến nghị."
            ),
            // A ";" after a list separated by commas ends it.
            Example(
                "Điều 1. Đơn thư\nTiếp nhận 50 đơn, trong đó 30 đơn khiếu nại, 15 đơn tố cáo, 5 đơn kiến nghị; 2 đơn trùng lặp."
            ),
            // Look-alikes: articles, years, document numbers, phone numbers and dates are no counts.
            Example(
                "Điều 1. Căn cứ\nQuy chế gồm 3 chương, trong đó Điều 5, Điều 7 và Nghị định số 04/2015/NĐ-CP năm 2015 được dẫn chiếu."
            ),
            Example(
                "Điều 1. Liên hệ\nGồm 2 đầu mối, trong đó số điện thoại 0243 825 1234 và ngày 15/9/2022 được công bố."),
        ],
        vietnamese: .init(
            name: "Tổng số và các số thành phần",
            summary: "Tổng số ghi trong văn bản khác với tổng các số thành phần đã nêu",
            rationale: """
                Báo cáo thường nêu tổng số rồi chia nhỏ trong cùng một câu: "tiếp nhận 390 đơn thư, trong đó \
                386 đơn kiến nghị phản ánh, 3 đơn khiếu nại và 1 đơn tố cáo"; "1,240 requests, of which 1,200 \
                were granted and 40 were refused". Khi một số được sửa mà các số khác thì không, các số thành \
                phần không còn cộng lại bằng tổng, và người rà soát bằng tay dễ bỏ sót. Quy tắc đọc một số \
                lượng, tiếp theo là "trong đó", "gồm", "bao gồm", "of which", "comprising" hoặc "consisting of" \
                cách đó vài từ, rồi các số lượng đến hết câu; hoặc một tổng số ghi là "tổng số", "tổng cộng" \
                hay "total" với các số thành phần trong ngoặc sau danh từ của nó ("Tổng số 390 đơn (386 đơn …, 3 \
                đơn … và 1 đơn …)"). Quy tắc chỉ so khi có từ hai số thành phần trở lên và mọi số thành phần \
                đếm cùng một loại với tổng số (cùng danh từ: "đơn thư" và "đơn", "kiến nghị"; trong tiếng Anh, \
                số đứng trước "were", "are", "have" cũng được tính): câu lẫn tiền, tỷ lệ phần trăm, thời hạn \
                hoặc danh từ khác, câu lồng một phép chia nhỏ thứ hai, hoặc câu chỉ liệt kê ví dụ ("trong đó \
                có", "including") thì được bỏ qua. Số được đọc theo quy ước viết số của văn bản (``8.472`` \
                trong tiếng Việt là tám nghìn bốn trăm bảy mươi hai); số có thể đọc theo hai cách thì không \
                được so. Phát hiện nêu rõ phép tính.
                """)
    )

    init(options: NoOptions) {}

    /// Words that open a breakdown of the total before them.
    private static let connectors = ["trong đó", "bao gồm", "gồm có", "gồm", "of which", "comprising", "consisting of"]
    /// Words that open a list of examples, not a breakdown.
    private static let partialConnectors = ["trong đó có", "including", "bao gồm cả", "trong số đó có"]
    /// Verbs after a bare number that make it a count of the total's things ("386 were upheld").
    private static let countVerbs: Set<String> = [
        "were", "was", "are", "is", "have", "has", "had", "remain", "remained", "came", "related",
    ]

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        var found: [Diagnostic] = []
        var index = 0
        let figures = facts.figures
        while index < figures.count {
            // The figures of one paragraph.
            var end = index
            while end < figures.count, figures[end].paragraph == figures[index].paragraph { end += 1 }
            let entry = facts.paragraphs[figures[index].paragraph]
            if !entry.isQuoted {
                let text = FigureText(entry.paragraph.text)
                let inParagraph = figures[index..<end].filter { $0.kind != .date }
                found += findings(in: Array(inParagraph), text: text, location: entry.paragraph.location, context)
            }
            index = end
        }
        return found
    }

    private func findings(
        in figures: [Figure], text: FigureText, location: SourceLocation, _ context: CheckContext
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var position = 0
        while position < figures.count {
            let total = figures[position]
            // "8.472 hồ sơ (đạt 100%), trong đó …": a share in brackets right after the total.
            var first = position + 1
            while first < figures.count, figures[first].kind == .percent, isParenthesised(figures[first], text: text) {
                first += 1
            }
            guard total.kind == .count, first + 1 < figures.count,
                let (partsStart, closing) = breakdown(after: total, before: figures[first], text: text)
            else {
                position += 1
                continue
            }
            // The parts: every figure up to the end of the sentence.
            var parts: [Figure] = []
            var valid = true
            var isListClosed = false
            var isSemicolonList = false
            var next = first
            while next < figures.count {
                let part = figures[next]
                if let closing, part.offset > closing { break }
                if closing == nil, text.hasSentenceEnd(partsStart, part.offset) { break }
                // "5 xã đạt chuẩn và 7 xã chưa đạt; 3 xã đạt chuẩn nâng cao": the part after
                // "và" was the last; what follows is about the parts, not another part.
                if isListClosed { break }
                let between = text.words(parts.last?.end ?? partsStart, part.offset)
                // Parts separated by ";" from the second on ("gồm: 1.100 người …; 100 người …")
                // make ";" the list's separator; otherwise a ";" ends the list.
                if parts.count == 1 { isSemicolonList = between.containsBytes(of: ";") }
                if parts.count >= 2, !isSemicolonList, between.containsBytes(of: ";") { break }
                isListClosed = !parts.isEmpty && Self.isFinalConjunction(between)
                if Self.connectors.contains(where: { between.containsBytes(of: $0) })
                    || between.containsBytes(of: "tổng")
                    || between.containsBytes(of: "total")
                {
                    valid = false
                    break
                }
                if part.countsSameThing(as: total) || isBareCount(part, text: text, context) {
                    parts.append(part)
                } else if part.kind == .percent, isParenthesised(part, text: text) {
                    // "386 đơn (98,9%)": a share beside a part.
                } else {
                    valid = false
                    break
                }
                next += 1
            }
            defer { position = max(position + 1, next) }
            guard valid, parts.count >= 2 else { continue }
            let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
            guard sum != total.value else { continue }
            // "…, 15 đơn tố cáo, còn lại là đơn kiến nghị": the rest is stated without a figure.
            if sum < total.value, let last = parts.last, mentionsRemainder(after: end(of: last, text), text: text) {
                continue
            }
            let language = convention(of: [total] + parts, default: context.language)
            let arithmetic =
                parts.map(\.text).joined(separator: " + ") + " = "
                + printed(sum, fractionDigits: 0, language: language)
            found.append(
                Diagnostic(
                    message: .sum(
                        total: "\(total.text) \(total.unit ?? "")", arithmetic: arithmetic, stated: total.text),
                    location: location, excerpt: text.slice(total.offset, end(of: parts.last ?? total, text)),
                    range: text.range(total.offset, end(of: parts.last ?? total, text))))
        }
        return found
    }

    /// Where the parts start, when the words between `total` and the next figure open a
    /// breakdown ("đơn thư, trong đó", "requests, of which"), or `nil`.
    private func breakdown(after total: Figure, before next: Figure, text: FigureText) -> (Int, closing: Int?)? {
        let gap = Self.removingShares(text.words(total.end, next.offset))
        // "Tổng số 390 đơn (386 đơn …, 3 đơn … và 1 đơn …)": a total named so, its parts in
        // brackets right after its noun, up to the closing bracket.
        if gap.hasSuffix("("), gap.dropLast().allSatisfy({ $0.isLetter || $0 == " " }),
            gap.split(separator: " ").count <= 4
        {
            let before = " " + text.words(max(0, total.offset - 24), total.offset)
            guard
                [" tổng số ", " tổng cộng ", " tổng ", " total of ", " total ", " in total "].contains(where: {
                    before.hasSuffix($0) || before.hasSuffix($0.dropLast() + ": ")
                })
            else { return nil }
            var index = next.offset
            while index < text.units.count, index - next.offset < 600 {
                if text.units[index] == 0x28 { return nil }  // a bracket inside: not a plain list
                if text.units[index] == 0x29 { return (next.offset, index) }
                index += 1
            }
            return nil
        }
        // No "(", ";", "." nor ")" in the gap.
        guard !gap.utf8.contains(where: { $0 == 0x28 || $0 == 0x3B || $0 == 0x2E || $0 == 0x29 }) else { return nil }
        guard !Self.partialConnectors.contains(where: { gap.containsBytes(of: $0) }) else { return nil }
        for connector in Self.connectors {
            guard gap.containsBytes(of: connector), let range = gap.range(of: connector) else { continue }
            // The connector is whole words, at most eight words after the total.
            let before = gap[..<range.lowerBound]
            let after = gap[range.upperBound...]
            guard before.last.map({ !$0.isLetter }) ?? true, after.first.map({ !$0.isLetter }) ?? true else {
                continue
            }
            guard before.split(whereSeparator: { !$0.isLetter }).count <= 8 else { return nil }
            // After the connector a colon, a comma, "là" or a short label of the first part
            // ("trong đó nam 600.000 người"); "trong đó có" lists examples.
            let rest = after.split(whereSeparator: { !$0.isLetter })
            guard rest.count <= 2, !rest.contains("có") else { return nil }
            return (next.offset, nil)
        }
        return nil
    }

    /// The gap with a bracketed share removed: " hồ sơ (đạt 100%), trong đó" → " hồ sơ , trong đó".
    private static func removingShares(_ gap: String) -> String {
        guard let open = gap.firstIndex(of: "("), let close = gap[open...].firstIndex(of: ")"),
            gap[open..<close].contains("%")
        else { return gap }
        return String(gap[..<open]) + String(gap[gap.index(after: close)...])
    }

    /// Words that name the rest of a total without a figure.
    private static let remainderWords = ["còn lại", "khác", "other", "others", "remaining", "the rest"]

    /// The words before a part end with "và" or "and": it is the last part of the list.
    private static func isFinalConjunction(_ between: String) -> Bool {
        let words = between.split(whereSeparator: { !$0.isLetter })
        return words.last == "và" || words.last == "and"
    }

    /// The sentence goes on, after the last part, to name the rest of the total without a figure.
    private func mentionsRemainder(after offset: Int, text: FigureText) -> Bool {
        var end = offset
        while end < text.units.count, end - offset < 300, !text.hasSentenceEnd(end, end + 1) { end += 1 }
        let rest = " " + text.words(offset, end).split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return Self.remainderWords.contains { rest.containsBytes(of: " \($0) ") }
    }

    /// An English part written as a bare number before a verb: "386 were upheld".
    private func isBareCount(_ part: Figure, text: FigureText, _ context: CheckContext) -> Bool {
        guard part.kind == .number else { return false }
        let after = text.words(part.end, part.end + 12)
        let word = after.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        return Self.countVerbs.contains(word)
    }

    /// The end of a figure with its noun as printed ("20 kiến nghị"), or of its number.
    private func end(of figure: Figure, _ text: FigureText) -> Int {
        guard let unit = figure.unit else { return figure.end }
        let withUnit = figure.end + 1 + unit.utf16.count
        return text.slice(figure.end, withUnit) == " " + unit ? withUnit : figure.end
    }

    private func isParenthesised(_ figure: Figure, text: FigureText) -> Bool {
        let before = text.slice(max(0, figure.offset - 12), figure.offset)
        return before.containsBytes(of: "(")
    }
}

extension Diagnostic.Message {
    fileprivate static func sum(total: String, arithmetic: String, stated: String) -> Self {
        Self(
            en:
                "\"\(total.trimmingCharacters(in: .whitespaces))\" is not the sum of its parts: \(arithmetic), stated \(stated)",
            vi: "Số tổng \(VietnameseWording.quoted(total)) không bằng tổng các số thành phần: \(arithmetic), "
                + "nhưng văn bản ghi \(stated)")
    }
}
