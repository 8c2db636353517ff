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
    /// The name, summary and rationale in Vietnamese, when the check gives them.
    public let vietnamese: Translation?

    /// A check's name, summary and rationale in another language.
    public struct Translation: Sendable, Equatable {
        public let name: String
        public let summary: String
        public let rationale: String

        public init(name: String, summary: String, rationale: String) {
            self.name = name
            self.summary = summary
            self.rationale = rationale
        }
    }

    public init(
        id: RuleID, name: String, summary: String, rationale: String, defaultSeverity: Severity,
        isEnabledByDefault: Bool = true, triggeringExamples: [Example], nonTriggeringExamples: [Example],
        vietnamese: Translation? = nil
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.isEnabledByDefault = isEnabledByDefault
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.vietnamese = vietnamese
    }

    /// The description with its name, summary and rationale in `language` (as written when it
    /// has no translation into it).
    public func localized(to language: MessageLanguage) -> CheckDescription {
        guard language == .vi, let vietnamese else { return self }
        return CheckDescription(
            id: id, name: vietnamese.name, summary: vietnamese.summary, rationale: vietnamese.rationale,
            defaultSeverity: defaultSeverity, isEnabledByDefault: isEnabledByDefault,
            triggeringExamples: triggeringExamples, nonTriggeringExamples: nonTriggeringExamples, vietnamese: vietnamese
        )
    }
}
