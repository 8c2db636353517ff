/// What a check found and where: the engine turns it into a ``Finding`` with the rule id and
/// the configured severity.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// A one-sentence message without a final period, built by a factory beside the check.
    public struct Message: Sendable, Equatable, Codable, CustomStringConvertible {
        public let text: String

        public init(_ text: String) {
            self.text = text
        }

        public var description: String { text }
    }

    public var message: Message
    public var location: SourceLocation
    /// The document's own words the finding concerns, as printed.
    public var excerpt: String?
    /// Where `excerpt` lies in the text of the paragraph `location` names, when the check knows it.
    public var range: TextRange?
    /// The text that should replace `excerpt` (the `range`, when there is one), when the check knows it.
    public var fix: Fix?

    public init(
        message: Message, location: SourceLocation, excerpt: String? = nil, range: TextRange? = nil, fix: Fix? = nil
    ) {
        self.message = message
        self.location = location
        self.excerpt = excerpt
        self.range = range
        self.fix = fix
    }
}

/// A replacement for a finding's excerpt.
public struct Fix: Sendable, Equatable, Codable {
    public var replacement: String

    public init(replacement: String) {
        self.replacement = replacement
    }
}
