/// `structure/unused-suppression`, the rule the engine reports itself: once every check (per
/// document, corpus, pack and plugin) has run and the document's inline suppressions have
/// filtered the findings, a suppression that silenced nothing is reported.
public enum UnusedSuppressions {
    public static let description = CheckDescription(
        id: .unusedSuppression,
        name: "Unused suppression",
        summary: "An inline suppression that suppresses nothing",
        rationale: """
            A suppression (`<?reglint disable RULE?>` in XML, a Word comment starting \
            `reglint: disable RULE` in DOCX) that no longer silences any finding has outlived its \
            reason: the text it covered was fixed or moved. Left in place, it would silently hide \
            the next real problem in that range, so remove it. The engine reports this rule itself, \
            after every check of the run (corpus checks, packs and plugins included) has reported \
            and the suppressions have been applied.
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

    /// "suppression of RULES suppresses nothing; remove it".
    static func message(for rules: [RuleID]) -> String {
        let names = rules.isEmpty ? "every rule" : rules.map(\.rawValue).joined(separator: ", ")
        return "suppression of \(names) suppresses nothing; remove it"
    }
}
