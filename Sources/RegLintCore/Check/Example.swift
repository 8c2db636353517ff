/// A tiny document that shows a check at work; examples are the check's tests and its docs.
///
/// The document is a plain-text outline, one paragraph a line, headings written as printed
/// (`Chương I`, `Điều 3. …`, `1.`, `a)`), tables as `| … |` rows. `↓` marks the start of the
/// excerpt of each expected finding, in document order.
public struct Example: Sendable {
    public let outline: String
    /// YAML for the rule's options when they are not the defaults.
    public let options: String?
    /// The date "today" is for the example, `YYYY-MM-DD`.
    public let asOf: String?
    public let language: Language?
    /// Optional regular expressions, one per marker, that the messages must match.
    public let messages: [String]
    /// Whether the example appears in the rule's documentation.
    public let isInDocumentation: Bool
    public let file: StaticString
    public let line: UInt

    public init(
        _ outline: String, options: String? = nil, asOf: String? = nil, language: Language? = nil,
        expecting messages: [String] = [], inDocs: Bool = true, file: StaticString = #filePath, line: UInt = #line
    ) {
        self.outline = outline
        self.options = options
        self.asOf = asOf
        self.language = language
        self.messages = messages
        self.isInDocumentation = inDocs
        self.file = file
        self.line = line
    }

    /// The marker that shows where a finding is expected.
    public static let marker: Character = "↓"
}
