import Foundation
import Yams

/// The contents of a `.reglint.yml` file (see docs/configuration.md).
///
/// This holds the keys the readers need today; rule settings, registries, profiles, packs and
/// plugins are kept as written until the engine reads them.
public struct Configuration: Sendable, Equatable {
    /// The file this configuration was read from; relative paths inside it are relative to its
    /// folder.
    public var file: String?
    public var language: Language?
    public var xmlMappings: [XMLStructureMapping]
    /// The date "outdated" is judged against (`as_of`); the command line's `--as-of` wins.
    public var asOf: Day?
    /// Per-rule settings by rule id, as written.
    public var rules: [String: RuleSetting]
    /// Which files in folders named on the command line are checked (relative to the
    /// configuration's folder).
    public var include: [Glob] = [Glob("**/*.docx"), Glob("**/*.xml")]
    public var exclude: [Glob] = []
    /// Registry, profile and pack files and plugin commands, paths resolved against the
    /// configuration's folder (read by the checks that use them). A registry may also be a
    /// built-in one, `builtin:NAME`, kept as written.
    public var registries: [String] = []
    public var profiles: [String] = []
    public var packs: [String] = []
    public var plugins: [Plugin] = []
    /// Whether the built-in starter profiles apply by their `applies_to` (`starter_profiles`).
    public var usesStarterProfiles = true
    /// Profiles named for paths (`profile_assignments`), whatever their `applies_to` says.
    public var profileAssignments: [ProfileCatalog.ProfileAssignment] = []
    /// Limits on input size and shape.
    public var limits = InputLimits()
    /// The language of messages and rule descriptions (`messages`); nil for the default,
    /// English. The command line's `--lang` wins.
    public var messages: MessageLanguage?

    /// An out-of-process check (see docs/plugins.md): a program that receives one JSON request
    /// per document and prints its findings as JSON.
    public struct Plugin: Sendable, Equatable, Decodable {
        /// The plugin's namespace: its rules are `NAME/RULE`.
        public var name: String
        /// The program and its arguments; a relative program path (one with a `/`) is relative
        /// to the configuration's folder, and the program runs in that folder.
        public var command: [String]
        /// The names of the rules it reports (ids `NAME/RULE`), so `rules:` can set them.
        public var rules: [String]
        /// Seconds the program may take for one document before it is stopped.
        public var timeout: Double
        /// The plugin's options as JSON text, passed in every request (`{}` when none).
        public var optionsJSON: String = "{}"
        /// The folder the program runs in (the configuration's).
        public var folder: String = "."

        public static let knownKeys = ["name", "command", "rules", "timeout", "options"]

        enum CodingKeys: String, CodingKey {
            case name, command, rules, timeout
        }

        public init(name: String, command: [String], rules: [String], timeout: Double = 10) {
            self.name = name
            self.command = command
            self.rules = rules
            self.timeout = timeout
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            command = try container.decode([String].self, forKey: .command)
            rules = try container.decodeIfPresent([String].self, forKey: .rules) ?? []
            timeout = try container.decodeIfPresent(Double.self, forKey: .timeout) ?? 10
        }
    }

    /// Keys a configuration file may have.
    public static let knownKeys = [
        "include", "exclude", "language", "as_of", "rules", "registries", "profiles", "packs", "plugins",
        "xml_mappings", "limits", "starter_profiles", "profile_assignments", "messages",
    ]

    public init(
        file: String? = nil, language: Language? = nil, xmlMappings: [XMLStructureMapping] = [], asOf: Day? = nil,
        rules: [String: RuleSetting] = [:]
    ) {
        self.file = file
        self.language = language
        self.xmlMappings = xmlMappings
        self.asOf = asOf
        self.rules = rules
    }

    private struct FileContents: Decodable {
        var language: String?
        var xml_mappings: [XMLStructureMapping]?
        var as_of: String?
        var include: [String]?
        var exclude: [String]?
        var registries: [String]?
        var profiles: [String]?
        var packs: [String]?
        var plugins: [Plugin]?
        var limits: InputLimits?
        var starter_profiles: Bool?
        var profile_assignments: [Assignment]?
        var messages: String?

        struct Assignment: Decodable {
            var path: String
            var profiles: [String]
        }
    }

    /// Reads a configuration file.
    /// - Throws: ``ConfigurationError`` naming the file and what is wrong.
    public static func load(from path: String) throws(ConfigurationError) -> Configuration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    /// Parses configuration text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> Configuration {
        let contents: FileContents
        do {
            guard !text.trimmingWhitespace.isEmpty else { return Configuration(file: file) }
            contents = try YAMLDecoder().decode(FileContents.self, from: text)
        } catch let error as DecodingError {
            throw .invalid(file: file, key: error.codingPathDescription, reason: error.reasonDescription)
        } catch {
            throw .invalid(file: file, key: nil, reason: "not valid YAML: \(error)")
        }
        try checkKeys(text, file: file)
        var configuration = Configuration(file: file, xmlMappings: contents.xml_mappings ?? [])
        configuration.rules = try RuleSetting.parseRules(in: text, file: file)
        if let include = contents.include { configuration.include = include.map(Glob.init) }
        configuration.exclude = (contents.exclude ?? []).map(Glob.init)
        let folder = (file as NSString).deletingLastPathComponent
        func resolved(_ paths: [String]?, key: String) throws(ConfigurationError) -> [String] {
            var result: [String] = []
            for (index, path) in (paths ?? []).enumerated() {
                if key == "registries", BuiltInRegistries.isReference(path) {
                    guard BuiltInRegistries.text(for: path) == nil else {
                        result.append(path)
                        continue
                    }
                    let names = BuiltInRegistries.all.map { BuiltInRegistries.prefix + $0.name }
                    let suggestion = Suggestion.closest(to: path, among: names).map { "did you mean '\($0)'? " } ?? ""
                    throw .invalid(
                        file: file, key: "\(key)[\(index)]",
                        reason: "no built-in registry \(path) (\(suggestion)built in: \(names.joined(separator: ", ")))"
                    )
                }
                let full = path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
                guard FileManager.default.fileExists(atPath: full) else {
                    throw .invalid(
                        file: file, key: "\(key)[\(index)]",
                        reason: "no such file or folder: \(path) (paths are relative to this file)")
                }
                result.append(full)
            }
            return result
        }
        configuration.registries = try resolved(contents.registries, key: "registries")
        configuration.profiles = try resolved(contents.profiles, key: "profiles")
        configuration.packs = try resolved(contents.packs, key: "packs")
        configuration.plugins = contents.plugins ?? []
        configuration.limits = contents.limits ?? InputLimits()
        configuration.usesStarterProfiles = contents.starter_profiles ?? true
        for (index, assignment) in (contents.profile_assignments ?? []).enumerated() {
            guard !assignment.profiles.isEmpty else {
                throw .invalid(file: file, key: "profile_assignments[\(index)].profiles", reason: "the list is empty")
            }
            configuration.profileAssignments.append(
                ProfileCatalog.ProfileAssignment(path: Glob(assignment.path), profiles: assignment.profiles))
        }
        try readPlugins(into: &configuration, text: text, folder: folder)
        if let asOf = contents.as_of {
            guard let day = Day(iso: asOf) else {
                throw .invalid(file: file, key: "as_of", reason: "expected a date YYYY-MM-DD, found '\(asOf)'")
            }
            configuration.asOf = day
        }
        if let language = contents.language, language != "auto" {
            guard let parsed = Language(rawValue: language), parsed != .unknown else {
                throw .invalid(file: file, key: "language", reason: "expected vi, en or auto, found '\(language)'")
            }
            configuration.language = parsed
        }
        if let messages = contents.messages {
            configuration.messages = try messageLanguage(messages, file: file)
        }
        return configuration
    }

    /// The `messages:` value, or an error suggesting the nearest valid one.
    private static func messageLanguage(_ value: String, file: String) throws(ConfigurationError) -> MessageLanguage {
        if let language = MessageLanguage(rawValue: value) { return language }
        let folded = value.lowercased()
        let guess: String? =
            folded.hasPrefix("vi") || folded == "vn" || folded.hasPrefix("tiếng việt")
            ? "vi" : folded.hasPrefix("en") || folded == "eng" ? "en" : nil
        throw .invalid(
            file: file, key: "messages",
            reason: "expected vi or en, found '\(value)'" + (guess.map { " (did you mean '\($0)'?)" } ?? ""))
    }

    /// Checks each plugin entry and keeps its options (any YAML map) as JSON.
    private static func readPlugins(
        into configuration: inout Configuration, text: String, folder: String
    ) throws(ConfigurationError) {
        let file = configuration.file ?? "configuration"
        let nodes = ((try? Yams.compose(yaml: text)) ?? nil)?.mapping?["plugins"]?.sequence.map(Array.init) ?? []
        for (index, plugin) in configuration.plugins.enumerated() {
            let key = "plugins[\(index)]"
            let mapping = index < nodes.count ? nodes[index].mapping : nil
            for name in mapping?.keys.compactMap(\.string) ?? [] where !Plugin.knownKeys.contains(name) {
                let suggestion =
                    Suggestion.closest(to: name, among: Plugin.knownKeys).map { " (did you mean '\($0)'?)" } ?? ""
                throw .invalid(file: file, key: "\(key).\(name)", reason: "unknown key\(suggestion)")
            }
            guard !plugin.command.isEmpty else {
                throw .invalid(file: file, key: "\(key).command", reason: "the command is empty")
            }
            guard RuleID("\(plugin.name)/x").isValid else {
                throw .invalid(
                    file: file, key: "\(key).name",
                    reason: "'\(plugin.name)' is not a namespace: use lowercase letters, digits and hyphens")
            }
            for (ruleIndex, rule) in plugin.rules.enumerated() where !RuleID("\(plugin.name)/\(rule)").isValid {
                throw .invalid(
                    file: file, key: "\(key).rules[\(ruleIndex)]",
                    reason: "'\(rule)' is not a rule name: use lowercase letters, digits and hyphens")
            }
            guard plugin.timeout > 0 else {
                throw .invalid(file: file, key: "\(key).timeout", reason: "expected a number of seconds above 0")
            }
            configuration.plugins[index].folder = folder.isEmpty ? "." : folder
            if let options = mapping?["options"] {
                guard let json = jsonText(options) else {
                    throw .invalid(file: file, key: "\(key).options", reason: "expected a map of options")
                }
                configuration.plugins[index].optionsJSON = json
            }
        }
    }

    /// A YAML map as JSON text (scalars as strings, numbers and booleans as YAML reads them).
    static func jsonText(_ node: Node) -> String? {
        func value(_ node: Node) -> Any {
            if let mapping = node.mapping {
                return Dictionary(
                    mapping.compactMap { key, value in key.string.map { ($0, value) } }.map { ($0.0, value($0.1)) },
                    uniquingKeysWith: { first, _ in first })
            }
            if let sequence = node.sequence { return sequence.map(value) }
            if let bool = node.bool { return bool }
            if let int = node.int { return int }
            if let double = node.float { return double }
            if node.null != nil { return NSNull() }
            return node.string ?? ""
        }
        guard node.mapping != nil,
            let data = try? JSONSerialization.data(withJSONObject: value(node), options: [.sortedKeys])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Refuses keys the format does not have, suggesting the closest known one.
    private static func checkKeys(_ text: String, file: String) throws(ConfigurationError) {
        guard let mapping = (try? Yams.compose(yaml: text))??.mapping else { return }
        for key in mapping.keys.compactMap(\.string) where !knownKeys.contains(key) {
            let suggestion = Suggestion.closest(to: key, among: knownKeys).map { " (did you mean '\($0)'?)" } ?? ""
            throw .invalid(file: file, key: key, reason: "unknown key\(suggestion)")
        }
        let limitKeys = InputLimits.CodingKeys.allCases.map(\.rawValue)
        for key in mapping["limits"]?.mapping?.keys.compactMap(\.string) ?? [] where !limitKeys.contains(key) {
            let suggestion = Suggestion.closest(to: key, among: limitKeys).map { " (did you mean '\($0)'?)" } ?? ""
            throw .invalid(file: file, key: "limits.\(key)", reason: "unknown limit\(suggestion)")
        }
    }

    /// Finds `.reglint.yml` in `folder` or the nearest folder above it.
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(".reglint.yml").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
