import RegLintCore

/// A finding with its number in the report (1-based), which names its anchors (`#f12`).
struct NumberedFinding {
    let number: Int
    let finding: Finding
}

/// Which element of a document's text each finding belongs to, found by location once for the
/// whole document (no search of the tree per finding).
///
/// A finding belongs to the paragraph (or table-cell or note paragraph) whose location it
/// names; failing that, to the section heading with that location; failing that, for XML, to
/// the first paragraph on the same line. The rest belongs to the document as a whole and is
/// shown in its header.
struct FindingPlacement {
    /// The findings of each location, claimed by the element rendered there.
    private var pending: [LocationKey: [NumberedFinding]] = [:]
    /// Locations of paragraphs: a heading with the same location leaves its findings to them.
    private let paragraphKeys: Set<LocationKey>

    init(document: Document, findings: [NumberedFinding]) {
        var paragraphKeys = Set<LocationKey>()
        var firstOnLine: [Int: LocationKey] = [:]
        var headingKeys = Set<LocationKey>()
        DocumentWalk.visit(document) { item in
            switch item {
            case .paragraph(let paragraph):
                let key = LocationKey(paragraph.location)
                paragraphKeys.insert(key)
                if let line = key.line, firstOnLine[line] == nil { firstOnLine[line] = key }
            case .heading(let section):
                headingKeys.insert(LocationKey(section.location))
            }
        }
        self.paragraphKeys = paragraphKeys
        for numbered in findings {
            var key = LocationKey(numbered.finding.location)
            if !paragraphKeys.contains(key), !headingKeys.contains(key), let line = key.line,
                let onLine = firstOnLine[line]
            {
                key = onLine
            }
            pending[key, default: []].append(numbered)
        }
    }

    /// Takes the findings of a paragraph at `location` (each location's findings are taken once).
    mutating func claimParagraph(at location: SourceLocation) -> [NumberedFinding] {
        pending.removeValue(forKey: LocationKey(location)) ?? []
    }

    /// Takes the findings of a section heading at `location`, unless a paragraph has that location.
    mutating func claimHeading(at location: SourceLocation) -> [NumberedFinding] {
        let key = LocationKey(location)
        guard !paragraphKeys.contains(key) else { return [] }
        return pending.removeValue(forKey: key) ?? []
    }

    /// The findings no element claimed, in report order: they belong to the whole document.
    var unclaimed: [NumberedFinding] {
        pending.values.joined().sorted { $0.number < $1.number }
    }
}

/// The position fields of a ``SourceLocation`` (not its file or section path, which may be
/// spelled differently by a finding and by the tree).
struct LocationKey: Hashable {
    let line: Int?
    let column: Int?
    let paragraph: Int?

    init(_ location: SourceLocation) {
        line = location.line
        column = location.column
        paragraph = location.paragraph
    }

    /// `¶56` or `line 181:21`: where the element is, as the text report says it.
    var description: String {
        if let paragraph { return "¶\(paragraph)" }
        guard let line else { return "" }
        return column.map { "line \(line):\($0)" } ?? "line \(line)"
    }
}

/// The elements of a document's text in reading order, as the HTML report renders them.
enum DocumentWalk {
    /// A paragraph (of a section, a table cell or a note) or a section heading that is shown.
    enum Item {
        case paragraph(Paragraph)
        case heading(Section)
    }

    /// Calls `body` for every item of `document` in reading order.
    static func visit(_ document: Document, _ body: (Item) -> Void) {
        func visit(_ section: Section) {
            if showsHeading(section) { body(.heading(section)) }
            for block in section.blocks {
                for paragraph in block.paragraphs { body(.paragraph(paragraph)) }
            }
            for child in section.children { visit(child) }
        }
        for section in document.sections { visit(section) }
        for note in document.notes {
            for paragraph in note.paragraphs { body(.paragraph(paragraph)) }
        }
    }

    /// Whether `section` gets a heading line of its own: it has a heading, or a number its
    /// first paragraph does not already print (Akoma Ntoso keeps `(1)` apart from the text;
    /// Word keeps `1.` in the paragraph).
    static func showsHeading(_ section: Section) -> Bool {
        if let heading = section.heading, !heading.isEmpty { return true }
        guard let number = section.number?.trimmed, !number.isEmpty else { return false }
        guard case .paragraph(let first)? = section.blocks.first else { return true }
        return !first.text.drop(while: \.isWhitespace).hasPrefix(number)
    }

    /// Whether `section` has a number and no heading, and its first block is a paragraph that
    /// does not print the number: the number is then shown at the start of that paragraph.
    static func isRunIn(_ section: Section) -> Bool {
        guard section.heading?.isEmpty ?? true, showsHeading(section) else { return false }
        if case .paragraph? = section.blocks.first { return true }
        return false
    }

    /// The heading line as a reader sees it: number and heading.
    static func headingText(_ section: Section) -> String {
        [section.number, section.heading].compactMap { $0?.trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension String {
    /// The string without leading and trailing white space.
    fileprivate var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
