import RegLintChecks
import RegLintCore

/// Turns the configuration's `rules:` map into the checks to run, refusing unknown rule ids
/// (with a suggestion) and options that do not decode.
enum RuleSelection {
    /// Rule ids DESIGN.md reserves for checks this version does not have yet; settings for them
    /// are accepted (so one configuration serves several versions) and ignored with a note.
    static let plannedIDs: Set<String> = [
        "clauses/missing", "clauses/empty",
        "figures/sum", "figures/percent", "figures/words", "figures/restated", "figures/table-total",
        "figures/date-order", "input/unreadable",
    ]

    static func checks(for configuration: Configuration, notes: (String) -> Void) throws(ConfigurationError) -> [Engine
        .ConfiguredCheck]
    {
        let file = configuration.file ?? "configuration"
        let known = BuiltInChecks.descriptions.map(\.id.rawValue)
        for id in configuration.rules.keys.sorted() where !known.contains(id) {
            if plannedIDs.contains(id) {
                notes(
                    "note: \(file): rules.\(id): this rule is not available in reglint \(ReglintVersion.current); ignored"
                )
                continue
            }
            let suggestion =
                Suggestion.closest(to: id, among: known + plannedIDs.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
            throw .invalid(file: file, key: "rules.\(id)", reason: "unknown rule\(suggestion)")
        }
        var result: [Engine.ConfiguredCheck] = []
        for check in BuiltInChecks.all {
            guard let (instance, severity) = try configure(check.description, in: configuration, make: check.configured)
            else { continue }
            result.append(Engine.ConfiguredCheck(check: instance, severity: severity))
        }
        return result
    }

    /// A check with its options and severity, or nil when the configuration turns it off.
    private static func configure<Instance>(
        _ description: CheckDescription, in configuration: Configuration, make: (String?) throws -> Instance
    ) throws(ConfigurationError) -> (Instance, Severity)? {
        let setting = configuration.rules[description.id.rawValue]
        if setting?.isOff == true || (setting == nil && !description.isEnabledByDefault) { return nil }
        do {
            return (try make(setting?.optionsYAML), setting?.severity ?? description.defaultSeverity)
        } catch {
            throw .invalid(
                file: configuration.file ?? "configuration", key: "rules.\(description.id)", reason: "\(error)")
        }
    }

    /// The severity of `structure/unused-suppression` (which the engine reports itself), nil
    /// when the configuration turns it off.
    static func unusedSuppressionSeverity(for configuration: Configuration) throws(ConfigurationError) -> Severity? {
        let description = UnusedSuppressions.description
        guard
            let (_, severity) = try configure(
                description, in: configuration,
                make: { yaml in
                    _ = try NoOptions.decoded(fromYAML: yaml)
                })
        else { return nil }
        return severity
    }

    /// The corpus checks to run, configured like the others.
    static func corpusChecks(for configuration: Configuration) throws(ConfigurationError) -> [Engine
        .ConfiguredCorpusCheck]
    {
        var result: [Engine.ConfiguredCorpusCheck] = []
        for check in BuiltInChecks.corpus {
            guard let (instance, severity) = try configure(check.description, in: configuration, make: check.configured)
            else { continue }
            result.append(Engine.ConfiguredCorpusCheck(check: instance, severity: severity))
        }
        return result
    }
}
