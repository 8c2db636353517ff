import Foundation
import RegLintCore

/// `figures/structure-count`: the document states its own size and its tree says otherwise.
struct StructureCountCheck: Check {
    static let description = CheckDescription(
        id: "figures/structure-count",
        name: "Structure count",
        summary: "The document states how many chapters, articles or parts it has, and it has a different number",
        rationale: """
            Charters and regulations often close with their own size (`Điều lệ này gồm 08 Chương, \
            27 Điều`); when an article is deleted or merged in a late revision the count is not \
            updated, or the numbering skips an article and the count gives it away. A count is \
            compared only when it is about this document: its subject says so (`Quy chế này`, \
            `Điều lệ này`, `This Act`, `this Policy`; not `Chương này` or `This Part`), or it stands in the document's own article \
            on entry into force (`Hiệu lực thi hành`, `Commencement`) and names a document type. \
            A decision that approves a charter (`Phê duyệt Điều lệ … gồm 8 chương, 28 điều`) \
            describes another instrument and is not compared. When one file holds two instruments \
            (a decision and the charter it approves, each numbered from Điều 1), the count is \
            compared with the instrument it stands in. Chapters (Chương), articles (Điều) and parts \
            (Phần, Parts) are counted in the document's tree, never in quoted text.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                """
                Chương I
                Điều 1. Phạm vi
                Điều 2. Đối tượng
                Chương II
                Điều 3. Trách nhiệm
                Điều 4. Hiệu lực thi hành
                Quy chế này gồm 02 chương, ↓05 điều.
                """,
                expecting: ["states 05 articles \\(Điều\\) but has 4: Điều 1–4"]),
            Example(
                """
                Chương I
                Điều 1. Tên gọi
                Điều 2. Tôn chỉ
                Điều 4. Trụ sở
                Chương II
                Điều 5. Hiệu lực thi hành
                1. Điều lệ Hội Khuyến học gồm 02 Chương, ↓5 Điều đã được Đại hội thông qua.
                """,
                expecting: ["states 5 articles \\(Điều\\) but has 4: Điều 1–2, 4–5"]),
            Example(
                """
                Part 1 General
                Section 1 Title
                This Act has ↓3 Parts.
                Part 2 Duties
                Section 2 Officers
                """,
                expecting: ["states 3 parts.* but has 2"]),
        ],
        nonTriggeringExamples: [
            Example(
                """
                Chương I
                Điều 1. Phạm vi
                Chương II
                Điều 2. Hiệu lực thi hành
                Quy chế này gồm 2 chương, 2 điều, có hiệu lực kể từ ngày ký.
                """),
            // A decision approving a charter describes the charter, not itself.
            Example(
                """
                Điều 1. Phê duyệt Điều lệ Hội Khuyến học gồm 08 Chương, 28 Điều.
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                """),
            // The charter attached to the decision: counted on its own.
            Example(
                """
                Điều 1. Phê duyệt Điều lệ kèm theo Quyết định này.
                Điều 2. Hiệu lực
                Quyết định này có hiệu lực kể từ ngày ký.
                Chương I
                Điều 1. Tên gọi
                Chương II
                Điều 2. Hiệu lực thi hành
                Điều lệ Hội gồm 02 Chương, 02 Điều.
                """),
            // A chapter's own size, clauses, and numbers that only look like counts.
            Example(
                """
                Chương I
                Điều 1. Phạm vi
                Chương II gồm 5 điều quy định về trách nhiệm. Chương này gồm 3 điều.
                Điều 2. Hiệu lực thi hành
                Điều 2 gồm 3 khoản. Quy chế này thay thế Quy chế số 04/2015/QC-UBND gồm 12 điều.
                """),
            // A part or chapter stating its own size.
            Example(
                """
                Part 1 General
                This Part has 2 Chapters.
                Chapter 1 Title
                Article 1 Title
                Part 2 Duties
                Chapter 2 Officers
                Article 2 Officers
                Chapter 3 Board
                Article 3 Board
                """),
            // Counts of something else, and of another instrument.
            Example(
                """
                Điều 1. Hồ sơ
                Hồ sơ gồm 03 bộ, mỗi bộ có 2 bản.
                Điều 2. Căn cứ
                Luật Thanh niên gồm 7 chương, 62 điều.
                """),
        ],
        vietnamese: .init(
            name: "Số chương, điều",
            summary: "Văn bản tự ghi có bao nhiêu chương, điều hoặc phần, nhưng thực tế có số lượng khác",
            rationale: """
                Điều lệ và quy chế thường kết thúc bằng câu nêu quy mô của chính văn bản (`Điều lệ này gồm 08 \
                Chương, 27 Điều`); khi một điều bị xóa hoặc gộp ở lần sửa cuối, con số này không được cập \
                nhật, hoặc việc đánh số bỏ sót một điều và con số để lộ ra điều đó. Con số chỉ được so khi nói \
                về chính văn bản này: chủ ngữ nói rõ như vậy (`Quy chế này`, `Điều lệ này`, `This Act`, `this \
                Policy`; không phải `Chương này` hay `This Part`), hoặc câu nằm trong điều quy định về hiệu lực \
                của chính văn bản (`Hiệu lực thi hành`, `Commencement`) và có nêu tên loại văn bản. Quyết định \
                phê duyệt một điều lệ (`Phê duyệt Điều lệ … gồm 8 chương, 28 điều`) nói về văn bản khác nên \
                không được so. Khi một tệp chứa hai văn bản (một quyết định và điều lệ kèm theo, mỗi văn bản \
                đánh số từ Điều 1), con số được so với văn bản chứa nó. Chương, điều và phần (Phần, Parts) được \
                đếm trên cây cấu trúc của văn bản, không bao giờ đếm trong đoạn trích dẫn.
                """)
    )

    init(options: NoOptions) {}

    enum Unit: String {
        case part, chapter, article

        var kind: SectionKind {
            switch self {
            case .part: .part
            case .chapter: .chapter
            case .article: .article
            }
        }
    }

    private static let units: [String: Unit] = [
        "chuong": .chapter, "dieu": .article, "phan": .part, "part": .part, "parts": .part, "chapter": .chapter,
        "chapters": .chapter, "article": .article, "articles": .article,
    ]
    private static let verbs = ["gồm có", "bao gồm", "gồm", "has", "have", "consists of", "comprises", "contains"]
    private static let documentTypes = [
        "điều lệ", "quy chế", "quy định", "nội quy", "luật", "bộ luật", "nghị định", "thông tư", "quyết định",
        "hướng dẫn", "act", "policy", "regulation", "regulations", "code", "charter", "constitution", "order",
        "rules", "statute", "bylaws", "by-laws",
    ]
    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    ]

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        let segments = Self.instruments(facts)
        var diagnostics: [Diagnostic] = []
        // By index: an entry is copied only once its text passed the byte scan.
        for index in facts.paragraphs.indices
        where !facts.paragraphs[index].isQuoted && !facts.paragraphs[index].isInTable {
            guard Self.mayStateCount(facts.paragraphs[index].paragraph.text) else { continue }
            let entry = facts.paragraphs[index]
            let text = entry.paragraph.text.precomposed
            guard text.count <= 2_000, text.contains(where: \.isNumber) || text.lowercased().contains(" has ") else {
                continue
            }
            guard let statement = Self.statement(in: text) else { continue }
            let inEffectArticle = entry.section.map { Self.isEffectArticle($0, facts: facts) } ?? false
            guard statement.isThisDocument || (statement.namesDocumentType && inEffectArticle) else { continue }
            let segment = entry.section.map { segments[$0] } ?? 0
            for count in statement.counts {
                let sections = facts.sections.indices.filter {
                    segments[$0] == segment && !facts.sections[$0].isQuoted
                        && facts.sections[$0].section.kind == count.unit.kind
                }
                let numbers = sections.compactMap { facts.sections[$0].numberValue }
                guard !numbers.isEmpty || count.unit != .article, numbers.count != count.value else { continue }
                // A count of articles with no article in the tree is a tree the reader did not see.
                guard !numbers.isEmpty else { continue }
                let keyword = facts.sections[sections[0]].section.number.map(Self.keyword(of:)) ?? ""
                diagnostics.append(
                    Diagnostic(
                        message: .statedCount(
                            count, keyword: keyword, actual: numbers.count, Self.summary(numbers, keyword: keyword)),
                        location: entry.paragraph.location, excerpt: String(text[count.range]),
                        range: TextRange(count.range, in: text).mapped(from: text, to: entry.paragraph.text)))
            }
        }
        return diagnostics
    }

    struct Count {
        let value: Int
        let printed: String
        let unit: Unit
        let range: Range<String.Index>
    }

    struct Statement {
        var counts: [Count]
        var isThisDocument: Bool
        var namesDocumentType: Bool
    }

    /// Whether a paragraph may hold a statement at all, by a byte search of its folded text for
    /// the verbs (folded: `gồm` → `gom`; what `statement(in:)` finds, this finds too: the long s
    /// and the `st` ligatures, which a case-insensitive search reads as `s` and `st`, let the
    /// paragraph through as well).
    private static func mayStateCount(_ text: String) -> Bool {
        let folded = text.foldedForMatching
        return ["gom", "has", "have", "consists of", "comprises", "contains", "\u{017F}", "\u{FB05}", "\u{FB06}"]
            .contains { folded.containsBytes(of: $0) }
    }

    /// `Quy chế này gồm 3 chương, 15 điều`, `This Act has 5 Parts`: the counts and what the
    /// subject says.
    private static func statement(in text: String) -> Statement? {
        for verb in verbs {
            var searchStart = text.startIndex
            while let found = text.range(of: verb, options: [.caseInsensitive], range: searchStart..<text.endIndex) {
                searchStart = found.upperBound
                guard isWordBoundary(text, found) else { continue }
                let counts = self.counts(in: text, from: found.upperBound)
                guard !counts.isEmpty else { continue }
                // The subject: the words before the verb, back to the start of the sentence.
                var subjectStart = found.lowerBound
                var steps = 0
                while subjectStart > text.startIndex, steps < 140 {
                    let previous = text.index(before: subjectStart)
                    if ".;:".contains(text[previous]), previous > text.startIndex,
                        !text[text.index(before: previous)].isNumber
                    {
                        break
                    }
                    subjectStart = previous
                    steps += 1
                }
                let subject = String(text[subjectStart..<found.lowerBound]).lowercased()
                    .trimmingCharacters(in: CharacterSet(charactersIn: "0123456789.)\t ")).trimmingWhitespace
                    .trimmingCharacters(in: CharacterSet(charactersIn: ","))
                // "Quy chế này gồm", "This Act has": the subject is this document itself.
                let isThis =
                    documentTypes.contains { type in
                        subject == type + " này" || subject.hasSuffix(" " + type + " này") || subject == "this " + type
                    }
                // "Điều lệ Hội … gồm": a document named by its type, not by a number.
                let namesType =
                    documentTypes.contains { subject.hasPrefix($0 + " ") || subject == $0 }
                    && !subject.contains("/") && !subject.contains(" số ") && !subject.contains(" no.")
                guard isThis || namesType else { return nil }
                // "Phê duyệt Điều lệ … gồm": the subject is approved, not this document.
                if subject.hasPrefix("phê duyệt") || subject.hasPrefix("ban hành") { return nil }
                return Statement(counts: counts, isThisDocument: isThis, namesDocumentType: namesType)
            }
        }
        return nil
    }

    private static func isWordBoundary(_ text: String, _ range: Range<String.Index>) -> Bool {
        let before = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
        let after = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
        return before && after
    }

    /// `08 Chương, 27 Điều`, `3 chương và 15 điều`, `five Parts` right after the verb.
    private static func counts(in text: String, from start: String.Index) -> [Count] {
        var counts: [Count] = []
        var index = start
        while counts.count < 4 {
            // Skip joiners: spaces, commas, "và", "and", ":".
            var probe = index
            while probe < text.endIndex, text[probe].isWhitespace || text[probe] == "," || text[probe] == ":" {
                probe = text.index(after: probe)
            }
            let rest = text[probe...]
            for joiner in ["và ", "and "] where rest.lowercased().hasPrefix(joiner) && !counts.isEmpty {
                probe = text.index(probe, offsetBy: joiner.count)
            }
            let numberEnd = text[probe...].firstIndex { !$0.isLetter && !$0.isNumber } ?? text.endIndex
            let word = String(text[probe..<numberEnd])
            guard let value = Int(word) ?? numberWords[word.lowercased()], value > 0, value < 1_000 else { break }
            var unitStart = numberEnd
            while unitStart < text.endIndex, text[unitStart].isWhitespace { unitStart = text.index(after: unitStart) }
            let unitEnd = text[unitStart...].firstIndex { !$0.isLetter } ?? text.endIndex
            guard unitStart < unitEnd, let unit = units[String(text[unitStart..<unitEnd]).foldedForMatching] else {
                break
            }
            // "3 điều khoản", "5 phần trăm": not a count of provisions.
            let after = text[unitEnd...].prefix(8).lowercased().trimmingWhitespace
            if ["khoản", "kiện", "trăm", "tử", "chỉnh"].contains(where: { after.hasPrefix($0) }) { break }
            counts.append(Count(value: value, printed: word, unit: unit, range: probe..<unitEnd))
            index = unitEnd
        }
        return counts
    }

    /// The section, or an ancestor, is an article on entry into force.
    private static func isEffectArticle(_ index: Int, facts: DocumentFacts) -> Bool {
        var current: Int? = index
        while let position = current {
            let section = facts.sections[position].section
            if section.kind == .article || section.kind == .part || section.kind == .chapter {
                let heading = (section.heading ?? "").foldedForMatching
                return ["hieu luc", "thi hanh", "commencement", "entry into force", "final provision", "effective"]
                    .contains { heading.contains($0) }
            }
            current = facts.sections[position].parent
        }
        return false
    }

    /// Which instrument each section belongs to: a file may hold a decision and the charter it
    /// approves, each with chapters and articles numbered from the start.
    private static func instruments(_ facts: DocumentFacts) -> [Int] {
        var result: [Int] = []
        var segment = 0
        var hasArticle = false
        var hasChapter = false
        var pendingChapterStart = false
        for entry in facts.sections {
            let value = entry.isQuoted ? nil : entry.numberValue
            switch entry.section.kind {
            case .chapter where !entry.isQuoted:
                if (value == "I" || value == "1") && (hasArticle || hasChapter) {
                    segment += 1
                    hasArticle = false
                    pendingChapterStart = true
                }
                hasChapter = true
            case .article where !entry.isQuoted:
                if value == "1", hasArticle, !pendingChapterStart {
                    segment += 1
                    hasChapter = false
                }
                hasArticle = true
                pendingChapterStart = false
            default:
                break
            }
            result.append(segment)
        }
        return result
    }

    private static func keyword(of label: String) -> String {
        let word = label.prefix { $0.isLetter }
        return word.isEmpty ? "" : word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// `Điều 1–10, 12–27`, or the numbers as printed when they are not all integers.
    private static func summary(_ numbers: [String], keyword: String) -> String {
        let prefix = keyword.isEmpty ? "" : keyword + " "
        let integers = numbers.compactMap { Int($0) }
        guard integers.count == numbers.count else {
            return prefix + (numbers.count <= 15 ? numbers : Array(numbers.prefix(14)) + ["…"]).joined(separator: ", ")
        }
        var ranges: [String] = []
        var start = integers[0]
        var previous = integers[0]
        for number in integers.dropFirst() + [Int.min] {
            if previous < Int.max, number == previous + 1 {
                previous = number
                continue
            }
            ranges.append(start == previous ? "\(start)" : "\(start)–\(previous)")
            start = number
            previous = number
        }
        return prefix + ranges.joined(separator: ", ")
    }
}

extension Diagnostic.Message {
    /// "The document states 12 articles (Điều) but has 11: Điều 1–11".
    fileprivate static func statedCount(
        _ count: StructureCountCheck.Count, keyword: String, actual: Int, _ summary: String
    ) -> Self {
        let unit =
            switch count.unit {
            case .part: "phần"
            case .chapter: "chương"
            case .article: "điều"
            }
        return Self(
            en: "The document states \(count.printed) \(count.unit.rawValue)s"
                + (keyword.isEmpty ? "" : " (\(keyword))")
                + " but has \(actual): \(summary)",
            vi: "Văn bản tự ghi có \(VietnameseWording.quoted(count.printed)) \(unit) nhưng thực tế có \(actual) "
                + "\(unit): \(summary)")
    }
}
