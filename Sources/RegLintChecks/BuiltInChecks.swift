import RegLintCore

/// Every built-in check, sorted by rule id. Adding a check adds one line here.
public enum BuiltInChecks {
    /// Checks that see one document at a time.
    public static let all: [any Check.Type] = [
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
        UnknownReferenceCheck.self,
        NumberingCheck.self,
    ]

    /// Checks that see every document of the run.
    public static let corpus: [any CorpusCheck.Type] = [
        OutdatedReferenceCheck.self
    ]

    /// The descriptions of every built-in rule, sorted by rule id: the checks' and the rule the
    /// engine reports itself, `structure/unused-suppression`.
    public static var descriptions: [CheckDescription] {
        (all.map { $0.description } + corpus.map { $0.description } + [UnusedSuppressions.description])
            .sorted { $0.id < $1.id }
    }

    /// Default options as YAML, by rule id.
    public static var defaultOptions: [RuleID: String] {
        Dictionary(
            uniqueKeysWithValues: all.map { ($0.description.id, $0.defaultOptionsYAML) }
                + corpus.map { ($0.description.id, $0.defaultOptionsYAML) }
                + [(UnusedSuppressions.description.id, "{}")])
    }
}
