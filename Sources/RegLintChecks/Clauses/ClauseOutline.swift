import RegLintCore

/// A document flattened for clause matching: section headings and paragraphs (table cells
/// included) in document order, as folded words, with each section's range. Words are interned:
/// a large act has millions of them and a few thousand distinct ones.
struct ClauseOutline {
    /// A folded word as its number in the outline's vocabulary, and whether punctuation follows
    /// it. Two words are equal when their numbers are: the punctuation does not count.
    struct Word: Equatable {
        private let raw: UInt32

        init(id: UInt32, isPunctuated: Bool) {
            raw = id << 1 | (isPunctuated ? 1 : 0)
        }

        var id: UInt32 { raw >> 1 }
        var isPunctuated: Bool { raw & 1 == 1 }

        static func == (left: Word, right: Word) -> Bool { left.raw >> 1 == right.raw >> 1 }
    }

    /// A profile's phrase in the outline's word numbers.
    struct Phrase {
        let phrase: ProfilePhrase
        let parts: [[Word]]

        var text: String { phrase.text }
        var wordCount: Int { phrase.wordCount }

        func firstOccurrence(in words: [Word]) -> Int? {
            ProfilePhrase.firstOccurrence(of: parts, in: words)
        }

        func isPrefix(of words: ArraySlice<Word>) -> Bool {
            ProfilePhrase.isPrefix(parts, of: words)
        }
    }

    /// A heading or paragraph.
    struct Unit {
        var isHeading: Bool
        var text: String
        var words: [Word]
        /// The number of leading words that are a number label (`ClauseOutline.labelLength`).
        var labelLength: Int
        var location: SourceLocation
        /// The section (index into `sections`) the unit is the heading of, or is inside.
        var section: Int
    }

    /// A section and the range of units it spans (its heading, blocks and descendants). What
    /// matching needs of the section, not the section: a large act has hundreds of thousands.
    struct SectionSpan {
        var kind: SectionKind
        var heading: String?
        /// ``Section/pathComponent``.
        var pathComponent: String
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
    /// For each indexed word, the units holding it, in order: a phrase can only be found in a
    /// unit that holds its first word (across a paragraph break too: it then starts in the
    /// first unit).
    private var unitsByWord: [UInt32: [Int]] = [:]
    /// The words indexed: the first words of the phrases to be matched (other words would only
    /// cost memory).
    private let indexedWords: Set<String>
    /// The number of each folded word met.
    private var vocabulary = WordTable()
    /// A word number no word has.
    private static let unknownWord = Word(id: UInt32.max >> 1, isPunctuated: false)

    /// The outline of `document`, indexing the units that hold each of `words`.
    init(_ document: Document, indexing words: Set<String>) {
        indexedWords = words
        // A unit for each heading and non-blank paragraph (blank ones counted: an upper bound).
        let counts = document.sectionCounts
        sections.reserveCapacity(counts.sections)
        units.reserveCapacity(counts.headings + counts.paragraphs)
        for section in document.sections { add(section) }
        let indexed = Set(words.compactMap { vocabulary.existingNumber(of: $0) })
        for (index, unit) in units.enumerated() {
            for word in unit.words where indexed.contains(word.id) {
                unitsByWord[word.id, default: []].appendUnlessLast(index)
            }
        }
        preambleEnd = sections.first { $0.kind != .preamble }.map(\.units.lowerBound) ?? units.count
        if document.sections.allSatisfy({ $0.kind == .preamble }) { preambleEnd = units.count }
        let firstSentence = units.prefix(preambleEnd).firstIndex { unit in
            let end = unit.text.trimmingCharacters(in: ["/", ")", " "]).last
            return !unit.isHeading && unit.words.count >= 8 && end.map { ".;:".contains($0) } == true
        }
        bodyStart = min(preambleEnd, firstSentence ?? preambleEnd)
    }

    private mutating func add(_ section: Section) {
        let index = sections.count
        sections.append(
            SectionSpan(
                kind: section.kind, heading: section.heading, pathComponent: section.pathComponent, units: 0..<0,
                hasContent: false))
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
        var interned: [Word] = []
        // The first words as text, for the label: `labelLength` looks at five at most.
        var leadingWords: [String] = []
        var folded = source.foldedForMatching
        // Folded text is ASCII (Vietnamese text is): its words are numbered by their bytes.
        let isASCII = folded.withUTF8 { bytes in
            MatchingWords.scanASCIIWords(
                of: bytes, limit: Self.wordLimit,
                word: { word in
                    interned.append(Word(id: vocabulary.number(of: word), isPunctuated: false))
                    if leadingWords.count < 5 { leadingWords.append(String(decoding: word, as: UTF8.self)) }
                },
                punctuate: {
                    let last = interned.count - 1
                    interned[last] = Word(id: interned[last].id, isPunctuated: true)
                })
        }
        if !isASCII {
            let (words, punctuated) = MatchingWords.words(ofFolded: folded, limit: Self.wordLimit)
            interned = zip(words, punctuated).map { Word(id: vocabulary.number(of: $0), isPunctuated: $1) }
            leadingWords = Array(words.prefix(5))
        }
        units.append(
            Unit(
                isHeading: isHeading, text: text, words: interned,
                labelLength: Self.labelLength(leadingWords, interned.prefix(5).map(\.isPunctuated)),
                location: location, section: section))
    }

    /// `words` in the outline's word numbers; a word the document never uses gets a number no
    /// word has.
    func interned(_ words: [String]) -> [Word] {
        words.map { word in
            vocabulary.existingNumber(of: word).map { Word(id: $0, isPunctuated: false) } ?? Self.unknownWord
        }
    }

    /// `phrase` in the outline's word numbers.
    func interned(_ phrase: ProfilePhrase) -> Phrase {
        Phrase(phrase: phrase, parts: phrase.parts.map(interned))
    }

    /// The units in `scope` that hold the first word of one of the phrases, in order.
    func units(holdingFirstWordOf phrases: [Phrase], in scope: Range<Int>) -> [Int] {
        var found: [Int] = []
        for phrase in phrases {
            guard let word = phrase.phrase.parts.first?.first else { continue }
            // A word the outline did not index: every unit of the scope may hold it.
            guard indexedWords.contains(word) else { return Array(scope) }
            guard let id = vocabulary.existingNumber(of: word), let list = unitsByWord[id] else { continue }
            // The list is in order: from the scope's first unit (binary search) to its end.
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle] < scope.lowerBound { low = middle + 1 } else { high = middle }
            }
            for unit in list[low...] {
                guard unit < scope.upperBound else { break }
                found.append(unit)
            }
        }
        if phrases.count > 1 { found = Array(Set(found)).sorted() }
        return found
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
        let matching = sections.filter { $0.kind == kind }
        return number <= matching.count ? matching[number - 1] : nil
    }

    /// `in Chương I`, `in the preamble` (`trong Chương I`, `trong phần mở đầu` in Vietnamese).
    func placeDescription(_ place: ClausePlace, in language: MessageLanguage = .en) -> String {
        let vietnamese = language == .vi
        switch place {
        case .preamble: return vietnamese ? "trong phần mở đầu" : "in the preamble"
        case .body: return vietnamese ? "sau phần đầu văn bản" : "after the header"
        case .chapter(let number):
            return nth(.chapter, number).map { (vietnamese ? "trong " : "in ") + $0.pathComponent }
                ?? (vietnamese ? "trong văn bản (văn bản không chia chương)" : "in the document (it has no chapters)")
        case .article(let number):
            return nth(.article, number).map { (vietnamese ? "trong " : "in ") + $0.pathComponent }
                ?? (vietnamese ? "trong văn bản (văn bản không chia điều)" : "in the document (it has no articles)")
        }
    }

    /// Where a missing clause was expected: the start of its place (the end of the document for
    /// `body`: closing elements such as the signature and recipients), or the document's title.
    func expectedLocation(_ place: ClausePlace?, title: String?) -> SourceLocation? {
        if place == .body { return units.last?.location }
        let range = place == nil ? 0..<0 : range(of: place)
        guard range.isEmpty else { return units[range.lowerBound].location }
        let titleWords = interned(MatchingWords.words(of: title ?? ""))
        let titleUnit = units.prefix(preambleEnd).first { unit in
            !unit.words.isEmpty && titleWords.starts(with: unit.words)
        }
        return (titleUnit ?? units.first)?.location
    }
}

extension Array where Element == Int {
    /// Appends `index` unless it is already the last element (a word repeated in one unit).
    fileprivate mutating func appendUnlessLast(_ index: Int) {
        if last != index { append(index) }
    }
}
