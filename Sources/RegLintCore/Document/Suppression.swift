/// An inline instruction to silence rules over part of a document: `<?reglint disable RULE?>` …
/// `<?reglint enable RULE?>` in XML, a Word comment starting `reglint: disable RULE` in DOCX,
/// `#reglint disable RULE` … `#reglint enable RULE` lines in outlines.
public struct Suppression: Sendable, Equatable, Codable {
    /// What the suppression covers.
    public enum Range: Sendable, Equatable, Codable {
        /// XML lines, inclusive.
        case lines(ClosedRange<Int>)
        /// DOCX or outline paragraphs, inclusive.
        case paragraphs(ClosedRange<Int>)
    }

    /// The rules silenced; empty silences every rule.
    public var rules: [RuleID]
    public var range: Range
    /// Where the suppression is written, for `structure/unused-suppression`.
    public var location: SourceLocation

    public init(rules: [RuleID], range: Range, location: SourceLocation) {
        self.rules = rules
        self.range = range
        self.location = location
    }

    /// Whether this suppression silences `rule` at `location`.
    public func covers(_ rule: RuleID, at location: SourceLocation) -> Bool {
        guard rules.isEmpty || rules.contains(rule) else { return false }
        switch range {
        case .lines(let lines): return location.line.map(lines.contains) ?? false
        case .paragraphs(let paragraphs): return location.paragraph.map(paragraphs.contains) ?? false
        }
    }

    /// Parses the words after `disable`/`enable`: rule ids separated by spaces or commas.
    public static func ruleList(_ text: Substring) -> [RuleID] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { RuleID(String($0)) }
    }
}

/// Collects `disable`/`enable` pairs in document order into suppressions.
public struct SuppressionCollector: Sendable {
    private var open: [(rules: [RuleID], start: Int, location: SourceLocation)] = []
    public private(set) var suppressions: [Suppression] = []
    private let usesLines: Bool

    /// `usesLines`: positions are XML lines; otherwise paragraph indexes.
    public init(usesLines: Bool) {
        self.usesLines = usesLines
    }

    /// Handles an instruction text such as `disable structure/numbering` at `position`.
    public mutating func instruction(_ text: String, position: Int, location: SourceLocation) {
        let words = text.trimmingWhitespace
        if words.hasPrefix("disable") {
            open.append((Suppression.ruleList(words.dropFirst("disable".count)), position, location))
        } else if words.hasPrefix("enable") {
            let rules = Suppression.ruleList(words.dropFirst("enable".count))
            guard let index = open.lastIndex(where: { rules.isEmpty || $0.rules == rules }) else { return }
            let region = open.remove(at: index)
            add(region.rules, region.start, max(region.start, position), region.location)
        }
    }

    /// Closes regions left open at the end of the document (they run to its end).
    public mutating func finish(lastPosition: Int) {
        for region in open { add(region.rules, region.start, max(region.start, lastPosition), region.location) }
        open = []
    }

    /// The suppressions, with regions left open running to `lastPosition`.
    public func suppressionsFinishing(at lastPosition: Int) -> [Suppression] {
        var copy = self
        copy.finish(lastPosition: lastPosition)
        return copy.suppressions
    }

    private mutating func add(_ rules: [RuleID], _ start: Int, _ end: Int, _ location: SourceLocation) {
        let range: Suppression.Range = usesLines ? .lines(start...end) : .paragraphs(start...end)
        suppressions.append(Suppression(rules: rules, range: range, location: location))
    }
}
