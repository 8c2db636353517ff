import Foundation
import RegLintCore

/// `figures/date-order`: a period that ends before it starts, or an effective date before the
/// signing date.
struct DateOrderCheck: Check {
    static let description = CheckDescription(
        id: "figures/date-order",
        name: "Date order",
        summary: "A period ends before it starts, or the document takes effect before it is signed",
        rationale: """
            A period whose end precedes its start (`từ ngày 01/01/2023 đến ngày 15/9/2022`) is \
            usually a mistyped year, and a reader cannot tell which date is right. A period is two \
            full dates joined as `từ (ngày) A đến (hết) (ngày) B`, `from A to/until B`, `between A \
            and B`, or `A – B`; a date without its year (`từ ngày 15/9 đến ngày 30/10/2022`) is not \
            completed by guessing, so such a period is not checked. Each period is judged on its \
            own, so a document may amend dates or recount history freely. The second defect is a \
            document that says it takes effect before the date it was signed: the signing date is \
            the one in the document's header (`Hà Nội, ngày 15 tháng 9 năm 2022`, `Date: …`), the \
            effective date the one this document states for itself (`Quy chế này có hiệu lực \
            (thi hành) (kể) từ ngày X`, `This Policy comes into force on X`, `Effective date: X`). \
            `kể từ ngày ký` is not a date, and a statement about another instrument (without \
            `này` or `this`) is not this document's effective date.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            Example(
                "Điều 1. Thời gian thực hiện\nKế hoạch được thực hiện ↓từ ngày 01/01/2023 đến ngày 15/9/2022.",
                expecting: ["ends \\(15/9/2022\\) before it starts \\(01/01/2023\\)"]),
            Example(
                "1. Scope\nThe pilot runs ↓from 1 March 2024 to 28 February 2023.",
                expecting: ["ends \\(28 February 2023\\) before it starts \\(1 March 2024\\)"]),
            Example(
                """
                ỦY BAN NHÂN DÂN TỈNH AN HÀ
                Hà Nội, ngày 15 tháng 9 năm 2022
                QUY CHẾ
                Điều 1. Hiệu lực thi hành
                ↓Quy chế này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2021.
                """,
                expecting: [
                    "takes effect on ngày 01 tháng 9 năm 2021, before the date it was signed \\(ngày 15 tháng 9 năm 2022\\)"
                ]),
            Example(
                "Information Policy\nDate of issue: 14 February 2024\nEffective date: ↓1 February 2024\n1. Purpose\nText.",
                expecting: ["takes effect on 1 February 2024, before the date it was signed \\(14 February 2024\\)"]),
        ],
        nonTriggeringExamples: [
            Example("Điều 1. Thời gian\nThực hiện từ ngày 01/01/2021 đến ngày 15/9/2022."),
            // A year missing on one side is not guessed.
            Example("Điều 1. Thời gian\nTiếp nhận hồ sơ từ ngày 15/11 đến ngày 10/10/2022."),
            // Dates in a list, not a period; a history of amendments.
            Example(
                "1. History\nThe policy was adopted on 1 March 2024, amended on 5 May 2020 and reviewed between "
                    + "1 June 2020 and 30 June 2021."),
            // The effective date of another instrument, and "from signing".
            Example(
                """
                Hà Nội, ngày 15 tháng 9 năm 2022
                QUY CHẾ
                Điều 1. Hiệu lực
                1. Quy chế này có hiệu lực kể từ ngày ký.
                2. Quyết định số 12/QĐ-UBND có hiệu lực từ ngày 01/01/2020 nay hết hiệu lực.
                """),
            // The header's effective date after its date of issue.
            Example(
                "Information Policy\nDate of issue: 14 February 2024\nEffective date: 1 March 2024\n1. Purpose\nText."),
            // A date range with a dash, in order; a document number that looks like a date.
            Example("1. Term\nThe review covers 01/01/2023 – 31/12/2023 under Decision No. 04/2015/ND-CP."),
        ],
        vietnamese: .init(
            name: "Thứ tự ngày tháng",
            summary: "Khoảng thời gian kết thúc trước khi bắt đầu, hoặc văn bản có hiệu lực trước ngày ký ban hành",
            rationale: """
                Một khoảng thời gian có ngày kết thúc sớm hơn ngày bắt đầu (`từ ngày 01/01/2023 đến ngày \
                15/9/2022`) thường là do gõ nhầm năm, và người đọc không biết ngày nào mới đúng. Khoảng thời \
                gian là hai ngày tháng đầy đủ nối với nhau theo dạng `từ (ngày) A đến (hết) (ngày) B`, `from A \
                to/until B`, `between A and B` hoặc `A – B`; ngày tháng thiếu năm (`từ ngày 15/9 đến ngày \
                30/10/2022`) không được tự điền năm, nên khoảng thời gian đó không được kiểm tra. Mỗi khoảng \
                thời gian được xét riêng, vì vậy văn bản vẫn có thể sửa đổi ngày tháng hoặc nhắc lại mốc lịch \
                sử. Lỗi thứ hai là văn bản ghi có hiệu lực trước ngày ký ban hành: ngày ký là ngày ở phần đầu \
                văn bản (`Hà Nội, ngày 15 tháng 9 năm 2022`, `Date: …`), ngày có hiệu lực là ngày văn bản tự \
                quy định cho mình (`Quy chế này có hiệu lực (thi hành) (kể) từ ngày X`, `This Policy comes into \
                force on X`, `Effective date: X`). `kể từ ngày ký` không phải là một ngày cụ thể, và câu nói về \
                văn bản khác (không có `này` hoặc `this`) không phải là ngày có hiệu lực của văn bản này.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        let signed = document.metadata.dates.first { $0.kind == "issued" }?.day
        var diagnostics: [Diagnostic] = []
        var reportedEffective = false
        // By index: an entry is copied only once its text passed the byte scan.
        for index in facts.paragraphs.indices where !facts.paragraphs[index].isQuoted {
            // No date without the digits `DateParser.mayHoldDate` looks for (a byte scan).
            guard DateParser.mayHoldDate(facts.paragraphs[index].paragraph.text) else { continue }
            let entry = facts.paragraphs[index]
            let text = entry.paragraph.text.precomposed
            guard text.utf16.count <= 20_000 else { continue }
            let dates = Array(DateParser.dates(in: text).prefix(200))
            guard !dates.isEmpty else { continue }
            for period in Self.periods(in: text, dates: dates) where period.end.day < period.start.day {
                diagnostics.append(
                    Diagnostic(
                        message: .periodEndsFirst(
                            text[period.range], end: text[period.end.range], start: text[period.start.range]),
                        location: entry.paragraph.location, excerpt: String(text[period.range]),
                        range: TextRange(period.range, in: text).mapped(from: text, to: entry.paragraph.text)))
            }
            if let signed, !reportedEffective, let effective = Self.effectiveDate(in: text, dates: dates),
                effective.date.day < signed
            {
                reportedEffective = true
                let signedText = Self.signingText(document: document, facts: facts, day: signed)
                diagnostics.append(
                    Diagnostic(
                        message: .effectiveBeforeSigning(text[effective.date.range], signed: signedText),
                        location: entry.paragraph.location, excerpt: String(text[effective.statement]),
                        range: TextRange(effective.statement, in: text).mapped(from: text, to: entry.paragraph.text)))
            }
        }
        // "Effective date: …" and "Date of issue: …" in the header.
        if !reportedEffective, let signed,
            let effective = document.metadata.dates.first(where: { $0.kind == "effective" })?.day,
            effective < signed,
            let entry = facts.paragraphs.prefix(80).first(where: { entry in
                DateParser.dates(in: entry.paragraph.text).contains { $0.day == effective }
            })
        {
            let text = entry.paragraph.text.precomposed
            if let found = DateParser.dates(in: text).first(where: { $0.day == effective }) {
                let signedText = Self.signingText(document: document, facts: facts, day: signed)
                diagnostics.insert(
                    Diagnostic(
                        message: .effectiveBeforeSigning(text[found.range], signed: signedText),
                        location: entry.paragraph.location, excerpt: String(text[found.range]),
                        range: TextRange(found.range, in: text).mapped(from: text, to: entry.paragraph.text)),
                    at: 0)
            }
        }
        return diagnostics
    }

    struct Period {
        let start: DateParser.Found
        let end: DateParser.Found
        let range: Range<String.Index>
    }

    /// Words joining the two dates of a period, folded, with what must come before the first
    /// (lowercase, with diacritics: "Thông tư" does not end with "từ").
    private static let vietnameseLeads = ["từ", "từ ngày", "kể từ ngày", "kể từ", "tính từ ngày", "tính từ"]
    private static let connectors: [String: [String]] = [
        "den": vietnameseLeads, "den ngay": vietnameseLeads, "den het ngay": vietnameseLeads,
        "den het": vietnameseLeads, "toi ngay": vietnameseLeads,
        "to": ["from"], "until": ["from"], "till": ["from"], "through": ["from"], "to and including": ["from"],
        "and": ["between"],
        "-": [], "–": [], "—": [], "to the": ["from the"],
    ]

    /// Periods written with two full dates.
    static func periods(in text: String, dates: [DateParser.Found]) -> [Period] {
        var periods: [Period] = []
        for (start, end) in zip(dates, dates.dropFirst()) {
            let between = text[start.range.upperBound..<end.range.lowerBound]
            guard between.count <= 20 else { continue }
            let joint = String(between).trimmingCharacters(in: CharacterSet(charactersIn: " ,\u{00A0}"))
                .foldedForMatching
            guard let before = connectors[joint] else { continue }
            var first = start.range.lowerBound
            if !before.isEmpty {
                // The word before the first date: "từ ngày", "from", "between".
                let head = " " + String(text[..<start.range.lowerBound].suffix(20)).lowercased().collapsingWhitespace
                guard let lead = before.sorted(by: { $0.count > $1.count }).first(where: { head.hasSuffix(" " + $0) })
                else {
                    continue
                }
                first = startOfWords(text, before: start.range.lowerBound, count: lead.split(separator: " ").count)
            }
            periods.append(Period(start: start, end: end, range: first..<end.range.upperBound))
        }
        return periods
    }

    /// The index where the `count` words before `index` begin.
    private static func startOfWords(_ text: String, before index: String.Index, count: Int) -> String.Index {
        var position = index
        for _ in 0..<count {
            while position > text.startIndex, text[text.index(before: position)].isWhitespace {
                position = text.index(before: position)
            }
            while position > text.startIndex, !text[text.index(before: position)].isWhitespace {
                position = text.index(before: position)
            }
        }
        return position
    }

    /// The date this document says it takes effect on, and the statement's words.
    static func effectiveDate(in text: String, dates: [DateParser.Found]) -> (
        date: DateParser.Found, statement: Range<String.Index>
    )? {
        let triggers = [
            "có hiệu lực thi hành kể từ", "có hiệu lực thi hành từ", "có hiệu lực kể từ", "có hiệu lực từ",
            "có hiệu lực thi hành", "có hiệu lực", "comes into force on", "come into force on",
            "comes into operation on", "takes effect on", "take effect on", "is effective from", "is effective on",
            "is effective as of", "becomes effective on", "shall come into force on", "shall take effect on",
            "shall come into operation on", "is effective",
        ]
        for trigger in triggers {
            guard let found = text.range(of: trigger, options: [.caseInsensitive]) else { continue }
            let lower = found.lowerBound
            let upper = found.upperBound
            let offset = text.distance(from: text.startIndex, to: lower)
            // This document: "… này có hiệu lực", "This Policy comes into force".
            let subject = text[text.index(lower, offsetBy: -min(40, offset))..<lower].lowercased()
            guard subject.contains(" này") || subject.contains("this ") else { return nil }
            guard
                let date = dates.first(where: { $0.range.lowerBound >= upper }),
                text[upper..<date.range.lowerBound].count <= 14,
                text[upper..<date.range.lowerBound].allSatisfy({ $0.isLetter || $0.isWhitespace })
            else { return nil }
            let gap = String(text[upper..<date.range.lowerBound]).foldedForMatching
            guard ["", "ngay", "tu ngay", "ke tu ngay", "tu", "on", "from"].contains(gap) else { return nil }
            let statementStart = startOfSubject(text, before: lower)
            return (date, statementStart..<date.range.upperBound)
        }
        return nil
    }

    /// The start of the sentence or clause naming the subject: after the last `.`, `;` or `:`.
    private static func startOfSubject(_ text: String, before index: String.Index) -> String.Index {
        var position = index
        var steps = 0
        while position > text.startIndex, steps < 80 {
            let previous = text.index(before: position)
            if ".;:".contains(text[previous]) { break }
            position = previous
            steps += 1
        }
        while position < index, text[position].isWhitespace { position = text.index(after: position) }
        return position
    }

    /// The signing date as the header prints it, or the date in ISO form.
    private static func signingText(document: Document, facts: DocumentFacts, day: Day) -> String {
        for entry in facts.paragraphs.prefix(60) {
            if let found = DateParser.dates(in: entry.paragraph.text).first(where: { $0.day == day }) {
                return String(entry.paragraph.text[found.range])
            }
        }
        return day.description
    }
}

extension Diagnostic.Message {
    fileprivate static func periodEndsFirst(_ period: Substring, end: Substring, start: Substring) -> Self {
        Self(
            en: "The period “\(period)” ends (\(end)) before it starts (\(start))",
            vi: "Khoảng thời gian \(VietnameseWording.quoted(period)) có thời điểm kết thúc "
                + "(\(VietnameseWording.quoted(end))) sớm hơn thời điểm bắt đầu (\(VietnameseWording.quoted(start)))")
    }

    fileprivate static func effectiveBeforeSigning(_ effective: Substring, signed: String) -> Self {
        Self(
            en: "The document takes effect on \(effective), before the date it was signed (\(signed))",
            vi: "Văn bản có hiệu lực từ \(VietnameseWording.quoted(effective)), sớm hơn ngày ký ban hành "
                + "(\(VietnameseWording.quoted(signed)))")
    }
}
