/// Everything a check says about itself: its id, prose and examples. `reglint rules`, the
/// generated docs, SARIF's rule metadata and the example tests all read it.
public struct CheckDescription: Sendable {
    public let id: RuleID
    /// A short title, e.g. `Numbering`.
    public let name: String
    /// One sentence without a final period.
    public let summary: String
    /// Why the rule exists, in Markdown.
    public let rationale: String
    public let defaultSeverity: Severity
    public let isEnabledByDefault: Bool
    public let triggeringExamples: [Example]
    public let nonTriggeringExamples: [Example]

    public init(
        id: RuleID, name: String, summary: String, rationale: String, defaultSeverity: Severity,
        isEnabledByDefault: Bool = true, triggeringExamples: [Example], nonTriggeringExamples: [Example]
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.isEnabledByDefault = isEnabledByDefault
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
