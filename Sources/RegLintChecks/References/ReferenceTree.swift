import RegLintCore

/// The document's parts indexed for resolving internal references. Quoted text of another
/// instrument (``SectionKind/quotation``) is no part of the document and never a target.
struct ReferenceTree {
    let facts: DocumentFacts
    private let articles: [Int]
    private let chapters: [Int]
    private let annexes: [Int]
    var sectionOfLocation: [SourceLocation: Int] = [:]
    // Computed once, so that a reference costs no pass over the document's sections (a
    // document of 5,000 articles and as many references stays linear): each section's
    // `numberValue`, its normalized form and that of its last dotted part, the non-quoted
    // children of each section, the clauses, and the first article, chapter and annex of each
    // normalized number.
    var numbers: [String] = []
    var normalizedNumbers: [String] = []
    var normalizedLastParts: [String?] = []
    var children: [Int: [Int]] = [:]
    private var clauses: [Int] = []
    private var firstByNumber: [Level: [String: Int]] = [:]
    private var isAllNumbered: [Level: Bool] = [:]
    /// Whether some article-level part has a number in digits or Roman numerals (see
    /// ``couldNumberAnArticle(_:)``), and whether every one is numbered part.section.
    private var articleNumbersAreNumeric = false
    private var articleNumbersAreAllDotted = false

    /// The parts a reference names at the top: articles (or sections), chapters, annexes.
    enum Level: CaseIterable {
        case article, chapter, annex
    }

    private func indexes(_ level: Level) -> [Int] {
        switch level {
        case .article: articles
        case .chapter: chapters
        case .annex: annexes
        }
    }

    init(_ facts: DocumentFacts) {
        self.facts = facts
        // Indices, not entries: a copy of every entry would cost a large act tens of megabytes.
        let entries = facts.sections.indices.filter { !facts.sections[$0].isQuoted }
        var articles = entries.filter { Self.isArticleLike(facts.sections[$0].section) }
        if articles.isEmpty {
            // "1.0 Introduction", "2.0 Services": top-level parts numbered N.0 are the document's
            // sections ("Section 2" is "2.0").
            let topLevel = entries.filter {
                facts.sections[$0].parent == nil && facts.sections[$0].section.kind == .clause
            }
            if !topLevel.isEmpty, topLevel.allSatisfy({ Self.isDotZero(facts.sections[$0].numberValue) }) {
                articles = topLevel
            }
        }
        self.articles = articles
        chapters = entries.filter { facts.sections[$0].section.kind == .chapter }
        annexes = entries.filter { facts.sections[$0].section.kind == .annex }
        for entry in facts.paragraphs {
            if let section = entry.section { sectionOfLocation[entry.paragraph.location] = section }
        }
        numbers = facts.sections.map { $0.numberValue ?? "" }
        normalizedNumbers = numbers.map(Self.normalized)
        normalizedLastParts = numbers.map { number in
            guard number.utf8.contains(0x2E) else { return nil }  // "."
            return Self.normalized(number.split(separator: ".").last.map(String.init) ?? number)
        }
        for index in entries {
            if let parent = facts.sections[index].parent { children[parent, default: []].append(index) }
            if facts.sections[index].section.kind == .clause { clauses.append(index) }
        }
        for level in Level.allCases {
            let list = indexes(level)
            var first: [String: Int] = [:]
            for index in list {
                if first[normalizedNumbers[index]] == nil { first[normalizedNumbers[index]] = index }
                if let last = normalizedLastParts[index], first[last] == nil { first[last] = index }
            }
            firstByNumber[level] = first
            isAllNumbered[level] = list.allSatisfy { !numbers[$0].isEmpty }
        }
        let articleNumbers = articles.compactMap { facts.sections[$0].numberValue }
        articleNumbersAreNumeric = articleNumbers.contains {
            $0.first?.isNumber == true || $0.allSatisfy("IVXLCivxlc".contains)
        }
        articleNumbersAreAllDotted = articleNumbers.allSatisfy { $0.utf8.contains(0x2E) && !Self.isDotZero($0) }
    }

    /// `2.0`, `12.0`.
    private static func isDotZero(_ number: String?) -> Bool {
        guard let number, number.hasSuffix(".0") else { return false }
        return Int(number.dropLast(2)) != nil
    }

    /// Words this document numbers its article-level parts with that the extractor does not
    /// know already (`Rule` for "Rule 1", "Rule 2", …).
    var ownNumberingWords: Set<String> {
        let known: Set<String> = ["điều", "article", "section", "sec", "chương", "chapter", "mục", "part", "phần"]
        var words: Set<String> = []
        for index in articles {
            guard let number = facts.sections[index].section.number,
                let word = number.split(separator: " ").first.map(String.init),
                word.allSatisfy(\.isLetter), word.first?.isUppercase == true, !known.contains(word.lowercased())
            else { continue }
            words.insert(word)
        }
        return words
    }

    /// Articles, and sections that stand at article level (Akoma Ntoso and English policies);
    /// a Vietnamese `Mục` is not one.
    private static func isArticleLike(_ section: Section) -> Bool {
        if section.kind == .article { return true }
        guard section.kind == .section, let number = section.number else { return false }
        return !number.lowercased().hasPrefix("mục")
    }

    /// Whether `value` could be the number of one of this document's article-level parts, so a
    /// reference to it can be judged. Parts numbered by labels (OSCAL controls `AC-1`) are never
    /// what "Section 4" means; where every part is numbered part.section (a CFR volume's `§
    /// 478.11`), "section 925" is a statute's section, not one of them.
    private func couldNumberAnArticle(_ value: String) -> Bool {
        articleNumbersAreNumeric && (!articleNumbersAreAllDotted || value.contains("."))
    }

    /// Whether every part in `indexes` has a number; unnumbered parts cannot be told apart.
    private func allNumbered(_ indexes: [Int]) -> Bool {
        indexes.allSatisfy { !numbers[$0].isEmpty }
    }

    private func allNumbered(_ level: Level) -> Bool {
        isAllNumbered[level] ?? false
    }

    /// What is wrong with the reference, or nil when it resolves (or cannot be judged).
    func problem(with citation: Citation) -> Diagnostic.Message? {
        if citation.steps.contains(where: \.isAtAnyDepth) { return subdivisionProblem(with: citation) }
        var steps = citation.steps[...]
        var current: Int?
        if citation.isRelative {
            guard let section = sectionOfLocation[citation.location], let article = enclosingArticle(of: section)
            else { return nil }
            current = article
        }
        while let step = steps.popFirst() {
            switch step.kind {
            case .article, .section:
                guard !articles.isEmpty, allNumbered(.article), couldNumberAnArticle(step.value) else { return nil }
                if let dotted = dottedClause(step.value) {  // "Section 4.2"
                    steps.insert(Citation.Step(kind: .clause, value: dotted.clause), at: steps.startIndex)
                    current = find(dotted.article, at: .article)
                    if current == nil { return missingArticle(dotted.article, word: "section") }
                    continue
                }
                guard let found = find(step.value, at: .article) else {
                    if isBeforeExcerpt(step.value, articles) { return nil }
                    let first = citation.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
                    let word =
                        step.kind == .section
                        ? "section" : ["điều", "khoản", "điểm", "article"].contains(first) ? "article" : first
                    return missingArticle(step.value, word: word)
                }
                current = found
            case .chapter:
                guard !chapters.isEmpty, allNumbered(.chapter) else { return nil }
                guard let found = find(step.value, at: .chapter) else {
                    if isBeforeExcerpt(step.value, chapters) { return nil }
                    return Diagnostic.Message(
                        en: "the document has no chapter \(step.value) (\(range(of: chapters)))",
                        vi:
                            "văn bản không có Chương \(step.value) (chỉ có \(vietnameseRange(of: chapters, word: "Chương")))"
                    )
                }
                current = found
            case .annex:
                guard !annexes.isEmpty, allNumbered(.annex) else { return nil }
                guard let found = find(step.value, at: .annex) else {
                    return Diagnostic.Message(
                        en: "the document has no annex \(step.value) (\(range(of: annexes)))",
                        vi:
                            "văn bản không có Phụ lục \(step.value) (chỉ có \(vietnameseRange(of: annexes, word: "Phụ lục")))"
                    )
                }
                current = found
            case .clause, .point:
                let kind = step.kind
                guard let parent = current else {
                    // "clause 4.2" alone: any clause numbered so, or article 4 › clause 2.
                    if let dotted = dottedClause(step.value) {
                        steps.insert(Citation.Step(kind: .clause, value: dotted.clause), at: steps.startIndex)
                        guard !articles.isEmpty else { return nil }
                        current = find(dotted.article, at: .article)
                        if current == nil, find(step.value, among: clauses) == nil {
                            return missingArticle(dotted.article, word: "section")
                        }
                        if current == nil { return nil }
                        continue
                    }
                    return nil
                }
                var children = childIndexes(of: parent, kind: kind)
                if children.isEmpty, kind == .clause {
                    // "section 2(4)": where the first subdivisions are points (lists), use them.
                    children = childIndexes(of: parent, kind: .point)
                }
                guard allNumbered(children) else { return nil }
                guard let found = find(step.value, among: children) else {
                    let name = label(of: parent)
                    let word = kind == .clause ? "khoản" : "điểm"
                    if children.isEmpty {
                        return Diagnostic.Message(
                            en: "\(name) has no \(kind == .clause ? "clauses" : "points")",
                            vi: "\(vietnameseName(name)) không có \(word) nào")
                    }
                    let noun = kind == .clause ? "clause" : "point"
                    return Diagnostic.Message(
                        en:
                            "\(name) has \(children.count) \(noun)\(children.count == 1 ? "" : "s") (\(range(of: children)))",
                        vi: "\(vietnameseName(name)) chỉ có \(children.count) \(word) "
                            + "(\(vietnameseRange(of: children, word: word)))")
                }
                current = found
            default:
                return nil
            }
        }
        return nil
    }

    /// An excerpt of a longer instrument (chapter 3 of a title, sections 301 to 307) cannot
    /// judge references to parts before its first one.
    private func isBeforeExcerpt(_ value: String, _ indexes: [Int]) -> Bool {
        guard let first = indexes.first, let wanted = Int(Self.normalized(value)),
            let start = Int(Self.normalized(facts.sections[first].section.numberValue ?? ""))
        else { return false }
        return start > 1 && wanted < start
    }

    private func missingArticle(_ value: String, word: String) -> Diagnostic.Message {
        let vietnamese = ["article": "Điều", "section": "Mục"][word]
        let missing = vietnamese.map { "\($0) \(value)" } ?? VietnameseWording.quoted("\(word) \(value)")
        return Diagnostic.Message(
            en: "the document has no \(word) \(value) (\(range(of: articles)))",
            vi: "văn bản không có \(missing) (chỉ có \(vietnameseRange(of: articles, word: vietnamese ?? word)))")
    }

    /// `Điều 1`, `từ Điều 1 đến Điều 12`: the range in Vietnamese, each label with `word`.
    private func vietnameseRange(of indexes: [Int], word: String) -> String {
        guard let first = indexes.first, let last = indexes.last else { return "không có \(word) nào" }
        let firstLabel = "\(word) \(facts.sections[first].section.numberValue ?? "?")"
        let lastLabel = "\(word) \(facts.sections[last].section.numberValue ?? "?")"
        return first == last ? firstLabel : "từ \(firstLabel) đến \(lastLabel)"
    }

    /// A part's label as a Vietnamese sentence names it: `Điều 10`, `khoản 2`, `điểm a`, or
    /// quoted as printed.
    func vietnameseName(_ label: String) -> String {
        if label.hasPrefix("Khoản ") || label.hasPrefix("Điểm ") {
            return label.prefix(1).lowercased() + label.dropFirst()
        }
        if ["Điều ", "Chương ", "Mục ", "Phần ", "Phụ lục "].contains(where: label.hasPrefix) { return label }
        return VietnameseWording.quoted(label)
    }

    private func dottedClause(_ value: String) -> (article: String, clause: String)? {
        let parts = value.split(separator: ".")
        guard parts.count == 2, parts[1] != "0" else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    func enclosingArticle(of index: Int) -> Int? {
        var cursor: Int? = index
        while let current = cursor {
            if Self.isArticleLike(facts.sections[current].section) { return current }
            cursor = facts.sections[current].parent
        }
        return nil
    }

    /// Direct sub-parts of `parent` of `kind` (clauses of an article, points of a clause).
    private func childIndexes(of parent: Int, kind: SectionKind) -> [Int] {
        (children[parent] ?? []).filter { facts.sections[$0].section.kind == kind }
    }

    /// The part numbered `value`; a clause numbered `4.2` also answers to `2` inside section 4.
    private func find(_ value: String, among indexes: [Int]) -> Int? {
        let wanted = Self.normalized(value)
        return indexes.first { index in normalizedNumbers[index] == wanted || normalizedLastParts[index] == wanted }
    }

    /// ``find(_:among:)`` among the articles, chapters or annexes, by one dictionary lookup.
    func find(_ value: String, at level: Level) -> Int? {
        firstByNumber[level]?[Self.normalized(value)]
    }

    func label(of index: Int) -> String {
        facts.sections[index].section.location.sectionPath.last ?? "that part"
    }

    /// `from Điều 1 to Điều 12`, from the first and last labels.
    private func range(of indexes: [Int]) -> String {
        guard let first = indexes.first, let last = indexes.last else { return "none" }
        let firstLabel = facts.sections[first].section.numberValue ?? "?"
        let lastLabel = facts.sections[last].section.numberValue ?? "?"
        return first == last ? "only \(firstLabel)" : "\(firstLabel) to \(lastLabel)"
    }

    /// `05` → `5`, `II` → `2`, `(a)` → `a`, `2.0` → `2`, `4.2` kept.
    static func normalized(_ value: String) -> String {
        var text = SectionNumber.value(of: value).lowercased()
        if isDotZero(text) { text.removeLast(2) }
        if let number = Int(text) { return String(number) }
        if text.count > 1 || ["i", "v", "x"].contains(text), let roman = SectionNumber.romanValue(text) {
            return String(roman)
        }
        return text
    }
}
