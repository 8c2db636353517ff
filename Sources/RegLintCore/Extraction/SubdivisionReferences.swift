import Foundation

/// References by the words US, UK and EU drafting names subdivisions with: `subsection (c) of
/// this section`, `paragraph (3)`, `subparagraph (B) of paragraph (2)`, `subsection (a)(1)`,
/// `paragraph (3) of section 12`, `paragraph 3 of Schedule 1`, `Schedule 1, paragraph 3`, `point
/// (a) of paragraph 1`. Their level depends on the format (a US paragraph is a subsection's
/// part, a UK statutory instrument's paragraph an article's, a UK schedule's paragraph the
/// schedule's own), so every subdivision step may stand at any depth below the one before it
/// (``Citation/Step/isAtAnyDepth``). Without a section, article or schedule, the reference is
/// relative: it starts at the part it stands in.
///
/// Conservative on purpose: a reference whose owner is unclear (`of such section`, `of the
/// preceding subsection`, `redesignating paragraph (3)`) is no reference at all, and one that
/// names another instrument after it is external.
enum SubdivisionReferences {
    /// A reference found: its words, its steps outermost first, and whether it starts at the
    /// citing part.
    struct Found {
        var range: NSRange
        var steps: [Citation.Step]
        var isRelative: Bool
    }

    /// Bytes one of which a paragraph must hold before any pattern of this file runs.
    static let needles = ["ubsection", "ub-section", "aragraph", "lause (", "tem (", "oint "]

    /// The references of `text` (NFC; `ns` is the same text), in text order.
    static func references(in text: String, _ ns: NSString) -> [Found] {
        // An amendment's instructions (`after subsection (6) there is inserted`, `in paragraph (3),
        // by striking`) point into the amended text.
        guard !CitationExtractor.contains(any: amendingWords, in: text) else { return [] }
        let whole = NSRange(location: 0, length: ns.length)
        var found: [Found] = []
        var chainEnd = 0
        for match in Patterns.subdivision?.matches(in: text, range: whole) ?? [] where match.range.location >= chainEnd
        {
            guard let word = group(match, 1, ns), let value = group(match, 2, ns),
                value.hasPrefix("(") || barewordAllowed(word), !isDisowned(before: match.range.location, in: ns),
                !isInsideAnotherParts(match.range.location, in: text)
            else { continue }
            var steps = values(value)
            var end = NSMaxRange(match.range)
            // `… of paragraph (2) of subsection (b)`: each "of" names the part that holds the one before.
            while let outer = Patterns.ofSubdivision?.firstMatch(
                in: text, options: [.anchored], range: NSRange(location: end, length: ns.length - end)),
                let outerValue = group(outer, 2, ns)
            {
                steps = values(outerValue) + steps
                end = NSMaxRange(outer.range)
            }
            chainEnd = end
            var isRelative = true
            if let top = Patterns.ofTopLevel?.firstMatch(
                in: text, options: [.anchored], range: NSRange(location: end, length: ns.length - end)),
                let word = group(top, 1, ns), let number = group(top, 2, ns)
            {
                steps = topLevelSteps(word, number, group(top, 3, ns) ?? "") + steps
                end = NSMaxRange(top.range)
                isRelative = false
            }
            // `a point 12 feet above`: a bare point number is a reference only with its article or annex.
            guard ownerIsThisDocument(after: end, in: text, ns), !(isRelative && isBarePoint(word, value)) else {
                continue
            }
            found.append(
                Found(
                    range: NSRange(location: match.range.location, length: end - match.range.location),
                    steps: steps, isRelative: isRelative))
        }
        // `Schedule 1, paragraph 3`, `Annex II, point 4(b)`.
        if CitationExtractor.contains(any: ["Schedule", "Annex"], in: text) {
            for match in Patterns.scheduleThenParagraph?.matches(in: text, range: whole) ?? [] {
                guard let word = group(match, 1, ns), let number = group(match, 2, ns),
                    let value = group(match, 3, ns), ownerIsThisDocument(after: NSMaxRange(match.range), in: text, ns)
                else { continue }
                // `paragraph 3` inside `Schedule 1, paragraph 3` is that one reference.
                found.removeAll { NSIntersectionRange(match.range, $0.range).length == $0.range.length }
                found.append(
                    Found(
                        range: match.range, steps: topLevelSteps(word, number, "") + values(value),
                        isRelative: false))
            }
        }
        return found.sorted { $0.range.location < $1.range.location }
    }

    /// `(a)(1)` → a, 1; `3(2)` → 3, 2: each at any depth below the one before.
    private static func values(_ written: String) -> [Citation.Step] {
        written.split(whereSeparator: { $0 == "(" || $0 == ")" }).map {
            Citation.Step(kind: .point, value: String($0), isAtAnyDepth: true)
        }
    }

    /// `section 12(b)` → article 12, then b below it; `Schedule 1` → annex 1.
    private static func topLevelSteps(_ word: String, _ number: String, _ subdivisions: String) -> [Citation.Step] {
        let kind: SectionKind =
            switch word.lowercased() {
            case "section": .section
            case "article": .article
            default: .annex
            }
        return [Citation.Step(kind: kind, value: number)]
            + subdivisions.split(whereSeparator: { $0 == "(" || $0 == ")" }).map {
                Citation.Step(kind: .point, value: String($0), isAtAnyDepth: true)
            }
    }

    /// A bare number (`paragraph 3`, `point 5`) is UK schedule and EU drafting for paragraphs and
    /// points; subsections, clauses and items are always written in brackets.
    private static func barewordAllowed(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return lowered == "paragraph" || lowered == "sub-paragraph" || lowered == "subparagraph" || lowered == "point"
    }

    /// `point 12` without brackets: EU drafting only with its article or annex named.
    private static func isBarePoint(_ word: String, _ value: String) -> Bool {
        word.lowercased() == "point" && !value.hasPrefix("(")
    }

    /// `such paragraph (3)`, `former subsection (c)`, `redesignating paragraph (3) as paragraph
    /// (4)`, `as added by paragraph (1)`: a part of another text, or of this one as it was, or of
    /// the amending text.
    private static func isDisowned(before location: Int, in ns: NSString) -> Bool {
        let start = max(0, location - 32)
        let before = ns.substring(with: NSRange(location: start, length: location - start))
        let words = before.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).suffix(2).map {
            $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
        }
        guard let last = words.last else { return false }
        if last == "by", words.count == 2 { return disowningWords.contains(words[0]) }
        return disowningWords.contains(last)
    }

    /// Words of amending instructions.
    static let amendingWords = [
        "there is inserted", "there are inserted", "there is substituted", "there are substituted", "is omitted",
        "are omitted", "is repealed", "are repealed", "by striking", "by inserting", "by redesignating",
        "is amended", "are amended", "substitute “", "insert “", "omit “", "is replaced by", "are replaced by",
        "is deleted", "are deleted", "is inserted", "are inserted",
    ]

    /// `Section 52B (other than subsection (6)) applies`: in brackets right after a section or
    /// article, the subdivision is that one's.
    private static func isInsideAnotherParts(_ location: Int, in text: String) -> Bool {
        let start = max(0, location - 48)
        let window = NSRange(location: start, length: location - start)
        return Patterns.afterPartAndBracket?.firstMatch(in: text, range: window) != nil
    }

    private static let disowningWords: Set<String> = [
        "such", "said", "that", "those", "former", "formerly", "redesignated", "redesignating", "striking", "strike",
        "existing", "new", "preceding", "as", "amended", "added", "inserted", "substituted", "repealed", "made",
    ]

    /// Whether the words after the reference leave it with this document: nothing more, or `of
    /// this section`, `of this Act`. `of such Act`, `of the first sentence`, `of title 10` name
    /// another owner.
    private static func ownerIsThisDocument(after end: Int, in text: String, _ ns: NSString) -> Bool {
        var end = end
        // `paragraph 7C, 8 or 12 of Schedule 1`: the owner comes after the list.
        if let list = Patterns.listTail?.firstMatch(
            in: text, options: [.anchored], range: NSRange(location: end, length: min(80, ns.length - end)))
        {
            end = NSMaxRange(list.range)
        }
        let tail = NSRange(location: end, length: min(60, ns.length - end))
        if Patterns.ofThis?.firstMatch(in: text, options: [.anchored], range: tail) != nil { return true }
        return Patterns.ofAnything?.firstMatch(in: text, options: [.anchored], range: tail) == nil
    }

    private static func group(_ match: NSTextCheckingResult, _ index: Int, _ ns: NSString) -> String? {
        let range = match.range(at: index)
        return range.location == NSNotFound ? nil : ns.substring(with: range)
    }

    /// The compiled patterns (constants of this file; the extractor's tests exercise each).
    private enum Patterns {
        static func make(_ pattern: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: pattern) }

        static let words =
            "[Ss]ubsection|[Ss]ub-section|[Ss]ubparagraph|[Ss]ub-paragraph|[Pp]aragraph|[Ss]ubclause|[Ss]ub-clause|[Cc]lause|[Ii]tem|[Pp]oint"
        /// `(a)`, `(iii)`, `(A)(1)`, or a bare `3`, `3A`, `3(2)`.
        static let part = "\\((?:\\d{1,3}|[a-zA-Z]{1,4})\\)"
        static let value = "(?:\(part)(?:\(part))*|\\d{1,3}[A-Z]?(?:\(part))*)(?![\\p{L}\\p{N}(\\-–]|\\.\\d)"

        static let subdivision = make("(?<![\\p{L}\\p{N}\\-])(\(words))\\s+(\(value))")
        static let ofSubdivision = make("\\s*,?\\s+of\\s+(\(words))\\s+(\(value))")
        static let ofTopLevel = make(
            "\\s*,?\\s+of\\s+([Ss]ection|[Aa]rticle|Schedule|schedule|Annex|annex)\\s+(\\d{1,4}[A-Za-z]?|[IVXLC]{1,6})((?:\(part))*)(?![\\p{L}\\p{N}(\\-–]|\\.\\d)"
        )
        static let scheduleThenParagraph = make(
            "(?<![\\p{L}\\p{N}])(Schedule|Annex)\\s+(\\d{1,3}[A-Z]?|[IVXLC]{1,6}),?\\s+(?:paragraph|point)\\s+(\(value))"
        )
        static let ofThis = make(
            "\\s*,?\\s*(?:of|in|under|to|by)\\s+this\\s+(?:section|subsection|paragraph|subparagraph|sub-paragraph|clause|subclause|item|point|[Aa]rticle|[Ss]chedule|[Aa]nnex|[Pp]art|[Cc]hapter|[Tt]itle|[Ss]ubtitle|[Dd]ivision|Act|Order|Regulation|Regulations|Directive|Decision|regulation|rule)(?![\\p{L}])"
        )
        static let listTail = make("(?:\\s*(?:,|;|or|and|to|and/or)\\s*(?:\\d{1,3}[A-Za-z]{0,3}|\(part))+)+")
        static let afterPartAndBracket = make(
            "(?:[Ss]ection|[Aa]rticle|[Rr]egulation|[Pp]aragraph)\\s+\\d{1,4}[A-Za-z]{0,3}(?:\(part))*\\s*\\((?:[\\p{L}\\s]{0,30})$"
        )
        /// `of such Act`, `of the first subparagraph`, `to Regulation …`: another owner, or one this
        /// reader cannot tell.
        static let ofAnything = make("\\s*,?\\s*(?:of|to)\\s+\\S")
    }
}
