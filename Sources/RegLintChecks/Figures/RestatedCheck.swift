import Foundation
import RegLintCore

/// `figures/restated`: the same quantity is stated with different values in one document.
struct RestatedCheck: Check {
    static let description = CheckDescription(
        id: "figures/restated",
        name: "Restated figure",
        summary: "The same quantity is stated with different values in one document",
        rationale: """
            A report states a figure in its summary and again in its body: "công khai 34 thủ tục \
            hành chính" … "đã công khai 34 thủ tục". When one of them is corrected and the other \
            is not, the document contradicts itself. The rule pairs counts stated the same \
            way — the same two words before the number and the same three words after it — in \
            different paragraphs, and reports a later one whose value differs from the first. It stays silent where the \
            same label may rightly carry different values: a sentence that names a year, a date, \
            a period or a comparison ("năm 2023", "tháng 6", "cùng kỳ", "kế hoạch", "lũy kế", \
            "in 2023", "target"), table cells, quoted text, and labels whose words are only \
            function words.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                "Điều 1. Kết quả\nSở đã công khai 34 thủ tục hành chính trên Cổng dịch vụ công.\nĐiều 2. Đánh giá\nViệc ↓công khai 35 thủ tục hành chính bảo đảm đúng quy định.",
                expecting: ["35.*34"]),
            Example(
                "Section 1 Summary\n1. The help desk received 120 complaints from residents.\nSection 2 Detail\n1. Overall the ↓desk received 112 complaints from residents, most by e-mail."
            ),
        ],
        nonTriggeringExamples: [
            Example(
                "Điều 1. Kết quả\nSở đã công khai 34 thủ tục hành chính trên Cổng dịch vụ công.\nĐiều 2. Đánh giá\nViệc công khai 34 thủ tục hành chính bảo đảm đúng quy định; công khai 35 thủ tục khác."
            ),
            // Different periods, targets and comparisons.
            Example(
                "Điều 1. Kết quả\nNăm 2022 tiếp nhận 100 hồ sơ.\nNăm 2023 tiếp nhận 120 hồ sơ, tăng so với cùng kỳ."),
            Example(
                "Điều 1. Kế hoạch\nPhấn đấu tiếp nhận 150 hồ sơ.\nĐiều 2. Kết quả\nThực tế tiếp nhận 120 hồ sơ, đạt 80% kế hoạch."
            ),
            // Look-alikes: articles, years, phone numbers are no counts; different nouns differ.
            Example(
                "Điều 1. Số liệu\nĐã tiếp nhận 12 hồ sơ và 15 đơn thư.\nĐiều 2. Khác\nĐã tiếp nhận 14 đơn khiếu nại theo Điều 5."
            ),
            // Parts of two different breakdowns share their words, not their quantity.
            Example(
                "Điều 1. Hồ sơ\n1. Tiếp nhận 100 hồ sơ, trong đó 60 hồ sơ trực tuyến.\n2. Giải quyết 90 hồ sơ, trong đó 55 hồ sơ trực tuyến."
            ),
            // Bounds and steps are no stated quantities.
            Example(
                "Điều 1. Xếp loại\nTừ 80 đến dưới 90 điểm xếp loại khá.\nĐiều 2. Khác\nTừ 70 đến dưới 80 điểm xếp loại trung bình."
            ),
        ],
        vietnamese: .init(
            name: "Số liệu nêu lại không khớp",
            summary: "Cùng một số liệu được nêu với giá trị khác nhau trong một văn bản",
            rationale: """
                Báo cáo thường nêu một số liệu ở phần tóm tắt rồi nhắc lại ở phần nội dung: "công khai 34 \
                thủ tục hành chính" … "đã công khai 34 thủ tục". Khi một chỗ được sửa mà chỗ kia thì không, \
                văn bản tự mâu thuẫn. Quy tắc ghép các số liệu được nêu theo cùng một cách — cùng hai từ đứng \
                trước con số và cùng ba từ đứng sau — ở các đoạn khác nhau, và báo số liệu nêu sau nếu giá trị \
                khác số liệu nêu trước. Quy tắc không báo ở những chỗ cùng một cách nói có thể mang giá trị \
                khác nhau một cách chính đáng: câu có nêu năm, ngày, kỳ hoặc có so sánh ("năm 2023", "tháng \
                6", "cùng kỳ", "kế hoạch", "lũy kế", "in 2023", "target"), ô bảng, đoạn trích dẫn, và những \
                cách nói chỉ gồm hư từ.
                """)
    )

    init(options: NoOptions) {}

    /// Words in a sentence that tie its figures to one period, plan or comparison.
    private static let periodWords = [
        "năm", "tháng", "quý", "tuần", "kỳ", "lũy kế", "luỹ kế", "kế hoạch", "chỉ tiêu", "phấn đấu", "so với",
        "tăng", "giảm", "dự kiến", "đợt", "year", "month", "quarter", "week", "target", "plan", "compared",
        "increase", "decrease", "previous", "last", "next", "estimate", "expected", "forecast",
    ]
    /// Words that make a figure a bound or a step, not a stated quantity.
    private static let boundWords: Set<String> = [
        "dưới", "trên", "từ", "đến", "tới", "tối", "đa", "thiểu", "quá", "hơn", "khoảng", "mỗi", "thứ", "lần",
        "than", "least", "most", "exceeds", "exceed", "exceeding", "up", "over", "under", "about", "each", "per",
        "every", "within", "after", "before", "of", "at", "on", "nhóm", "top", "first", "group",
    ]
    private static let functionWords: Set<String> = [
        "và", "của", "có", "là", "với", "cho", "trong", "các", "những", "được", "đã", "the", "of", "and", "a",
        "to", "in", "for", "with", "by", "on", "at", "đó", "này", "gồm", "bao", "số", "which", "whom", "including",
        "among", "them", "these", "those", "this", "that",
    ]

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        // Only languages whose function and period words the rule knows.
        guard context.language == .vi || context.language == .en else { return [] }
        let facts = context.facts(of: document)
        var first: [String: (figure: Figure, label: String)] = [:]
        var texts: [Int: FigureText] = [:]
        var found: [Diagnostic] = []
        let byParagraph = Dictionary(grouping: facts.figures, by: \.paragraph)
        for figure in facts.figures where figure.kind == .count && figure.unit != nil {
            let entry = facts.paragraphs[figure.paragraph]
            guard !entry.isInTable, !entry.isQuoted else { continue }
            let text = texts[figure.paragraph] ?? FigureText(entry.paragraph.text)
            texts[figure.paragraph] = text
            guard let (label, labelStart) = label(of: figure, in: text),
                !mentionsPeriod(figure, in: text, neighbours: byParagraph[figure.paragraph] ?? [])
            else { continue }
            // The same two words before and the same three words after: the same quantity.
            guard let after = wordsAfter(figure, in: text) else { continue }
            let key = label + " # " + after
            guard let earlier = first[key] else {
                first[key] = (figure, label)
                continue
            }
            guard earlier.figure.value != figure.value, earlier.figure.paragraph != figure.paragraph else { continue }
            let stated = "\(label) \(figure.text) \(figure.unit ?? "")"
            found.append(
                Diagnostic(
                    message: .restated(
                        stated, earlier: "\(earlier.label) \(earlier.figure.text) \(earlier.figure.unit ?? "")",
                        section: facts.paragraphs[earlier.figure.paragraph].paragraph.location.sectionPath),
                    location: entry.paragraph.location,
                    excerpt: text.slice(labelStart, figure.end + 1 + (figure.unit?.utf16.count ?? 0)),
                    range: text.range(labelStart, figure.end + 1 + (figure.unit?.utf16.count ?? 0))))
        }
        return found
    }

    /// The two words before the number, as printed, when they are words of one clause and not
    /// only function words.
    private func label(of figure: Figure, in text: FigureText) -> (key: String, start: Int)? {
        let windowStart = max(0, figure.offset - 40)
        let before = text.slice(windowStart, figure.offset)
        guard let last = before.last, last == " " else { return nil }
        let words = before.split(separator: " ", omittingEmptySubsequences: true).suffix(2)
        guard words.count == 2, words.allSatisfy({ $0.allSatisfy(\.isLetter) }), let first = words.first else {
            return nil
        }
        let lowered = words.map { $0.lowercased().precomposed }
        guard !lowered.allSatisfy(Self.functionWords.contains), !lowered.contains(where: Self.boundWords.contains)
        else { return nil }
        let start = windowStart + before[..<first.startIndex].utf16.count
        return (lowered.joined(separator: " "), start)
    }

    /// The three words after the number, lowercased, when they are all words and the last
    /// two not only function words ("thủ tục hành chính", "complaints from residents").
    private func wordsAfter(_ figure: Figure, in text: FigureText) -> String? {
        let after = text.words(figure.end, min(text.units.count, figure.end + 60))
        guard after.first == " " else { return nil }
        var words: [Substring] = []
        for piece in after.split(separator: " ", omittingEmptySubsequences: true) {
            // A word may end its clause ("residents,"), but the phrase stops there.
            let word = piece.prefix(while: \.isLetter)
            guard !word.isEmpty else { break }
            words.append(word)
            if words.count == 3 || word.count < piece.count { break }
        }
        guard words.count == 3, !words.dropFirst().allSatisfy({ Self.functionWords.contains(String($0)) }) else {
            return nil
        }
        return words.joined(separator: " ")
    }

    /// The figure's sentence names a year, a date, a period or a comparison.
    private func mentionsPeriod(_ figure: Figure, in text: FigureText, neighbours: [Figure]) -> Bool {
        let sentence = sentence(around: figure, in: text)
        // The neighbours are in text order: find the first in the sentence by bisection.
        var low = 0
        var high = neighbours.count
        while low < high {
            let middle = (low + high) / 2
            if neighbours[middle].offset < sentence.lowerBound { low = middle + 1 } else { high = middle }
        }
        for neighbour in neighbours[low...] {
            guard neighbour.offset < sentence.upperBound else { break }
            if neighbour.kind == .date || neighbour.kind == .duration { return true }
        }
        let lowered = text.words(sentence.lowerBound, sentence.upperBound)
        if lowered.split(whereSeparator: { !$0.isNumber }).contains(where: {
            $0.count == 4 && (1800...2199).contains(Int($0) ?? 0)
        }) {
            return true
        }
        // Words and pairs of words of the sentence, looked up once each.
        let words = lowered.split(whereSeparator: { !$0.isLetter }).map(String.init)
        var phrases = Set(words)
        for index in words.indices.dropLast() { phrases.insert(words[index] + " " + words[index + 1]) }
        return Self.periodWords.contains { phrases.contains($0) }
    }

    /// UTF-16 range of the sentence around the figure.
    private func sentence(around figure: Figure, in text: FigureText) -> Range<Int> {
        // At most 400 UTF-16 units either way, so long paragraphs stay linear.
        var start = figure.offset
        while start > 0, figure.offset - start < 400, !text.hasSentenceEnd(start - 1, start) { start -= 1 }
        var end = figure.end
        while end < text.units.count, end - figure.end < 400, !text.hasSentenceEnd(end, end + 1) { end += 1 }
        return start..<min(text.units.count, end + 1)
    }

}
extension Diagnostic.Message {
    fileprivate static func restated(_ stated: String, earlier: String, section: [String]) -> Self {
        let place = section.isEmpty ? "" : " (\(section.joined(separator: " › ")))"
        let placeVietnamese = section.isEmpty ? "" : " tại \(VietnameseWording.citation(section))"
        return Self(
            en:
                "\"\(stated.trimmingCharacters(in: .whitespaces))\" restates \"\(earlier.trimmingCharacters(in: .whitespaces))\"\(place) with a different value",
            vi: "Số liệu \(VietnameseWording.quoted(stated)) khác với số liệu đã nêu trước đó "
                + "\(VietnameseWording.quoted(earlier))\(placeVietnamese)")
    }
}
