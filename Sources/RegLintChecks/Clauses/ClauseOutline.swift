import RegLintCore

/// A document flattened for clause matching: section headings and paragraphs (table cells
/// included) in document order, as folded words, with each section's range.
struct ClauseOutline {
    /// A heading or paragraph.
    struct Unit {
        var isHeading: Bool
        var text: String
        var words: [String]
        var punctuated: [Bool]
        var location: SourceLocation
        /// The section (index into `sections`) the unit is the heading of, or is inside.
        var section: Int
    }

    /// A section and the range of units it spans (its heading, blocks and descendants).
    struct SectionSpan {
        var section: Section
        var units: Range<Int>
        var hasContent: Bool
    }

    /// A place where the clause was found.
    struct Candidate {
        /// 0 a section heading, 1 a run-in heading, 2 header metadata, 3 a content phrase: the
        /// first kind found is shown as the evidence.
        var rank: Int
        var order: Int
        var location: SourceLocation
        var evidence: String
        var label: String
    }

    /// Candidates that satisfy the clause, and headings found without content.
    struct Candidates {
        var satisfying: [Candidate] = []
        var emptyHeadings: [Candidate] = []

        func before(_ order: Int) -> Candidates {
            Candidates(
                satisfying: satisfying.filter { $0.order < order },
                emptyHeadings: emptyHeadings.filter { $0.order < order })
        }
    }

    /// The most words of one paragraph looked at.
    static let wordLimit = 3000
    /// How many units after a run-in heading may hold its `text` phrase.
    static let runInContentLimit = 200
    /// How many words either side of a paragraph break a phrase split over two paragraphs may use.
    static let joinWindow = 12

    private(set) var units: [Unit] = []
    private(set) var sections: [SectionSpan] = []
    /// Units of the leading preamble sections.
    private(set) var preambleEnd = 0
    /// Where the body starts: the first heading after the preamble or the first sentence (eight
    /// words or more ending in `.`, `;` or `:`), whichever comes first. The header before it
    /// (issuer, title, the signer's authority line) is not the body.
    private(set) var bodyStart = 0

    init(_ document: Document) {
        for section in document.sections { add(section) }
        preambleEnd = sections.first { $0.section.kind != .preamble }.map(\.units.lowerBound) ?? units.count
        if document.sections.allSatisfy({ $0.kind == .preamble }) { preambleEnd = units.count }
        let firstSentence = units.prefix(preambleEnd).firstIndex { unit in
            let end = unit.text.trimmingCharacters(in: ["/", ")", " "]).last
            return !unit.isHeading && unit.words.count >= 8 && end.map { ".;:".contains($0) } == true
        }
        bodyStart = min(preambleEnd, firstSentence ?? preambleEnd)
    }

    private mutating func add(_ section: Section) {
        let index = sections.count
        sections.append(SectionSpan(section: section, units: 0..<0, hasContent: false))
        let start = units.count
        if let heading = section.heading {
            let printed = [section.number, heading].compactMap { $0 }.joined(separator: " ")
            append(text: printed, words: heading, isHeading: true, location: section.location, section: index)
        }
        var hasContent = !section.children.isEmpty
        for paragraph in section.blocks.flatMap(\.paragraphs) {
            let text = paragraph.text.trimmingWhitespace
            guard !text.isEmpty else { continue }
            hasContent = true
            append(text: text, words: text, isHeading: false, location: paragraph.location, section: index)
        }
        for child in section.children { add(child) }
        sections[index].units = start..<units.count
        sections[index].hasContent = hasContent
    }

    private mutating func append(
        text: String, words source: String, isHeading: Bool, location: SourceLocation, section: Int
    ) {
        let (words, punctuated) = MatchingWords.words(of: source, limit: Self.wordLimit)
        units.append(
            Unit(
                isHeading: isHeading, text: text, words: words, punctuated: punctuated, location: location,
                section: section))
    }

    // MARK: Places

    /// The units a clause may be found in.
    func range(of place: ClausePlace?) -> Range<Int> {
        switch place {
        case nil: return 0..<units.count
        case .preamble?: return 0..<preambleEnd
        case .body?: return bodyStart < units.count ? bodyStart..<units.count : 0..<units.count
        case .chapter(let number)?: return nth(.chapter, number)?.units ?? 0..<units.count
        case .article(let number)?: return nth(.article, number)?.units ?? 0..<units.count
        }
    }

    private func nth(_ kind: SectionKind, _ number: Int) -> SectionSpan? {
        let matching = sections.filter { $0.section.kind == kind }
        return number <= matching.count ? matching[number - 1] : nil
    }

    /// `in Chương I`, `in the preamble`.
    func placeDescription(_ place: ClausePlace) -> String {
        switch place {
        case .preamble: return "in the preamble"
        case .body: return "after the header"
        case .chapter(let number):
            return nth(.chapter, number).map { "in \($0.section.pathComponent)" }
                ?? "in the document (it has no chapters)"
        case .article(let number):
            return nth(.article, number).map { "in \($0.section.pathComponent)" }
                ?? "in the document (it has no articles)"
        }
    }

    /// Where a missing clause was expected: the start of its place (the end of the document for
    /// `body`: closing elements such as the signature and recipients), or the document's title.
    func expectedLocation(_ place: ClausePlace?, title: String?) -> SourceLocation? {
        if place == .body { return units.last?.location }
        let range = place == nil ? 0..<0 : range(of: place)
        guard range.isEmpty else { return units[range.lowerBound].location }
        let titleWords = MatchingWords.words(of: title ?? "")
        let titleUnit = units.prefix(preambleEnd).first { unit in
            !unit.words.isEmpty && titleWords.starts(with: unit.words)
        }
        return (titleUnit ?? units.first)?.location
    }

    // MARK: Matching

    /// Every place in the clause's scope that satisfies it, in document order.
    func candidates(for clause: RequiredClause, document: Document) -> Candidates {
        let scope = range(of: clause.within)
        var result = Candidates()
        result.satisfying += metadataCandidates(clause.metadata, document: document, scope: scope)
        if !clause.heading.isEmpty {
            let (satisfying, empty) = headingCandidates(clause, scope: scope)
            result.satisfying += satisfying
            result.emptyHeadings += empty
        } else if !clause.text.isEmpty {
            result.satisfying += textCandidates(clause.text, in: scope)
        }
        result.satisfying += textCandidates(clause.orText, in: scope)
        result.satisfying.sort { ($0.rank, $0.order) < ($1.rank, $1.order) }
        return result
    }

    private func headingCandidates(_ clause: RequiredClause, scope: Range<Int>) -> ([Candidate], [Candidate]) {
        var satisfying: [Candidate] = []
        var empty: [Candidate] = []
        for index in scope {
            let unit = units[index]
            let content: Range<Int>
            let phrase: ProfilePhrase
            if clause.isInCapitals, !Self.isCapitalised(unit.text) { continue }
            if unit.isHeading {
                guard let found = clause.heading.first(where: { $0.firstOccurrence(in: unit.words) != nil }) else {
                    continue
                }
                phrase = found
                let span = sections[unit.section]
                guard span.hasContent else {
                    let heading = span.section.heading ?? unit.text
                    empty.append(
                        Candidate(
                            rank: 0, order: index, location: unit.location, evidence: quoted(unit.text), label: heading)
                    )
                    continue
                }
                content = span.units
            } else {
                guard let found = clause.heading.first(where: { isRunInHeading($0, unit) }) else { continue }
                phrase = found
                // The run-in heading's paragraph and what follows it in its section (bounded).
                content =
                    index..<min(index + Self.runInContentLimit, max(index + 1, sections[unit.section].units.upperBound))
            }
            if !clause.text.isEmpty, textCandidates(clause.text, in: content).isEmpty { continue }
            let kind = unit.isHeading ? "heading" : "run-in heading"
            satisfying.append(
                Candidate(
                    rank: unit.isHeading ? 0 : 1, order: index, location: unit.location,
                    evidence: "\(kind) \(quoted(unit.text)) (matches \(quoted(phrase.text)))", label: unit.text))
        }
        return (satisfying, empty)
    }

    /// A paragraph or table cell that starts with the phrase, after a number label, as a heading
    /// does: followed by punctuation, short, or in capitals.
    private func isRunInHeading(_ phrase: ProfilePhrase, _ unit: Unit) -> Bool {
        let skip = Self.labelLength(unit.words, unit.punctuated)
        let words = Array(unit.words.dropFirst(skip))
        guard phrase.isPrefix(of: words) else { return false }
        let end = skip + phrase.wordCount - 1
        if unit.punctuated[end] || words.count <= phrase.wordCount + 6 { return true }
        return Self.isCapitalised(unit.text)
    }

    private static func isCapitalised(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// The number of leading words that are a number label: `Điều 2.`, `1.`, `a)`, `II.`, `1.2.`.
    static func labelLength(_ words: [String], _ punctuated: [Bool]) -> Int {
        let keywords: Set<String> = [
            "dieu", "chuong", "muc", "khoan", "diem", "phan", "article", "section", "chapter", "part", "clause",
        ]
        var skip = 0
        if words.count > 1, keywords.contains(words[0]), isNumberLike(words[1]) { skip = 2 }
        while skip < min(words.count - 1, 4), isNumberLike(words[skip]), punctuated[skip] { skip += 1 }
        return skip
    }

    private static func isNumberLike(_ word: String) -> Bool {
        if word.allSatisfy(\.isNumber) { return true }
        if word.count == 1 { return true }
        return word.count <= 5 && word.allSatisfy { "ivxlc".contains($0) }
    }

    /// Paragraphs in `scope` that contain one of the phrases, also across a paragraph break.
    private func textCandidates(_ phrases: [ProfilePhrase], in scope: Range<Int>) -> [Candidate] {
        guard !phrases.isEmpty else { return [] }
        var result: [Candidate] = []
        for index in scope where !units[index].isHeading {
            let words = units[index].words
            var found = phrases.first { $0.firstOccurrence(in: words) != nil }
            if found == nil, index + 1 < scope.upperBound, !units[index + 1].isHeading {
                // Only a phrase that runs over the break: one wholly in the next paragraph is found there.
                let next = units[index + 1].words
                let joined = Array(words.suffix(Self.joinWindow)) + next.prefix(Self.joinWindow)
                found = phrases.first { $0.firstOccurrence(in: joined) != nil && $0.firstOccurrence(in: next) == nil }
            }
            guard let phrase = found else { continue }
            result.append(
                Candidate(
                    rank: 3, order: index, location: units[index].location,
                    evidence: "text \(quoted(phrase.text)) in \(quoted(units[index].text))", label: units[index].text))
        }
        return result
    }

    private func metadataCandidates(_ fields: [MetadataField], document: Document, scope: Range<Int>) -> [Candidate] {
        let metadata = document.metadata
        var result: [Candidate] = []
        for field in fields {
            let value: String?
            switch field {
            case .number: value = metadata.number
            case .issuer: value = metadata.issuer
            case .title: value = metadata.title
            case .placeDate:
                value =
                    scope.lazy.map { units[$0] }.first { !$0.isHeading && isPlaceAndDate($0.text) }?.text
                    ?? metadata.dates.first { $0.kind == "issued" }.map { "\($0.day)" }
            }
            guard let value else { continue }
            let order = scope.first { units[$0].text.contains(value) } ?? scope.lowerBound
            let location = order < units.count ? units[order].location : document.sections.first?.location
            guard let location else { continue }
            result.append(
                Candidate(
                    rank: 2, order: order, location: location,
                    evidence: "\(field.rawValue) \(quoted(value)) read from the header",
                    label: value))
        }
        return result
    }

    /// `Lâm Đồng, ngày … tháng … năm …`, also in a cell holding the number on another line.
    private func isPlaceAndDate(_ text: String) -> Bool {
        text.split(separator: "\n").contains { PreambleMetadataReader.isPlaceAndDate(String($0).foldedForMatching) }
    }

    private func quoted(_ text: String) -> String {
        let collapsed = text.collapsingWhitespace
        return "\"" + (collapsed.count > 80 ? String(collapsed.prefix(79)) + "…" : collapsed) + "\""
    }
}
