import Foundation

/// Builds the section tree from paragraphs, for every reader.
///
/// Two ways in, which are not mixed for one document:
/// - **Flat paragraphs** (DOCX, Flat OPC, plain outlines): ``addParagraph(_:hints:)`` recognises
///   headings from the text (`Chương I`, `Điều 5.`, `1.`, `a)`, `4.2`, `(a)`) and from style hints
///   (outline levels), and nests them by level: part and annex 0, chapter 1, mục 2, article 3,
///   clause 4, point 5.
/// - **Explicit structure** (Akoma Ntoso, mapped XML): ``openSection(kind:location:)`` …
///   ``closeSection()`` with ``setNumber(_:)`` and ``setHeading(_:)``.
///
/// ``finish(readerMetadata:)`` then assigns section paths to every node and block, detects the
/// language when the reader did not know it, and reads the title, number, issuer and dates from
/// the preamble.
public struct SectionTreeBuilder: Sendable {
    private struct OpenSection: Sendable {
        var section: Section
        var level: Int
        var isAwaitingHeading = false
        /// The recipients list and signature block after the body: any heading closes it.
        var isClosingBlock = false
        /// Opened by a plain number heading (`1. CÔNG TÁC CHỈ ĐẠO` in a report), not a keyword.
        var isNumberedHeading = false
    }

    private let file: String
    private var language: Language?
    private var detector = LanguageDetector()
    private var finished: [Section] = []
    private var stack: [OpenSection] = []
    private var preambleParagraphs: [Paragraph] = []
    private var titleParagraphs: [String] = []
    /// Paragraphs read so far inside an open quotation (amendment text), or nil.
    private var quotedParagraphs: Int?
    private var previousText = ""
    /// The value of the last Roman-numeral part (`II.`), while no chapter or annex intervened.
    private var lastRomanPart: Int?
    private var isPreambleOpen: Bool { stack.isEmpty || stack.first?.section.kind == .preamble }
    private var isInArticle: Bool { stack.contains { $0.section.kind == .article } }

    /// Creates a builder for `file`; pass the `language` when the format states it.
    public init(file: String, language: Language? = nil) {
        self.file = file
        self.language = language
    }

    // MARK: Flat paragraphs

    /// Adds a paragraph, opening a section when its text or hints make it a heading.
    public mutating func addParagraph(_ paragraph: Paragraph, hints: ParagraphHints = ParagraphHints()) {
        detector.add(paragraph.text)
        let text = paragraph.text.trimmingWhitespace
        defer { previousText = text }
        if continuesQuotation(text, at: paragraph.location) {
            appendBlock(.paragraph(paragraph))
            if let count = quotedParagraphs, Self.closesQuotation(text) || count >= Self.longestQuotation {
                closeTop()
                quotedParagraphs = nil
            }
            return
        }
        if isPreambleOpen, finished.isEmpty, hints.outlineLevel != nil || hints.isTitle,
            PreambleMetadataReader.isHeaderLine(text)
        {
            // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QUYẾT ĐỊNH" in a heading style: the header.
            appendBlock(.paragraph(paragraph))
            return
        }
        if hints.isTitle, isPreambleOpen {
            titleParagraphs.append(text)
            appendBlock(.paragraph(paragraph))
            return
        }
        if !isPreambleOpen, Self.opensClosingBlock(text) {
            openClosingBlock(at: paragraph.location, heading: "Nơi nhận")
            appendBlock(.paragraph(paragraph))
            return
        }
        if !isPreambleOpen, hints.outlineLevel == nil, stack.last?.isAwaitingHeading != true,
            PreambleMetadataReader.isDocumentTypeWord(text), isInArticle
        {
            // "KẾ HOẠCH", "ĐIỀU LỆ" after a decision's last article: the attached document's
            // title, which closes the article; its own parts and chapters follow.
            openClosingBlock(at: paragraph.location, heading: nil)
            appendBlock(.paragraph(paragraph))
            return
        }
        let match = hints.isTableOfContents ? nil : HeadingRecognizer.match(text)
        if let last = stack.indices.last, stack[last].isAwaitingHeading {
            stack[last].isAwaitingHeading = false
            if match == nil, !text.isEmpty, text.count <= 200, !text.hasSuffix(":"), !text.hasSuffix(";") {
                stack[last].section.heading = text.collapsingWhitespace
                return
            }
        }
        if match == nil, let level = hints.outlineLevel, !hints.isTableOfContents, !text.isEmpty, text.count <= 200,
            !Self.isBulletOrLeadIn(text)
        {
            // An unnumbered paragraph in a heading style ("Introduction" in Heading 1).
            let section = Section(
                kind: level == 0 ? .section : .other, heading: text.collapsingWhitespace, location: paragraph.location)
            push(section, level: 3 + level, awaitsHeading: false)
            return
        }
        guard let match, let opening = classify(match, hints: hints, paragraph: paragraph) else {
            appendBlock(.paragraph(paragraph))
            return
        }
        push(opening.section, level: opening.level, awaitsHeading: opening.awaitsHeading)
        if case .romanHeading(let numeral) = match.shape, opening.level == 0 {
            lastRomanPart = SectionNumber.romanValue(numeral)
        } else if opening.level <= 1 {
            lastRomanPart = nil  // a chapter or annex starts its own parts
        }
        if case .decimal(depth: 1, _) = match.shape, opening.level == 3 {
            stack[stack.count - 1].isNumberedHeading = true
        }
        if opening.keepsParagraph { appendBlock(.paragraph(paragraph)) }
    }

    /// Adds a table to the innermost open section.
    public mutating func addTable(_ table: Table) {
        for paragraph in table.rows.lazy.flatMap({ $0.cells.flatMap(\.paragraphs) }) {
            detector.add(paragraph.text)
        }
        if !isPreambleOpen, let first = table.rows.first?.cells.first?.paragraphs.first,
            Self.opensClosingBlock(first.text.trimmingWhitespace)
        {
            openClosingBlock(at: table.location, heading: "Nơi nhận")
        }
        appendBlock(.table(table))
    }

    private struct Opening {
        var section: Section
        var level: Int
        var awaitsHeading: Bool
        var keepsParagraph: Bool
    }

    private func classify(_ match: HeadingRecognizer.Match, hints: ParagraphHints, paragraph: Paragraph) -> Opening? {
        let location = paragraph.location
        let isStyledHeading = hints.outlineLevel != nil
        let hasArticle = stack.contains { $0.level >= 3 && $0.section.kind != .preamble }
        func opening(_ kind: SectionKind, _ level: Int, heading: String?, keeps: Bool, awaits: Bool = false) -> Opening
        {
            Opening(
                section: Section(kind: kind, number: match.label, heading: heading, location: location),
                level: level, awaitsHeading: awaits, keepsParagraph: keeps)
        }
        switch match.shape {
        case .keyword(let kind, let level, _):
            // "Điều 1. Ban hành kèm theo Quyết định này Quy chế …": an untitled article whose text
            // follows its number is a sentence, kept as the article's first paragraph.
            if kind == .article, Self.isSentence(match.rest) {
                return opening(kind, level, heading: nil, keeps: true)
            }
            return opening(
                kind, level, heading: match.rest.isEmpty ? nil : match.rest, keeps: false, awaits: match.rest.isEmpty)
        case .decimal(let depth, let isTerminated):
            let kinds: [(SectionKind, Int)] = [(.section, 3), (.clause, 4), (.point, 5), (.other, 6)]
            let (kind, level) = kinds[min(depth, 4) - 1]
            if isStyledHeading {
                // "3. Thể thức ra khỏi Hiệp hội" in a heading style inside Điều 11: a titled clause.
                if depth == 1, isInArticle {
                    return opening(.clause, 4, heading: match.rest, keeps: false)
                }
                return opening(kind, level, heading: match.rest, keeps: false)
            }
            if depth == 1 {
                // "1 Cá nhân có quyền …": a clause label typed without its full stop, inside an article.
                if !isTerminated, isInArticle,
                    match.rest.first?.isUppercase == true, match.label.count <= 2
                {
                    return opening(.clause, 4, heading: nil, keeps: true)
                }
                guard isTerminated, !isPreambleOpen || opensBodyFromPreamble(match) else { return nil }
                // "2." after "1. CÔNG TÁC CHỈ ĐẠO" of a report: the next numbered section.
                if stack.last(where: { $0.level == 3 })?.isNumberedHeading == true {
                    return opening(
                        .section, 3, heading: Self.isHeadingLike(match.rest) ? match.rest : nil,
                        keeps: !Self.isHeadingLike(match.rest))
                }
                if hasArticle { return opening(.clause, 4, heading: nil, keeps: true) }
                return Self.isHeadingLike(match.rest)
                    ? opening(.section, 3, heading: match.rest, keeps: false)
                    : opening(.clause, 4, heading: nil, keeps: true)
            }
            return isPreambleOpen ? nil : opening(kind, level, heading: nil, keeps: true)
        case .parenthesizedNumber:
            return hasArticle ? opening(.clause, 4, heading: nil, keeps: true) : nil
        case .letter:
            guard stack.contains(where: { $0.level >= 3 && $0.section.kind != .preamble }) else { return nil }
            return opening(.point, 5, heading: isStyledHeading ? match.rest : nil, keeps: !isStyledHeading)
        case .romanHeading:
            // "I. KẾT QUẢ …": a part of a report, plan or conclusion, or of a plan attached after
            // a decision's last article.
            guard match.rest.count <= 200, !match.rest.hasSuffix(";"), !match.rest.hasSuffix(",") else { return nil }
            // Under a chapter it is a division of the chapter; inside an article, a clause.
            if isInArticle {
                return opening(.clause, 4, heading: match.rest, keeps: false)
            }
            if stack.contains(where: { $0.section.kind == .chapter }) {
                return opening(.section, 2, heading: match.rest, keeps: false)
            }
            // "I. Lĩnh vực …" after part II: a table's group row in a flattened text, not a part.
            if let last = lastRomanPart, let value = SectionNumber.romanValue(SectionNumber.value(of: match.label)),
                value <= last
            {
                return nil
            }
            return opening(.part, 0, heading: match.rest, keeps: false)
        case .roman(let numeral):
            guard hasArticle else { return nil }
            let openPoint = stack.last(where: { $0.section.kind == .point && $0.level == 5 })
            let continuesLetters =
                numeral.count == 1
                && (openPoint == nil || precedingLetters(of: numeral).contains(openPoint?.section.numberValue ?? ""))
            return opening(.point, continuesLetters ? 5 : 6, heading: nil, keeps: true)
        }
    }

    /// The letters that come just before `letter` in English or Vietnamese point order.
    private func precedingLetters(of letter: String) -> Set<String> {
        var result: Set<String> = []
        for alphabet in [SectionNumber.vietnameseLetters, SectionNumber.englishLetters] {
            if let index = alphabet.firstIndex(of: letter), index > 0 { result.insert(alphabet[index - 1]) }
        }
        return result
    }

    /// "- Nhận xét, đánh giá:", "+ Tồn tại": a bullet or a lead-in, even in a heading style.
    private static func isBulletOrLeadIn(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "-+•–*".contains(first) || text.hasSuffix(":")
    }

    /// "1. Vấn đề trình: …" after the title and "Kính gửi" of a submission or letter that has no
    /// articles, or a first heading "1. State of documentation": the body begins. Not in a list
    /// of legal bases ("Căn cứ …;").
    private func opensBodyFromPreamble(_ match: HeadingRecognizer.Match) -> Bool {
        guard SectionNumber.value(of: match.label) == "1", finished.isEmpty,
            let last = preambleParagraphs.last?.text.trimmingWhitespace,
            Self.isHeadingLike(match.rest)
                || preambleParagraphs.contains(where: { PreambleMetadataReader.isDocumentTypeLine($0.text) })
        else { return false }
        let folded = last.foldedForMatching
        return !folded.hasPrefix("can cu") && !last.hasSuffix(";") && !folded.hasPrefix("theo de nghi")
    }

    /// A sentence rather than a heading: long, or closed by a full stop after several words.
    private static func isSentence(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).count
        return text.count > 120 || (text.hasSuffix(".") && words > 8) || text.hasSuffix(";")
    }

    private static func isHeadingLike(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 100 && !text.hasSuffix(".") && !text.hasSuffix(":")
            && !text.hasSuffix(";") && !text.hasSuffix(",")
    }

    /// The longest amendment text read as a quotation, in paragraphs: a missing closing quote
    /// never swallows the rest of the document.
    private static let longestQuotation = 80

    /// Whether `text` is inside an amendment's quoted text, opening the quotation when it starts
    /// one: a paragraph opening with a quotation mark right after "insert—", "substitute:",
    /// "… như sau:", whose first quotation mark closes (if at all) at its end.
    private mutating func continuesQuotation(_ text: String, at location: SourceLocation) -> Bool {
        if let count = quotedParagraphs {
            quotedParagraphs = count + 1
            return true
        }
        guard !isPreambleOpen, let first = text.first, "“\"«‘".contains(first),
            Self.introducesAmendment(previousText)
        else { return false }
        let inner = text.dropFirst()
        if let close = inner.firstIndex(where: { "”\"»’".contains($0) }),
            !inner[inner.index(after: close)...].allSatisfy({ ".;,:".contains($0) || $0.isWhitespace })
        {
            return false  // “Records” means …: a defined term, not quoted text
        }
        let parent = stack.last?.level ?? 0
        stack.append(OpenSection(section: Section(kind: .quotation, location: location), level: parent + 1))
        quotedParagraphs = 1
        return true
    }

    /// "… insert—", "for subsection (2) substitute:", "Điều 5 được sửa đổi như sau:".
    private static func introducesAmendment(_ text: String) -> Bool {
        guard let last = text.last, ":—–-".contains(last) else { return false }
        let folded = text.foldedForMatching
        let verbs = [
            "insert", "substitute", "replace", "read as follows", "amended as follows", "following",
            "sua doi", "bo sung", "thay the", "nhu sau",
        ]
        return verbs.contains { folded.contains($0) }
    }

    /// A paragraph ending with a closing quotation mark, maybe followed by punctuation.
    private static func closesQuotation(_ text: String) -> Bool {
        let trimmed = text.reversed().drop(while: { ".;,".contains($0) || $0.isWhitespace })
        return trimmed.first.map { "”\"»’".contains($0) } ?? false
    }

    /// "Nơi nhận:" (recipients), which Vietnamese administrative documents put after the body,
    /// beside or above the signature block.
    private static func opensClosingBlock(_ text: String) -> Bool {
        // A visible ASCII first character folds to itself: only `N` or `n` can begin these.
        guard let first = text.utf8.first, first >= 0x80 || first.isASCIIWhitespace || first | 0x20 == 0x6E else {
            return false
        }
        let folded = String(text.prefix(12)).foldedForMatching
        return folded.hasPrefix("noi nhan") || folded.hasPrefix("noi gui")
    }

    /// Closes every open section: the recipients list and the signature block after it are not
    /// part of the last article; the next heading (an attached charter or plan) closes them.
    private mutating func openClosingBlock(at location: SourceLocation, heading: String?) {
        while !stack.isEmpty { closeTop() }
        lastRomanPart = nil
        var section = Section(kind: .other, heading: heading, location: location)
        section.location.sectionPath = []
        stack.append(OpenSection(section: section, level: -1, isClosingBlock: true))
    }

    private mutating func push(_ section: Section, level: Int, awaitsHeading: Bool) {
        while let top = stack.last, top.level >= level || top.section.kind == .preamble || top.isClosingBlock {
            closeTop()
        }
        stack.append(OpenSection(section: section, level: level, isAwaitingHeading: awaitsHeading))
    }

    // MARK: Explicit structure

    /// Opens a section inside the current one. A clause inside a clause or point becomes a point.
    public mutating func openSection(kind: SectionKind, location: SourceLocation) {
        var kind = kind
        let parentKind = stack.last?.section.kind
        if kind == .clause, parentKind == .clause || parentKind == .point { kind = .point }
        if stack.count == 1, stack[0].level == -1 { closeTop() }  // loose text before or after sections
        stack.append(OpenSection(section: Section(kind: kind, location: location), level: stack.count))
    }

    /// Sets the number label of the innermost open section, when it has none yet.
    public mutating func setNumber(_ number: String) {
        guard let last = stack.indices.last, stack[last].section.number == nil else { return }
        let text = number.collapsingWhitespace
        if !text.isEmpty { stack[last].section.number = text }
    }

    /// Sets the heading of the innermost open section, when it has none yet.
    public mutating func setHeading(_ heading: String) {
        guard let last = stack.indices.last, stack[last].section.heading == nil else { return }
        let text = heading.collapsingWhitespace
        if !text.isEmpty { stack[last].section.heading = text }
    }

    /// Closes the innermost open section.
    public mutating func closeSection() {
        if !stack.isEmpty { closeTop() }
    }

    /// Adds a block to the innermost open section (or the preamble) without reading its text.
    public mutating func addBlock(_ block: Block) {
        for paragraph in block.paragraphs { detector.add(paragraph.text) }
        appendBlock(block)
    }

    // MARK: Shared

    private mutating func appendBlock(_ block: Block) {
        if stack.isEmpty {
            // Text before the first section is the preamble; text after the last one (a
            // signature block, a closing formula) goes into a section of its own.
            let location = SourceLocation(
                file: file, line: block.location.line, column: block.location.column,
                paragraph: block.location.paragraph)
            let kind: SectionKind = finished.isEmpty ? .preamble : .other
            stack.append(OpenSection(section: Section(kind: kind, location: location), level: -1))
        }
        if stack.count == 1, stack[0].section.kind == .preamble {
            preambleParagraphs.append(contentsOf: block.paragraphs)
            if case .table(let table) = block { preambleParagraphs += Self.labelLines(of: table) }
        }
        stack[stack.count - 1].section.blocks.append(block)
    }

    /// Two-column rows such as `Policy number | ISP-01` read as `Policy number: ISP-01`.
    private static func labelLines(of table: Table) -> [Paragraph] {
        table.rows.compactMap { row in
            guard row.cells.count == 2, let label = row.cells.first?.text, let value = row.cells.last?.text,
                !label.contains("\n"), !value.contains("\n"), !label.contains(":"), label.count <= 40
            else { return nil }
            return Paragraph(text: label + ": " + value, location: table.location)
        }
    }

    private mutating func closeTop() {
        guard var top = stack.popLast() else { return }
        // Arrays grown by appending keep up to twice their size; a closed section no longer grows.
        Self.shrink(&top.section.blocks)
        Self.shrink(&top.section.children)
        if let last = stack.indices.last {
            stack[last].section.children.append(top.section)
        } else {
            finished.append(top.section)
        }
    }

    private static func shrink<Element>(_ array: inout [Element]) {
        guard array.capacity > array.count + array.count / 8 else { return }
        var exact: [Element] = []
        exact.reserveCapacity(array.count)
        exact.append(contentsOf: array)
        array = exact
    }

    /// Closes every open section and returns the document's tree, language and metadata.
    ///
    /// Values the reader already knows (`readerMetadata`) win over those read from the preamble.
    public mutating func finish(readerMetadata: DocumentMetadata = DocumentMetadata()) -> (
        sections: [Section], language: Language, metadata: DocumentMetadata
    ) {
        while !stack.isEmpty { closeTop() }
        let language = self.language ?? detector.language
        var sections = finished
        finished = []
        for index in sections.indices { Self.assignPaths(&sections[index], parent: [], language: language) }
        var metadata = PreambleMetadataReader.read(
            preamble: preambleParagraphs.map(\.text), titles: titleParagraphs, language: language)
        metadata.title = readerMetadata.title ?? metadata.title
        metadata.number = readerMetadata.number ?? metadata.number
        metadata.identifier = readerMetadata.identifier ?? metadata.identifier
        metadata.issuer = readerMetadata.issuer ?? metadata.issuer
        metadata.dates =
            readerMetadata.dates
            + metadata.dates.filter { found in
                !readerMetadata.dates.contains { $0.kind == found.kind }
            }
        metadata.replaces = readerMetadata.replaces + metadata.replaces
        return (sections, language, metadata)
    }

    /// Sets the section path of a section, its blocks and its descendants, in place.
    private static func assignPaths(_ section: inout Section, parent: [String], language: Language) {
        let path = parent + [pathComponent(of: section, language: language)]
        section.location.sectionPath = path
        for index in section.blocks.indices { setPath(&section.blocks[index], path) }
        for index in section.children.indices {
            assignPaths(&section.children[index], parent: path, language: language)
        }
    }

    private static func setPath(_ block: inout Block, _ path: [String]) {
        switch block {
        case .paragraph(var paragraph):
            paragraph.location.sectionPath = path
            block = .paragraph(paragraph)
        case .table(var table):
            table.location.sectionPath = path
            for row in table.rows.indices {
                for cell in table.rows[row].cells.indices {
                    for index in table.rows[row].cells[cell].paragraphs.indices {
                        table.rows[row].cells[cell].paragraphs[index].location.sectionPath = path
                    }
                }
            }
            block = .table(table)
        }
    }

    /// `Điều 5`, `Khoản 2`, `Điểm a`, `Clause 4.2`, or the heading for unnumbered sections.
    static func pathComponent(of section: Section, language: Language) -> String {
        if section.kind == .preamble { return "Preamble" }
        if let number = section.number?.trimmingWhitespace, !number.isEmpty {
            let startsWithKeyword = HeadingKeyword.all.contains { $0.matchesPrefix(of: Substring(number)) }
            if startsWithKeyword { return number.droppingTrailingPeriodsAndColons }
            let value = SectionNumber.value(of: number)
            // Only a number with a letter or a non-ASCII character can have a word of its own.
            let hasOwnWord =
                number.utf8.contains { $0 >= 0x80 || (0x61...0x7A).contains($0 | 0x20) }
                && Self.hasLetter(in: number, apartFrom: value)
            if hasOwnWord || value.isEmpty { return number.droppingTrailingPeriodsAndColons }
            if section.kind == .other { return value }
            return HeadingKeyword.pathWord(for: section.kind, language: language) + " " + value
        }
        if let heading = section.heading, !heading.isEmpty {
            return heading.count > 40 ? String(heading.prefix(39)) + "…" : heading
        }
        return HeadingKeyword.pathWord(for: section.kind, language: language)
    }
}

extension SectionTreeBuilder {
    /// Whether `number` has a letter outside every occurrence of `value` (`Rule 1` apart from
    /// `1`), by bytes when both are ASCII.
    fileprivate static func hasLetter(in number: String, apartFrom value: String) -> Bool {
        let numberBytes = Array(number.utf8)
        let valueBytes = Array(value.utf8)
        guard !valueBytes.isEmpty, numberBytes.allSatisfy({ $0 < 0x80 }), valueBytes.allSatisfy({ $0 < 0x80 }) else {
            return number.replacingOccurrences(of: value, with: "").contains(where: \.isLetter)
        }
        var index = 0
        while index < numberBytes.count {
            if numberBytes[index...].starts(with: valueBytes) {
                index += valueBytes.count
                continue
            }
            if (0x61...0x7A).contains(numberBytes[index] | 0x20) { return true }
            index += 1
        }
        return false
    }
}

extension String {
    /// The string without the `.` and `:` it ends with.
    fileprivate var droppingTrailingPeriodsAndColons: String {
        var result = self
        while let last = result.last, last == "." || last == ":" { result.removeLast() }
        return result
    }
}
