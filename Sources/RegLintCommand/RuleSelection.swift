import Foundation
import RegLintChecks
import RegLintCore

/// The rules a run uses: the built-in checks, the Swift checks a custom runner adds, the rules
/// of the configuration's YAML packs, each with the severity and options of the configuration's
/// `rules:` map. Unknown rule ids are refused (with a suggestion), options that do not decode
/// too. Library API: a custom runner gets the same selection as `reglint check`.
public struct RuleSelection: Sendable {
    /// The rules to run: built-in, custom, pack and plugin rules, per-document and corpus alike.
    public var checks: [Engine.ConfiguredCheck] = []
    /// The severity of `structure/unused-suppression`, nil when it is off.
    public var unusedSuppressionSeverity: Severity?
    /// Registry files to read: the configuration's and its packs'.
    public var registries: [String] = []
    /// Every rule this selection knows, sorted by id, whether it runs or not.
    public var descriptions: [CheckDescription] = []
    /// Where the run's plugins record their failures (read them after the run).
    public let pluginFailures = PluginFailures()
    /// Packs that could not be loaded, one message each naming the file, the rule and the key;
    /// their rules do not run and the rest of the run goes on.
    public var packFailures: [String] = []

    /// Rule ids reserved for checks this version does not have yet; settings for them
    /// are accepted (so one configuration serves several versions) and ignored with a note.
    static let plannedIDs: Set<String> = [
        "figures/sum", "figures/percent", "figures/words", "figures/restated", "figures/table-total",
        "figures/date-order", "input/unreadable",
    ]

    /// The rules of `configuration`, with `extraChecks` (a custom runner's own ``Check`` and
    /// ``CorpusCheck`` types) beside the built-in ones; `notes` hears about settings that are
    /// ignored.
    public init(
        configuration: Configuration, extraChecks: [any ConfigurableCheck.Type] = [],
        notes: (String) -> Void = { _ in }
    ) throws(ConfigurationError) {
        let file = configuration.file ?? "configuration"
        var packRules: [PackRule] = []
        registries = configuration.registries
        var brokenPacks = Set<String>()
        for folder in configuration.packs {
            do {
                let pack = try RulePack.load(folder: folder)
                packRules += pack.rules
                registries += pack.registries
            } catch {
                packFailures.append("pack \((folder as NSString).lastPathComponent) not loaded: \(error)")
                brokenPacks.insert((folder as NSString).lastPathComponent)
            }
        }
        let plugins = configuration.plugins.map { PluginCheck(plugin: $0, failures: pluginFailures) }
        let swiftChecks = BuiltInChecks.all + extraChecks
        descriptions =
            (swiftChecks.map { $0.description }
            + packRules.map(\.description) + plugins.flatMap(\.descriptions) + [UnusedSuppressions.description]).sorted
        { $0.id < $1.id }
        let known = descriptions.map(\.id.rawValue)
        for (id, count) in Dictionary(known.map { ($0, 1) }, uniquingKeysWith: +) where count > 1 {
            throw .invalid(
                file: file, key: nil, reason: "two rules have the id \(id) (a pack or custom check repeats it)")
        }
        for id in configuration.rules.keys.sorted() where !known.contains(id) {
            if brokenPacks.contains(RuleID(id).family) { continue }
            if Self.plannedIDs.contains(id) {
                notes(
                    "note: \(file): rules.\(id): this rule is not available in reglint \(ReglintVersion.current); ignored"
                )
                continue
            }
            let suggestion =
                Suggestion.closest(to: id, among: known + Self.plannedIDs.sorted()).map { " (did you mean '\($0)'?)" }
                ?? ""
            throw .invalid(file: file, key: "rules.\(id)", reason: "unknown rule\(suggestion)")
        }
        for check in swiftChecks {
            if let configured = try Self.configure(check.description, configuration, check.configuredCheck) {
                checks.append(configured)
            }
        }
        for rule in packRules {
            if let severity = try Self.configure(rule.description, configuration, Self.noOptions) {
                checks.append(rule.configured(severity: severity))
            }
        }
        for plugin in plugins {
            var enabled: [(CheckDescription, Severity)] = []
            for description in plugin.descriptions {
                if let severity = try Self.configure(description, configuration, Self.noOptions) {
                    enabled.append((description, severity))
                }
            }
            checks += plugin.configured(severities: enabled)
        }
        unusedSuppressionSeverity = try Self.configure(UnusedSuppressions.description, configuration, Self.noOptions)
    }

    /// The engine that runs these rules.
    /// - Throws: ``ConfigurationError`` when a registry cannot be read.
    public func engine(
        asOf: Day, language: Language?, profiles: ProfileCatalog = .starter,
        toolVersion: String = ReglintVersion.current
    ) throws -> Engine {
        Engine(
            checks: checks, asOf: asOf, language: language, toolVersion: toolVersion,
            registry: try InstrumentRegistry.load(paths: registries), profiles: profiles,
            unusedSuppressionSeverity: unusedSuppressionSeverity)
    }

    /// The severity of a rule without options, after refusing any option given to it.
    private static func noOptions(_ yaml: String?, severity: Severity) throws -> Severity {
        _ = try NoOptions.decoded(fromYAML: yaml)
        return severity
    }

    /// `make` given the rule's options and severity, or nil when the configuration turns the
    /// rule off.
    private static func configure<Instance>(
        _ description: CheckDescription, _ configuration: Configuration,
        _ make: (_ optionsYAML: String?, _ severity: Severity) throws -> Instance
    ) throws(ConfigurationError) -> Instance? {
        let setting = configuration.rules[description.id.rawValue]
        if setting?.isOff == true || (setting == nil && !description.isEnabledByDefault) { return nil }
        do {
            return try make(setting?.optionsYAML, setting?.severity ?? description.defaultSeverity)
        } catch {
            throw .invalid(
                file: configuration.file ?? "configuration", key: "rules.\(description.id)", reason: "\(error)")
        }
    }
}
