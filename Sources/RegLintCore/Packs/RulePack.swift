import Foundation
import Yams

/// A YAML rule pack: a folder with `pack.yml` (name, version, description, optional
/// registries) and `rules/*.yml`, one rule each, whose ids are `NAME/FILE-STEM`. Packs are
/// listed under `packs:` in `.reglint.yml`; see docs/writing-checks.md for the format.
public struct RulePack: Sendable {
    public let name: String
    public let version: String
    public let summary: String
    /// Registry files of the pack, as paths to read.
    public let registries: [String]
    /// The pack's rules, sorted by id.
    public let rules: [PackRule]

    static let packKeys = ["name", "version", "description", "registries"]
    static let commonKeys = [
        "kind", "summary", "message", "severity", "rationale", "enabled", "ignore_case",
        "ignore_diacritics", "scope", "examples", "message_vi", "summary_vi", "rationale_vi",
    ]
    static let kindKeys: [PackRule.Kind: [String]] = [
        .existence: ["phrases", "patterns"], .substitution: ["swap"], .required: ["phrases", "patterns"],
        .consistency: ["either"], .pattern: ["pattern", "over"], .limit: ["pattern", "max", "min"],
    ]
    static let scopeKeys = ["sections", "headings", "profiles"]

    /// Reads and validates the pack in `folder`.
    /// - Throws: ``ConfigurationError`` naming the file, the rule and the key, with a suggestion
    ///   for a misspelt key.
    public static func load(folder: String) throws(ConfigurationError) -> RulePack {
        let packFile = (folder as NSString).appendingPathComponent("pack.yml")
        let pack = try mapping(of: packFile, what: "pack")
        try checkKeys(pack, known: packKeys, file: packFile, prefix: "")
        guard let name = pack["name"]?.string, RuleID("\(name)/x").isValid else {
            throw .invalid(
                file: packFile, key: "name",
                reason: "expected the pack's name in lowercase letters, digits and hyphens (its rules are NAME/RULE)")
        }
        let registries = try (pack["registries"]?.sequence ?? []).enumerated().map {
            (index, node) throws(ConfigurationError) -> String in
            guard let path = node.string,
                FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(path))
            else {
                throw .invalid(
                    file: packFile, key: "registries[\(index)]", reason: "no such file (paths are relative to the pack)"
                )
            }
            return (folder as NSString).appendingPathComponent(path)
        }
        let rulesFolder = (folder as NSString).appendingPathComponent("rules")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: rulesFolder)) ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        guard !files.isEmpty else {
            throw .invalid(
                file: packFile, key: nil, reason: "the pack has no rules (expected rules/*.yml beside pack.yml)")
        }
        var rules: [PackRule] = []
        for file in files {
            let stem = (file as NSString).deletingPathExtension
            rules.append(
                try rule(id: RuleID("\(name)/\(stem)"), file: (rulesFolder as NSString).appendingPathComponent(file)))
        }
        return RulePack(
            name: name, version: pack["version"]?.string ?? "", summary: pack["description"]?.string ?? "",
            registries: registries, rules: rules)
    }

    private static func mapping(of file: String, what: String) throws(ConfigurationError) -> Node.Mapping {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw .unreadable(file: file, reason: "cannot read the \(what) file (\(error.localizedDescription))")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw .invalid(file: file, key: nil, reason: "not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw .invalid(file: file, key: nil, reason: "expected a map of keys")
        }
        return mapping
    }

    private static func checkKeys(
        _ mapping: Node.Mapping, known: [String], file: String, prefix: String, rule: RuleID? = nil
    ) throws(ConfigurationError) {
        for key in mapping.keys.compactMap(\.string) where !known.contains(key) {
            let suggestion = Suggestion.closest(to: key, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            let owner = rule.map { "rule \($0): " } ?? ""
            throw .invalid(file: file, key: prefix + key, reason: "\(owner)unknown key\(suggestion)")
        }
    }

    private static func rule(id: RuleID, file: String) throws(ConfigurationError) -> PackRule {
        func invalid(_ key: String?, _ reason: String) -> ConfigurationError {
            .invalid(file: file, key: key, reason: "rule \(id): \(reason)")
        }
        guard id.isValid else {
            throw invalid(nil, "the file name must be lowercase letters, digits and hyphens (it is the rule's name)")
        }
        let rule = try mapping(of: file, what: "rule")
        let kinds = PackRule.Kind.allCases.map(\.rawValue)
        guard let kindName = rule["kind"]?.string else {
            throw invalid("kind", "missing; expected one of \(kinds.joined(separator: ", "))")
        }
        guard let kind = PackRule.Kind(rawValue: kindName) else {
            let suggestion = Suggestion.closest(to: kindName, among: kinds).map { "did you mean '\($0)'? " } ?? ""
            throw invalid(
                "kind", "unknown kind '\(kindName)' (\(suggestion)expected one of \(kinds.joined(separator: ", ")))")
        }
        try checkKeys(rule, known: commonKeys + (kindKeys[kind] ?? []), file: file, prefix: "", rule: id)
        func flag(_ key: String, default value: Bool) throws(ConfigurationError) -> Bool {
            guard let node = rule[key] else { return value }
            guard let bool = node.bool else { throw invalid(key, "expected true or false") }
            return bool
        }
        func strings(_ key: String) throws(ConfigurationError) -> [String] {
            guard let node = rule[key] else { return [] }
            if let single = node.string { return [single] }
            guard let list = node.sequence?.compactMap(\.string), list.count == node.sequence?.count else {
                throw invalid(key, "expected a list of strings")
            }
            return list
        }
        let ignoresCase = try flag("ignore_case", default: true)
        let ignoresDiacritics = try flag("ignore_diacritics", default: false)
        var scope = PackRule.Scope()
        if let scopeNode = rule["scope"] {
            guard let scopeMapping = scopeNode.mapping else {
                throw invalid("scope", "expected a map with sections, headings or profiles")
            }
            try checkKeys(scopeMapping, known: scopeKeys, file: file, prefix: "scope.", rule: id)
            if let profiles = scopeMapping["profiles"] {
                guard let ids = profiles.sequence?.compactMap(\.string), ids.count == profiles.sequence?.count,
                    !ids.isEmpty
                else { throw invalid("scope.profiles", "expected a non-empty list of profile ids") }
                scope.profiles = ids
            }
            let sectionKinds = ["part", "chapter", "section", "article", "clause", "point", "annex", "preamble"]
            for (index, name) in (scopeMapping["sections"]?.sequence ?? []).compactMap(\.string).enumerated() {
                guard sectionKinds.contains(name), let kind = SectionKind(rawValue: name) else {
                    let suggestion =
                        Suggestion.closest(to: name, among: sectionKinds).map { "did you mean '\($0)'? " } ?? ""
                    throw invalid(
                        "scope.sections[\(index)]",
                        "unknown section kind '\(name)' (\(suggestion)expected one of \(sectionKinds.joined(separator: ", ")))"
                    )
                }
                scope.sections.append(kind)
            }
            scope.headings = (scopeMapping["headings"]?.sequence ?? []).compactMap(\.string)
        }
        func compile(_ pattern: String, key: String) throws(ConfigurationError) -> NSRegularExpression {
            do {
                return try NSRegularExpression(
                    pattern: MatchableText.pattern(pattern, ignoresDiacritics: ignoresDiacritics),
                    options: ignoresCase ? [.caseInsensitive] : [])
            } catch {
                throw invalid(key, "not a valid regular expression: \(pattern)")
            }
        }
        func phrase(_ text: String, key: String) throws(ConfigurationError) -> NSRegularExpression {
            let folded = MatchableText.pattern(text.collapsingWhitespace, ignoresDiacritics: ignoresDiacritics)
            guard !folded.isEmpty else { throw invalid(key, "an empty phrase") }
            return try compile(
                "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: folded) + "(?![\\p{L}\\p{N}])", key: key
            )
        }
        var expressions: [(NSRegularExpression, String?)] = []
        var overHeadings = false
        var minimum: Decimal?
        var maximum: Decimal?
        switch kind {
        case .existence, .required:
            for (index, text) in try strings("phrases").enumerated() {
                expressions.append((try phrase(text, key: "phrases[\(index)]"), nil))
            }
            for (index, text) in try strings("patterns").enumerated() {
                expressions.append((try compile(text, key: "patterns[\(index)]"), nil))
            }
            guard !expressions.isEmpty else { throw invalid("phrases", "give phrases or patterns to look for") }
        case .substitution:
            guard let swap = rule["swap"]?.mapping, !swap.isEmpty else {
                throw invalid("swap", "expected a map from the deprecated words to the preferred ones")
            }
            for (key, value) in swap {
                guard let deprecated = key.string, let preferred = value.string else {
                    throw invalid("swap", "expected a map from the deprecated words to the preferred ones")
                }
                expressions.append((try phrase(deprecated, key: "swap.\(deprecated)"), preferred))
            }
        case .consistency:
            let either = try strings("either")
            guard either.count == 2 else { throw invalid("either", "expected exactly two spellings") }
            for (index, text) in either.enumerated() {
                expressions.append((try phrase(text, key: "either[\(index)]"), nil))
            }
        case .pattern, .limit:
            guard let pattern = rule["pattern"]?.string else {
                throw invalid("pattern", "missing: a regular expression")
            }
            expressions.append((try compile(pattern, key: "pattern"), nil))
            if let over = rule["over"]?.string {
                guard ["text", "headings"].contains(over) else {
                    throw invalid("over", "expected text or headings, found '\(over)'")
                }
                overHeadings = over == "headings"
            }
            func number(_ key: String) throws(ConfigurationError) -> Decimal? {
                guard let text = rule[key]?.string else { return nil }
                guard let value = Decimal(string: text) else {
                    throw invalid(key, "expected a number, found '\(text)'")
                }
                return value
            }
            minimum = try number("min")
            maximum = try number("max")
            if kind == .limit, minimum == nil, maximum == nil { throw invalid("max", "a limit needs max or min") }
        }
        let defaultMessages: [PackRule.Kind: String] = [
            .existence: "'{match}' should not appear",
            .substitution: "use '{replacement}' instead of '{match}'",
            .required: "{section} lacks the required wording",
            .consistency: "'{match}' and '{other}' both appear; use one spelling",
            .pattern: "'{match}' matches a pattern this rule reports",
            .limit: "{value} in '{match}' is beyond the limit {bound}",
        ]
        let defaultVietnamese: [PackRule.Kind: String] = [
            .existence: "Không nên dùng “{match}”",
            .substitution: "Nên dùng “{replacement}” thay cho “{match}”",
            .required: "“{section}” thiếu cụm từ bắt buộc",
            .consistency: "“{match}” và “{other}” cùng xuất hiện; nên thống nhất một cách viết",
            .pattern: "“{match}” khớp với mẫu mà quy tắc này cần báo",
            .limit: "Giá trị {value} trong “{match}” vượt giới hạn {bound}",
        ]
        var message = rule["message"]?.string ?? defaultMessages[kind] ?? "{match}"
        message = message.replacingOccurrences(of: "{section}", with: "{match}")
        // A rule's own English message is shown in Vietnamese too unless it gives `message_vi`.
        let messageVietnamese = (rule["message_vi"]?.string ?? (rule["message"] == nil ? defaultVietnamese[kind] : nil))
            .map { $0.replacingOccurrences(of: "{section}", with: "{match}") }
        let severityName = rule["severity"]?.string ?? "warning"
        guard let severity = Severity(rawValue: severityName) else {
            throw invalid("severity", "expected error, warning or info, found '\(severityName)'")
        }
        var examples: [String: [Example]] = [:]
        if let node = rule["examples"] {
            guard let mapping = node.mapping else {
                throw invalid("examples", "expected a map with triggering and non_triggering outlines")
            }
            try checkKeys(mapping, known: ["triggering", "non_triggering"], file: file, prefix: "examples.", rule: id)
            for key in ["triggering", "non_triggering"] {
                guard let list = mapping[key] else { continue }
                let outlines = list.sequence?.compactMap(\.string) ?? list.string.map { [$0] } ?? []
                guard outlines.count == (list.sequence?.count ?? 1) else {
                    throw invalid(
                        "examples.\(key)", "expected a list of outlines (one paragraph a line, ↓ marks a finding)")
                }
                examples[key] = outlines.map { Example($0) }
            }
        }
        let summary = rule["summary"]?.string ?? "\(kind.rawValue) rule of the \(id.family) pack"
        let description = CheckDescription(
            id: id, name: id.name, summary: summary, rationale: rule["rationale"]?.string ?? summary + ".",
            defaultSeverity: severity, isEnabledByDefault: try flag("enabled", default: true),
            triggeringExamples: examples["triggering"] ?? [], nonTriggeringExamples: examples["non_triggering"] ?? [],
            vietnamese: vietnameseDescription(of: rule, name: id.name, summary: summary))
        return PackRule(
            description: description, kind: kind, message: message, scope: scope, ignoresDiacritics: ignoresDiacritics,
            ignoresCase: ignoresCase, expressions: expressions, overHeadings: overHeadings, minimum: minimum,
            maximum: maximum, messageVietnamese: messageVietnamese)
    }

    /// `summary_vi` and `rationale_vi`, when the rule gives either.
    private static func vietnameseDescription(
        of rule: Node.Mapping, name: String, summary: String
    ) -> CheckDescription.Translation? {
        let summaryVietnamese = rule["summary_vi"]?.string
        let rationaleVietnamese = rule["rationale_vi"]?.string
        guard summaryVietnamese != nil || rationaleVietnamese != nil else { return nil }
        let shownSummary = summaryVietnamese ?? summary
        return CheckDescription.Translation(
            name: name, summary: shownSummary, rationale: rationaleVietnamese ?? shownSummary + ".")
    }
}
