import Foundation
import RegLintCore

/// Finds numbering breaks in a document's tree for `structure/numbering`.
///
/// A **list** is the run of siblings (children of one parent node) whose labels share a style:
/// the same kind, keyword (`Điều`, `TITOLO`, `Sezione`), brackets (`(a)`, `a)`) and numeral
/// class; a dotted number's list is also keyed by its prefix (`10.1` never follows `6.2`).
/// Within a list each number follows the one before it. A list under a new parent starts at 1
/// or, when the document numbers that style straight through (UK sections across Parts and
/// cross-headings, Vietnamese articles across chapters), continues the last number of that
/// style; the scheme is learnt from the document, and only breaks of it are flagged.
struct NumberingSequences {
    private let facts: DocumentFacts
    private let document: Document
    private let letters: [String]
    private let allowsItalianLetters: Bool
    private let isExcerpt: Bool

    /// Kinds whose numbering is checked.
    private static let checked: Set<SectionKind> = [.part, .chapter, .section, .article, .clause, .point]

    init(facts: DocumentFacts, document: Document, language: Language) {
        self.facts = facts
        self.document = document
        letters = language == .vi ? SectionNumber.vietnameseLetters : SectionNumber.englishLetters
        allowsItalianLetters = language != .vi && language != .en
        isExcerpt =
            facts.paragraphs.indices.contains {
                Self.isOmissionMarker(facts.paragraphs[$0].paragraph.text, whole: true)
            }
            || (document.metadata.title.map { Self.isOmissionMarker($0, whole: true) } ?? false)
    }

    /// The texts of the paragraphs standing directly in section `entry`, in order.
    private func paragraphTexts(_ entry: Int) -> LazyMapCollection<Range<Int>, String> {
        facts.paragraphIndices(ofSection: entry).lazy.map { facts.paragraphs[$0].paragraph.text }
    }

    // MARK: Lists

    private enum System { case number, letter, roman }

    private struct Item {
        let entry: Int
        let label: NumberLabel
        let value: Int
        let system: System
        /// The alphabet of a lettered list.
        let letters: [String]
        /// The style across the document, for lists numbered straight through (an index into
        /// the styles met; an item in an annex has a style of its own).
        let style: Int
        let isFirstInList: Bool
        /// False for a list that resumes after a heading of another style: where it should
        /// start cannot be told.
        let isStartKnown: Bool
        /// The sibling before it in its list.
        let previous: Int?
        /// Its brackets differ from the previous item's: `3` after `(2)`.
        let isWrittenUnlikePrevious: Bool
        /// A letter the list's alphabet lacks: `f)` in a Vietnamese list.
        let isOutsideAlphabet: Bool
        /// The number was read from the text of a section whose markup has none: it fills its
        /// place in the list but is never reported itself.
        let isNumberFromText: Bool
    }

    /// Every numbered section, its list and its value, in document order.
    private func items() -> [Item] {
        var children: [Int: [(entry: Int, label: NumberLabel)]] = [:]
        // Labels repeat ("1.", "a)" under every article): each is taken apart once.
        var labels: [String: NumberLabel?] = [:]
        func label(_ number: String) -> NumberLabel? {
            if let known = labels[number] { return known }
            let label = NumberLabel(number)
            labels[number] = label
            return label
        }
        var styleIDs: [String: Int] = [:]
        func styleID(_ style: String) -> Int {
            if let id = styleIDs[style] { return id }
            styleIDs[style] = styleIDs.count
            return styleIDs.count - 1
        }
        var numbersFromText: Set<Int> = []
        var order: [Int] = []
        var isInAnnex = [Bool](repeating: false, count: facts.sections.count)
        for (index, entry) in facts.sections.enumerated() {
            isInAnnex[index] = entry.section.kind == .annex || (entry.parent.map { isInAnnex[$0] } ?? false)
            guard !entry.isQuoted, Self.checked.contains(entry.section.kind),
                let number = entry.section.number ?? numberInText(of: index), let label = label(number)
            else { continue }
            if entry.section.number == nil { numbersFromText.insert(index) }
            let parent = entry.parent ?? -1
            if children[parent] == nil { order.append(parent) }
            children[parent, default: []].append((index, label))
        }
        var result: [Item] = []
        result.reserveCapacity(children.values.reduce(0) { $0 + $1.count })
        for parent in order {
            // Taken out as it is used: a large document has a label for every section.
            let siblings = children.removeValue(forKey: parent) ?? []
            let styles = siblings.map { Self.style(of: $0.label, kind: facts.sections[$0.entry].section.kind) }
            // The position of the next sibling of the same style, found in one backward pass.
            var nextOfStyle = [Int?](repeating: nil, count: siblings.count)
            var seen: [String: Int] = [:]
            for position in siblings.indices.reversed() {
                nextOfStyle[position] = seen[styles[position]]
                seen[styles[position]] = position
            }
            typealias Run = (system: System, value: Int, token: String, entry: Int, position: Int)
            var runs: [String: Run] = [:]
            var looseRuns: [String: (style: String, run: Run)] = [:]
            let alphabets = alphabets(of: siblings, styles: styles)
            for (position, sibling) in siblings.enumerated() {
                let label = sibling.label
                if label.isInserted { continue }
                let section = facts.sections[sibling.entry].section
                let style = styles[position]
                let next = nextOfStyle[position].map { siblings[$0].label }
                var run = runs[style]
                // "(1)", "(2)", "3": the same list with one label written differently.
                var writtenUnlike: Int?
                var joinsSilently = false
                let loose = Self.looseStyle(of: label, kind: section.kind)
                if run == nil, let other = looseRuns[loose], other.style != style,
                    value(of: label, system: other.run.system, letters: alphabets[other.style] ?? letters)
                        == other.run.value + 1
                {
                    run = other.run
                    // "3." then "4": a full stop is punctuation, not the list's style.
                    let brackets = { (shape: String) in shape.filter { $0 != "." } }
                    if brackets(label.shape) != brackets(siblings[other.run.position].label.shape) {
                        writtenUnlike = other.run.entry
                    } else {
                        joinsSilently = true
                    }
                }
                var system = System.number
                if case .number = label.numeralClass {
                } else {
                    system = alphaSystem(
                        label, run: run.map { ($0.system, $0.token) }, next: next, kind: section.kind)
                }
                let alphabet = alphabets[style] ?? letters
                // "(aa)" between "(a)" and "(b)": a point inserted by a later amendment.
                if system == .letter, label.token.count == 2, (run?.value ?? 0) < alphabet.count { continue }
                var isOutsideAlphabet = false
                var value = value(of: label, system: system, letters: alphabet)
                if value == nil, system == .letter, let run, label.token.count == 1, label.token.first?.isASCII == true
                {
                    value = run.value + 1  // "f)" in a Vietnamese list: takes the next letter's place
                    isOutsideAlphabet = true
                }
                guard let value else { continue }
                var isFirst = run == nil
                var isStartKnown = true
                if let run {
                    let interrupted = ((run.position + 1)..<position).contains {
                        !siblings[$0].label.isInserted && styles[$0] != style
                    }
                    // A list restarting at its first value ((a) after (c): lists under flat
                    // definitions, lists of lists written flat), a Roman list beginning after a
                    // lettered one, or a list going back after a heading of another style
                    // (Sezione I–III, CAPO IV, Sezione I… encoded as siblings): a new list.
                    if (value == 1 && run.value >= 2) || system != run.system || (interrupted && value <= run.value) {
                        isFirst = true
                        isStartKnown = value == 1 || system != run.system
                    }
                }
                result.append(
                    Item(
                        entry: sibling.entry, label: label, value: value, system: system, letters: alphabet,
                        style: styleID(style + (isInAnnex[sibling.entry] ? "|annex" : "")),
                        isFirstInList: isFirst,
                        isStartKnown: isStartKnown, previous: isFirst ? nil : run?.entry,
                        isWrittenUnlikePrevious: writtenUnlike != nil, isOutsideAlphabet: isOutsideAlphabet,
                        isNumberFromText: numbersFromText.contains(sibling.entry)))
                let updated = (system, value, label.token, sibling.entry, position)
                runs[style] = updated
                if writtenUnlike != nil || joinsSilently, let other = looseRuns[loose] { runs[other.style] = updated }
                looseRuns[loose] = (looseRuns[loose]?.style ?? style, updated)
            }
        }
        result.sort { $0.entry < $1.entry }
        return result
    }

    /// The style without the brackets.
    private static func looseStyle(of label: NumberLabel, kind: SectionKind) -> String {
        style(of: label, kind: kind, shape: "")
    }

    /// A section whose markup has no number but whose text starts with one: "5. La disposizione"
    /// in a paragraph element without `<num>`.
    private func numberInText(of entry: Int) -> String? {
        guard facts.sections[entry].section.heading == nil, let text = paragraphTexts(entry).first,
            let match = HeadingRecognizer.match(text)
        else { return nil }
        switch match.shape {
        case .decimal(depth: 1, isTerminated: true), .parenthesizedNumber, .letter: return match.label
        default: return nil
        }
    }

    private static func style(of label: NumberLabel, kind: SectionKind) -> String {
        style(of: label, kind: kind, shape: label.shape)
    }

    private static func style(of label: NumberLabel, kind: SectionKind, shape: String) -> String {
        let numeral: String
        switch label.numeralClass {
        case .number(let depth): numeral = "n\(depth):" + label.prefix.map(String.init).joined(separator: ".")
        case .lowerAlpha: numeral = "a"
        case .upperAlpha: numeral = "A"
        }
        return "\(kind.rawValue)|\(label.word)|\(shape)|\(numeral)"
    }

    /// Letters or Roman numerals: a list that opens with `(i)` is Roman (no list of letters starts
    /// there), and so is `(i)` followed by `(ii)` after lettered items; `(i)` after `(h)` is a letter.
    private func alphaSystem(
        _ label: NumberLabel, run: (system: System, token: String)?, next: NumberLabel?, kind: SectionKind
    ) -> System {
        guard label.isRoman else { return .letter }
        let first = label.token == "i"
        if let run {
            if run.system == .roman { return .roman }
            if first, next?.token == "ii", run.token != "h" { return .roman }
            return .letter
        }
        if first { return .roman }  // no list of letters starts at i
        if label.token.count > 1 {
            // "ii" and "iii" are Roman; other doubled letters ("xx", "cc") follow "z".
            let isDoubled = Set(label.token).count == 1 && label.token != "ii" && label.token != "iii"
            return isDoubled ? .letter : .roman
        }
        // A single capital "V", "X" opening a list of chapters or parts is Roman.
        return label.numeralClass == .upperAlpha && [.part, .chapter, .section].contains(kind) ? .roman : .letter
    }

    /// The alphabet of each lettered list: Vietnamese in a Vietnamese document, unless the list's
    /// own text is English (an English list quoted in a Vietnamese document), or, when its text
    /// does not tell, the list uses a letter Vietnamese lacks (f, j, w, z) and never đ.
    private func alphabets(of siblings: [(entry: Int, label: NumberLabel)], styles: [String]) -> [String: [String]] {
        guard letters.count != SectionNumber.englishLetters.count else { return [:] }
        var texts: [String: LanguageDetector] = [:]
        var tokens: [String: Set<String>] = [:]
        for (sibling, style) in zip(siblings, styles) where sibling.label.numeralClass == .lowerAlpha {
            let section = facts.sections[sibling.entry].section
            texts[style, default: LanguageDetector()].add(
                (section.heading ?? "") + " " + (paragraphTexts(sibling.entry).first ?? ""))
            tokens[style, default: []].insert(sibling.label.token)
        }
        var result: [String: [String]] = [:]
        for (style, detector) in texts {
            switch detector.language {
            case .en: result[style] = SectionNumber.englishLetters
            case .vi: continue
            case .unknown:
                let used = tokens[style] ?? []
                if !used.contains("đ"), !used.isDisjoint(with: ["f", "j", "w", "z"]) {
                    result[style] = SectionNumber.englishLetters
                }
            }
        }
        return result
    }

    private func value(of label: NumberLabel, system: System, letters: [String]) -> Int? {
        switch system {
        case .number: return label.value
        case .roman: return SectionNumber.romanValue(label.token)
        case .letter:
            if label.token.count == 2, let letter = label.token.first,
                let index = letters.firstIndex(of: String(letter))
            {
                return letters.count + index + 1  // "aa" follows "z"
            }
            return letters.firstIndex(of: label.token).map { $0 + 1 }
        }
    }

    // MARK: Checking

    /// The findings, in document order.
    func diagnostics() -> [Diagnostic] {
        let items = items()
        // The scheme per style: how lists under a new parent begin.
        var restarts: [Int: Int] = [:]
        var continuations: [Int: Int] = [:]
        var lastOfStyle: [Int: Item] = [:]
        for item in items {
            if item.isFirstInList, let last = lastOfStyle[item.style] {
                // A restart under a different kind of parent (a decision's articles, then its
                // attached charter's chapters) says nothing about the scheme.
                if item.value == 1, parentKind(of: item.entry) == parentKind(of: last.entry) {
                    restarts[item.style, default: 0] += 1
                } else if item.value == last.value + 1 {
                    continuations[item.style, default: 0] += 1
                }
            }
            lastOfStyle[item.style] = item
        }
        func continues(_ style: Int) -> Bool { (continuations[style] ?? 0) > (restarts[style] ?? 0) }
        let flattened = flattenedLists(items)
        var diagnostics: [Diagnostic] = []
        var lastInStyle: [Int: Item] = [:]
        // Items are in document order, and an item's previous sibling comes before it.
        var positionOfEntry = [Int32](repeating: -1, count: facts.sections.count)
        for (position, item) in items.enumerated() {
            defer {
                lastInStyle[item.style] = item
                positionOfEntry[item.entry] = Int32(position)
            }
            if item.isNumberFromText || flattened.contains(listKey(item)) || followsRunInItem(item) { continue }
            if let previousEntry = item.previous, positionOfEntry[previousEntry] >= 0 {
                let previous = items[Int(positionOfEntry[previousEntry])]
                if let message = compare(item, after: previous) { diagnostics.append(report(item, message)) }
                continue
            }
            if item.value == 1 || (item.value == 0 && item.system == .number) || !item.isStartKnown { continue }
            if let last = lastInStyle[item.style], continues(item.style) {
                if let message = compare(item, after: last) { diagnostics.append(report(item, message)) }
                continue
            }
            if isAcceptableStart(item) { continue }
            let expected = render(1, like: item)
            let kind = facts.sections[item.entry].section.kind
            diagnostics.append(report(item, .wrongStart(label(of: item), expected: expected, kind: kind)))
        }
        return diagnostics
    }

    /// The paragraph just before the item writes the item before it in its text: "Defense
    /// services. (a) The furnishing …" then "(b) The furnishing …" (a definition's first point run
    /// into the term, as CFR and US statute compilations print them).
    private func followsRunInItem(_ item: Item) -> Bool {
        // Only where numbers are markup, not text (a DOCX paragraph starts with its own label),
        // and not in Akoma Ntoso, whose converters keep every point.
        guard item.value >= 2, item.entry > 0, document.format.isStructuredXML, document.format != .akomaNtoso
        else { return false }
        let previous = render(item.value - 1, like: item) + " "
        var nearby = (max(0, item.entry - 3)..<item.entry).compactMap { entry in
            facts.paragraphIndices(ofSection: entry).last.map { facts.paragraphs[$0].paragraph.text }
        }
        if let parent = facts.sections[item.entry].parent, let line = facts.sections[item.entry].section.location.line {
            // The parent's paragraphs before the item (its closing notes come after its children).
            let before = facts.paragraphIndices(ofSection: parent).map { facts.paragraphs[$0].paragraph }
                .filter { ($0.location.line ?? Int.max) < line }
            nearby += before.map(\.text).suffix(2)
        }
        return nearby.contains { text in
            var rest = text.prefix(400)[...]
            while let range = rest.range(of: previous) {
                // The label stands as a word inside the text: "… services. (a) ", not "the. ".
                if range.lowerBound != text.startIndex, rest[rest.index(before: range.lowerBound)].isWhitespace {
                    return true
                }
                rest = rest[range.upperBound...]
            }
            return false
        }
    }

    /// A list: the parent of its items and their style.
    private struct ListKey: Hashable {
        let parent: Int
        let style: Int
    }

    private func listKey(_ item: Item) -> ListKey {
        ListKey(parent: facts.sections[item.entry].parent ?? -1, style: item.style)
    }

    /// Parents under which one style's list starts afresh at its first value three times or
    /// more: several lists written as one run of siblings (a definitions section whose terms'
    /// sub-lists the markup flattened, as in converted CFR volumes). Their order cannot be told
    /// apart from their grouping, so it is not judged.
    private func flattenedLists(_ items: [Item]) -> Set<ListKey> {
        var starts: [ListKey: Int] = [:]
        for item in items where item.isFirstInList && item.value == 1 { starts[listKey(item), default: 0] += 1 }
        return Set(starts.filter { $0.value >= 3 }.keys)
    }

    private func compare(_ item: Item, after previous: Item) -> Diagnostic.Message? {
        let expected = previous.value + 1
        let label = label(of: item)
        let previousLabel = self.label(of: previous)
        let kind = facts.sections[item.entry].section.kind
        if item.isOutsideAlphabet {
            return .outsideAlphabet(label, expected: render(item.value, like: item), kind: kind)
        }
        if item.isWrittenUnlikePrevious {
            return .writtenUnlike(label, previous: previousLabel, expected: render(expected, like: previous))
        }
        guard item.value != expected else { return nil }
        if item.value == previous.value { return .repeated(label, kind: kind) }
        if item.value < previous.value {
            return .outOfOrder(label, after: previousLabel, expected: render(expected, like: item), kind: kind)
        }
        if isAcceptableGap(from: previous, to: item) { return nil }
        return .skipped(from: previousLabel, to: label, expected: render(expected, like: item), kind: kind)
    }

    /// A gap the document explains: provisions repealed or omitted there, or Italian lists,
    /// which have no j, k, w, x, y.
    private func isAcceptableGap(from previous: Item, to item: Item) -> Bool {
        // US Code titles and CFR volumes leave numbers free between parts, chapters and
        // sections for later ones (§ 478.11 follows § 478.2 by design).
        if document.format == .uslm, Self.reservesNumbers.contains(facts.sections[item.entry].section.kind) {
            return true
        }
        if item.system == .letter, allowsItalianLetters, item.letters == SectionNumber.englishLetters {
            let skipped = item.letters[previous.value..<min(item.value - 1, item.letters.count)]
            if !skipped.isEmpty, skipped.allSatisfy({ ["j", "k", "w", "x", "y"].contains($0) }) { return true }
        }
        return hasOmissionNote(before: item.entry, from: previous.entry)
    }

    /// The last paragraphs before `entry`, from the previous item's section on, state that
    /// provisions were repealed or omitted.
    private func hasOmissionNote(before entry: Int, from start: Int) -> Bool {
        var seen = 0
        for index in stride(from: entry - 1, through: max(start, 0), by: -1) {
            for text in paragraphTexts(index).reversed() {
                if Self.isOmissionMarker(text, whole: false) { return true }
                seen += 1
                if seen >= 3 { return false }
            }
        }
        return false
    }

    /// Whether a list may begin above 1 here: an excerpt, a published instrument's portion, an
    /// omission, or US Code style numbering (section 301 in chapter 3).
    private func isAcceptableStart(_ item: Item) -> Bool {
        if isExcerpt { return true }
        let entry = facts.sections[item.entry]
        if document.format == .uslm, Self.reservesNumbers.contains(entry.section.kind) { return true }
        // "(b)" nested in "(a)" of the same style: a sibling the markup placed one level too deep.
        if let parent = entry.parent, let parentLabel = facts.sections[parent].section.number.flatMap(NumberLabel.init),
            parentLabel.shape == item.label.shape, parentLabel.numeralClass == item.label.numeralClass,
            let parentValue = value(of: parentLabel, system: item.system, letters: item.letters),
            parentValue == item.value - 1
        {
            return true
        }
        if let parent = entry.parent {
            if hasOmissionNote(before: item.entry, from: parent) { return true }
            if let parentValue = facts.sections[parent].section.number.flatMap(NumberLabel.init)?.value,
                item.system == .number, item.value == parentValue * 100 + 1 || item.value == parentValue * 1000 + 1
            {
                return true
            }
            // "6.2" first under a parent not numbered 6: a list continued from elsewhere.
            if !item.label.prefix.isEmpty {
                let parentNumber = facts.sections[parent].section.number.flatMap(NumberLabel.init)
                return parentNumber.map { $0.prefix + [$0.value ?? -1] } != item.label.prefix
            }
        }
        // An excerpt's first part or chapter may carry any number, and published XML is often a
        // portion of a larger instrument, whose first section or article may too.
        let isTopLevel = !ancestors(of: item.entry).contains { facts.sections[$0].section.kind == entry.section.kind }
        if isTopLevel, [.part, .chapter].contains(entry.section.kind) { return true }
        return isTopLevel && [.section, .article].contains(entry.section.kind)
            && document.format.isStructuredXML
    }

    /// Kinds whose numbers US federal texts reserve gaps in.
    private static let reservesNumbers: Set<SectionKind> = [.part, .chapter, .section]

    private func parentKind(of entry: Int) -> SectionKind? {
        facts.sections[entry].parent.map { facts.sections[$0].section.kind }
    }

    private func ancestors(of entry: Int) -> [Int] {
        var result: [Int] = []
        var current = facts.sections[entry].parent
        while let index = current {
            result.append(index)
            current = facts.sections[index].parent
        }
        return result
    }

    /// "[Repealed]", "[Imefutwa …]", "… bãi bỏ", "(omissis)", "…", "(Contd.)".
    static func isOmissionMarker(_ text: String, whole: Bool) -> Bool {
        // Longer than every whole marker and without "(": nothing below can match.
        if whole, !text.containsBytes(of: "("), text.trimmingWhitespace.utf8.count > 16 { return false }
        let folded = text.trimmingWhitespace.lowercased()
        let wholeMarkers: Set<String> = ["…", "...", "[…]", "[...]", "(…)", "(...)", "omissis", "(omissis)", "omitted"]
        if wholeMarkers.contains(folded) { return true }
        if whole { return folded.containsBytes(of: "(contd") || folded.containsBytes(of: "(continued)") }
        // A note stands on its own, in brackets: "[Repealed by …]", "(bãi bỏ)", "3. [Omitted]";
        // "bãi bỏ" inside a sentence about other documents is no note.
        let body = folded.drop(while: { $0.isNumber || $0 == "." || $0 == " " })
        guard folded.count <= 200, let first = body.first, "[(".contains(first) else { return false }
        let notes = [
            "repealed", "revoked", "omitted", "omissis", "imefutwa", "zimefutwa", "bãi bỏ", "abrogé", "abrogat",
            "[spent", "(contd", "[…]", "[...]",
        ]
        return notes.contains { folded.contains($0) }
    }

    // MARK: Messages

    private func report(_ item: Item, _ message: Diagnostic.Message) -> Diagnostic {
        let section = facts.sections[item.entry].section
        return Diagnostic(
            message: message, location: section.location, excerpt: section.number, range: Self.numberRange(of: section))
    }

    /// Where the section's number stands in its heading paragraph, when the section keeps that
    /// paragraph as its first block (clauses and points do; a titled article's heading is not a
    /// block, so its range is unknown).
    private static func numberRange(of section: Section) -> TextRange? {
        guard let number = section.number, case .paragraph(let paragraph)? = section.blocks.first,
            paragraph.location == section.location
        else { return nil }
        let text = paragraph.text
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
            let found = text.range(of: number, options: [.anchored], range: start..<text.endIndex)
        else { return nil }
        return TextRange(found, in: text)
    }

    private func label(of item: Item) -> String {
        (facts.sections[item.entry].section.number ?? "").trimmingTrailingPunctuation
    }

    /// The label expected at `value`, in the style of `item`'s label.
    private func render(_ value: Int, like item: Item) -> String {
        let printed = label(of: item)
        let numeral: String
        switch item.system {
        case .number:
            numeral = (item.label.prefix.map(String.init) + [String(value)]).joined(separator: ".")
        case .roman:
            let roman = SectionNumber.roman(value)
            numeral = item.label.numeralClass == .upperAlpha ? roman : roman.lowercased()
        case .letter:
            let letters = item.letters
            let letter =
                value <= letters.count
                ? letters[value - 1]
                : value <= 2 * letters.count
                    ? String(repeating: letters[value - letters.count - 1], count: 2) : String(value)
            numeral = item.label.numeralClass == .upperAlpha ? letter.uppercased() : letter
        }
        let token = item.label.token
        guard !token.isEmpty, let range = printed.range(of: token, options: [.caseInsensitive, .backwards]) else {
            if case .number = item.system, let range = printed.range(of: printedNumber(item), options: .backwards) {
                return printed.replacingCharacters(in: range, with: numeral)
            }
            return numeral
        }
        return printed.replacingCharacters(in: range, with: numeral)
    }

    /// `4.2` as printed in a dotted label (the token is only its last part).
    private func printedNumber(_ item: Item) -> String {
        SectionNumber.value(of: label(of: item))
    }
}

extension Diagnostic.Message {
    fileprivate static func skipped(from previous: String, to current: String, expected: String, kind: SectionKind)
        -> Self
    {
        Self(
            en: "numbering skips from \(previous) to \(current) (expected \(expected))",
            vi:
                "Số thứ tự nhảy từ \(named(previous, kind)) sang \(named(current, kind)), thiếu \(named(expected, kind))"
        )
    }

    fileprivate static func repeated(_ label: String, kind: SectionKind) -> Self {
        Self(
            en: "\(label) repeats the number before it",
            vi: "\(VietnameseWording.capitalized(named(label, kind))) trùng số thứ tự với "
                + "\(VietnameseWording.noun(kind)) liền trước")
    }

    fileprivate static func outOfOrder(_ label: String, after previous: String, expected: String, kind: SectionKind)
        -> Self
    {
        Self(
            en: "\(label) comes after \(previous) (expected \(expected))",
            vi: "\(VietnameseWording.capitalized(named(label, kind))) đứng sau \(named(previous, kind)), sai thứ tự; "
                + "đúng ra phải là \(named(expected, kind))")
    }

    fileprivate static func outsideAlphabet(_ label: String, expected: String, kind: SectionKind) -> Self {
        Self(
            en:
                "\(label) is not a letter of the Vietnamese point alphabet a, b, c, d, đ, e, g, … (expected \(expected))",
            vi: "\(VietnameseWording.capitalized(named(label, kind))) không có trong bảng chữ cái tiếng Việt dùng để "
                + "đánh số điểm (a, b, c, d, đ, e, g, …); đúng ra phải là \(named(expected, kind))")
    }

    fileprivate static func writtenUnlike(_ label: String, previous: String, expected: String) -> Self {
        Self(
            en: "\(label) is not written like \(previous) before it (expected \(expected))",
            vi: "Ký hiệu \(VietnameseWording.quoted(label)) không cùng kiểu đánh số với "
                + "\(VietnameseWording.quoted(previous)) liền trước; đúng ra phải là \(VietnameseWording.quoted(expected))"
        )
    }

    fileprivate static func wrongStart(_ label: String, expected: String, kind: SectionKind) -> Self {
        let value = SectionNumber.value(of: label)
        return Self(
            en: "numbering starts at \(value) (expected \(expected))",
            vi:
                "\(VietnameseWording.capitalized(VietnameseWording.noun(kind))) đầu tiên là \(named(label, kind)), đúng ra "
                + "phải bắt đầu từ \(named(expected, kind))")
    }

    /// A label as a Vietnamese text names it: `khoản 3`, `điểm đ`, `Điều 5`, or quoted as
    /// printed (`“Section 5”`).
    private static func named(_ label: String, _ kind: SectionKind) -> String {
        let keywords = ["Phần", "Chương", "Mục", "Điều", "Khoản", "Điểm", "Phụ lục"]
        if keywords.contains(where: { label.hasPrefix($0 + " ") }) { return label }
        let core = label.trimmingCharacters(in: CharacterSet(charactersIn: "().: "))
        if [.clause, .point].contains(kind), !core.isEmpty, !core.contains(" ") {
            return VietnameseWording.noun(kind) + " " + core
        }
        return VietnameseWording.quoted(label)
    }
}

extension String {
    fileprivate var trimmingTrailingPunctuation: String {
        var text = Substring(self)
        while let last = text.last, ".:".contains(last) { text = text.dropLast() }
        return String(text)
    }
}
