import RegLintCore

/// Every built-in check, sorted by rule id. Adding a check adds one line here.
public enum BuiltInChecks {
    /// Every built-in check, per-document (``Check``) and corpus (``CorpusCheck``) alike.
    public static let all: [any ConfigurableCheck.Type] = [
        EmptyClauseCheck.self,
        MissingClauseCheck.self,
        DateOrderCheck.self,
        PercentCheck.self,
        RestatedCheck.self,
        StructureCountCheck.self,
        SumCheck.self,
        TableTotalCheck.self,
        WordsCheck.self,
        LegacyEncodingCheck.self,
        DanglingReferenceCheck.self,
        OutdatedReferenceCheck.self,
        UnknownReferenceCheck.self,
        NumberingCheck.self,
    ]

    /// The descriptions of every built-in rule, sorted by rule id: the checks' and the rule the
    /// engine reports itself, `structure/unused-suppression`.
    public static var descriptions: [CheckDescription] {
        (all.map { $0.description } + [UnusedSuppressions.description])
            .sorted { $0.id < $1.id }
    }

    /// Default options as YAML, by rule id.
    public static var defaultOptions: [RuleID: String] {
        Dictionary(
            uniqueKeysWithValues: all.map { ($0.description.id, $0.defaultOptionsYAML) }
                + [(UnusedSuppressions.description.id, "{}")])
    }
}
