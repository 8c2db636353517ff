import RegLintCore

/// `structure/unused-suppression`: an inline suppression that suppresses nothing.
struct UnusedSuppressionCheck: Check {
    static let description = CheckDescription(
        id: .unusedSuppression,
        name: "Unused suppression",
        summary: "An inline suppression that suppresses nothing",
        rationale: """
            A suppression (`<?reglint disable RULE?>` in XML, a Word comment starting \
            `reglint: disable RULE` in DOCX) that no longer silences any finding has outlived its \
            reason: the text it covered was fixed or moved. Left in place, it would silently hide \
            the next real problem in that range, so remove it. The engine runs this rule after all \
            others and knows which suppressions were used.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                "#reglint disable structure/numbering\n↓Điều 1. Phạm vi\nĐiều 2. Đối tượng\n#reglint enable structure/numbering"
            ),
            Example("Article 1 Scope\n#reglint disable\n↓1. Text with nothing to silence."),
        ],
        nonTriggeringExamples: [
            Example("Điều 1. Phạm vi\nĐiều 2. Đối tượng")
        ]
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        document.suppressions.enumerated()
            .filter { !context.usedSuppressions.contains($0.offset) }
            .map { Diagnostic(message: .unused($0.element.rules), location: $0.element.location) }
    }
}

extension Diagnostic.Message {
    fileprivate static func unused(_ rules: [RuleID]) -> Self {
        let names = rules.isEmpty ? "every rule" : rules.map(\.rawValue).joined(separator: ", ")
        return Self("suppression of \(names) suppresses nothing; remove it")
    }
}
