/// A diagnostic with its rule id, configured severity and file, as reporters show it.
public struct Finding: Sendable, Equatable, Codable {
    public var rule: RuleID
    public var severity: Severity
    public var message: String
    public var path: String
    public var location: SourceLocation
    public var excerpt: String?
    /// Where `excerpt` lies in the text of the paragraph `location` names (see ``TextRange``).
    public var range: TextRange?
    public var fix: Fix?

    public init(
        rule: RuleID, severity: Severity, message: String, path: String, location: SourceLocation,
        excerpt: String? = nil, range: TextRange? = nil, fix: Fix? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.location = location
        self.excerpt = excerpt
        self.range = range
        self.fix = fix
    }
}
