import Yams

/// One entry of the configuration's `rules:` map: a severity (`error`, `warning`, `info`),
/// `off`/`false`, or a map with `severity` and the rule's options.
public struct RuleSetting: Sendable, Equatable {
    /// The severity to report with; nil keeps the rule's default.
    public var severity: Severity?
    public var isOff: Bool
    /// The rule's options as YAML, for ``Check/configured(optionsYAML:)``.
    public var optionsYAML: String?

    public init(severity: Severity? = nil, isOff: Bool = false, optionsYAML: String? = nil) {
        self.severity = severity
        self.isOff = isOff
        self.optionsYAML = optionsYAML
    }

    /// Reads the `rules:` map of a configuration text.
    static func parseRules(in text: String, file: String) throws(ConfigurationError) -> [String: RuleSetting] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .invalid(file: file, key: nil, reason: "not valid YAML: \(error)")
        }
        guard let rules = root?.mapping?["rules"] else { return [:] }
        if let scalar = rules.scalar, ["", "~", "null"].contains(scalar.string) { return [:] }
        guard let mapping = rules.mapping else {
            throw .invalid(file: file, key: "rules", reason: "expected a map from rule id to a severity or options")
        }
        var settings: [String: RuleSetting] = [:]
        for (key, value) in mapping {
            guard let id = key.string else { continue }
            settings[id] = try setting(value, key: "rules.\(id)", file: file)
        }
        return settings
    }

    private static func setting(_ node: Node, key: String, file: String) throws(ConfigurationError) -> RuleSetting {
        if let scalar = node.scalar {
            return try severity(scalar.string, key: key, file: file)
        }
        guard let mapping = node.mapping else {
            throw .invalid(file: file, key: key, reason: "expected a severity or a map with severity and options")
        }
        var setting = RuleSetting()
        var options = mapping
        if let severityNode = mapping["severity"], let text = severityNode.scalar?.string {
            setting = try severity(text, key: key + ".severity", file: file)
            options["severity"] = nil
        }
        if !options.isEmpty {
            setting.optionsYAML = (try? Yams.serialize(node: .mapping(options))) ?? ""
        }
        return setting
    }

    private static func severity(_ text: String, key: String, file: String) throws(ConfigurationError) -> RuleSetting {
        switch text.lowercased() {
        case "off", "false", "no": return RuleSetting(isOff: true)
        case "on", "true", "yes": return RuleSetting()
        default:
            guard let severity = Severity(rawValue: text.lowercased()) else {
                throw .invalid(file: file, key: key, reason: "expected error, warning, info or off, found '\(text)'")
            }
            return RuleSetting(severity: severity)
        }
    }
}
