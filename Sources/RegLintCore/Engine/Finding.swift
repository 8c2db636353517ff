/// A diagnostic with its rule id, configured severity and file, as reporters show it.
public struct Finding: Sendable, Equatable, Codable {
    public var rule: RuleID
    public var severity: Severity
    /// The message in the report's language (English unless the report was localized).
    public var message: String
    /// The message in every language the check wrote it in; `message` is one of its texts.
    public var localizedMessage: Diagnostic.Message
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
        self.localizedMessage = Diagnostic.Message(message)
        self.path = path
        self.location = location
        self.excerpt = excerpt
        self.range = range
        self.fix = fix
    }

    /// A finding whose message is known in several languages; `message` is its English text.
    public init(
        rule: RuleID, severity: Severity, message: Diagnostic.Message, path: String, location: SourceLocation,
        excerpt: String? = nil, range: TextRange? = nil, fix: Fix? = nil
    ) {
        self.init(
            rule: rule, severity: severity, message: message.text, path: path, location: location, excerpt: excerpt,
            range: range, fix: fix)
        self.localizedMessage = message
    }

    /// The finding with its message in `language`.
    public func localized(to language: MessageLanguage) -> Finding {
        var finding = self
        finding.message = localizedMessage.text(in: language)
        return finding
    }
}
