import RegLintCore

/// Finding a required clause's candidates in the outline: headings, run-in headings, content
/// phrases and header fields.
extension ClauseOutline {
    /// Every place in the clause's scope that satisfies it, in document order.
    func candidates(for clause: RequiredClause, document: Document) -> Candidates {
        let scope = range(of: clause.within)
        var result = Candidates()
        result.satisfying += metadataCandidates(clause.metadata, document: document, scope: scope)
        let text = clause.text.map(interned)
        if !clause.heading.isEmpty {
            let (satisfying, empty) = headingCandidates(clause, text: text, scope: scope)
            result.satisfying += satisfying
            result.emptyHeadings += empty
        } else if !text.isEmpty {
            result.satisfying += textCandidates(text, in: scope)
        }
        result.satisfying += textCandidates(clause.orText.map(interned), in: scope)
        result.satisfying.sort { ($0.rank, $0.order) < ($1.rank, $1.order) }
        return result
    }

    private func headingCandidates(_ clause: RequiredClause, text: [Phrase], scope: Range<Int>) -> (
        [Candidate], [Candidate]
    ) {
        var satisfying: [Candidate] = []
        var empty: [Candidate] = []
        let headings = clause.heading.map(interned)
        for index in units(holdingFirstWordOf: headings, in: scope) {
            let unit = units[index]
            let content: Range<Int>
            let phrase: Phrase
            if clause.isInCapitals, !Self.isCapitalised(unit.text) { continue }
            if unit.isHeading {
                guard let found = headings.first(where: { $0.firstOccurrence(in: unit.words) != nil }) else {
                    continue
                }
                phrase = found
                let span = sections[unit.section]
                guard span.hasContent else {
                    let heading = span.heading ?? unit.text
                    empty.append(
                        Candidate(
                            rank: 0, order: index, location: unit.location, evidence: quoted(unit.text), label: heading)
                    )
                    continue
                }
                content = span.units
            } else {
                guard let found = headings.first(where: { isRunInHeading($0, unit) }) else { continue }
                phrase = found
                // The run-in heading's paragraph and what follows it in its section (bounded).
                content =
                    index..<min(index + Self.runInContentLimit, max(index + 1, sections[unit.section].units.upperBound))
            }
            if !text.isEmpty, textCandidates(text, in: content).isEmpty { continue }
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
    private func isRunInHeading(_ phrase: Phrase, _ unit: Unit) -> Bool {
        let skip = unit.labelLength
        guard phrase.isPrefix(of: unit.words[skip...]) else { return false }
        let end = skip + phrase.wordCount - 1
        if unit.words[end].isPunctuated || unit.words.count - skip <= phrase.wordCount + 6 { return true }
        return Self.isCapitalised(unit.text)
    }

    /// Whether the text has letters and every one is a capital (stops at the first that is not).
    private static func isCapitalised(_ text: String) -> Bool {
        var hasLetter = false
        for character in text where character.isLetter {
            guard character.isUppercase else { return false }
            hasLetter = true
        }
        return hasLetter
    }

    /// The number of leading words that are a number label: `Điều 2.`, `1.`, `a)`, `II.`, `1.2.`.
    static func labelLength(_ words: [String], _ punctuated: [Bool]) -> Int {
        var skip = 0
        if words.count > 1, labelKeywords.contains(words[0]), isNumberLike(words[1]) { skip = 2 }
        while skip < min(words.count - 1, 4), isNumberLike(words[skip]), punctuated[skip] { skip += 1 }
        return skip
    }

    /// Words that open a number label, folded (built once: this runs for every paragraph and phrase).
    private static let labelKeywords: Set<String> = [
        "dieu", "chuong", "muc", "khoan", "diem", "phan", "article", "section", "chapter", "part", "clause",
    ]

    private static func isNumberLike(_ word: String) -> Bool {
        if word.allSatisfy(\.isNumber) { return true }
        if word.count == 1 { return true }
        return word.count <= 5 && word.allSatisfy { "ivxlc".contains($0) }
    }

    /// Paragraphs in `scope` that contain one of the phrases, also across a paragraph break.
    private func textCandidates(_ phrases: [Phrase], in scope: Range<Int>) -> [Candidate] {
        guard !phrases.isEmpty else { return [] }
        var result: [Candidate] = []
        for index in units(holdingFirstWordOf: phrases, in: scope) where !units[index].isHeading {
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
