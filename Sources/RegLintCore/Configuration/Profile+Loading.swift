import Foundation
import Yams

extension Profile {
    /// Keys a profile file may have.
    static let knownKeys = ["profile", "name", "extends", "applies_to", "required"]
    /// Keys of `applies_to`.
    static let applicabilityKeys = ["language", "title", "type", "not_title", "preamble", "number", "path"]
    /// Keys of a required clause.
    static let clauseKeys = [
        "id", "name", "rationale", "rationale_vi", "heading", "text", "or_text", "metadata", "in_capitals", "within",
        "before",
    ]

    /// Reads a profile file.
    /// - Throws: ``ConfigurationError`` naming the file and the key.
    public static func load(from path: String) throws(ConfigurationError) -> Profile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: "cannot read the profile (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    /// Parses a profile; `file` names it in errors. `extends` is kept as written: a
    /// ``ProfileCatalog`` resolves it.
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> Profile {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw ConfigurationError.invalid(file: file, key: nil, reason: "the profile is empty")
            }
            node = composed
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw .invalid(file: file, key: nil, reason: "not valid YAML: \(error)")
        }
        let reader = ProfileNodeReader(file: file)
        let top = try reader.mapping(node, key: nil, known: knownKeys)
        let id = try reader.requiredString(top["profile"], key: "profile")
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
            throw .invalid(
                file: file, key: "profile", reason: "ids use letters, digits, '-', '_' and '.', found '\(id)'")
        }
        var applicability = ProfileApplicability()
        if let node = top["applies_to"] {
            applicability = try reader.applicability(node)
        }
        let extends = try top["extends"].map { node throws(ConfigurationError) in
            try reader.requiredString(node, key: "extends")
        }
        guard let requiredNode = top["required"] else {
            if extends != nil {
                return Profile(
                    id: id, name: try reader.optionalString(top["name"], key: "name") ?? id, source: file,
                    extends: extends, appliesTo: applicability, required: [])
            }
            throw .invalid(file: file, key: "required", reason: "missing: a profile lists its required clauses")
        }
        guard let list = requiredNode.sequence, !list.isEmpty || extends != nil else {
            throw .invalid(file: file, key: "required", reason: "expected a non-empty list of clauses")
        }
        var clauses: [RequiredClause] = []
        for (index, item) in list.enumerated() {
            clauses.append(try reader.clause(item, key: "required[\(index)]"))
        }
        try checkClauseReferences(clauses, file: file)
        return Profile(
            id: id, name: try reader.optionalString(top["name"], key: "name") ?? id, source: file, extends: extends,
            appliesTo: applicability, required: clauses)
    }

    /// Clause ids are unique and `before` names one of them.
    private static func checkClauseReferences(_ clauses: [RequiredClause], file: String) throws(ConfigurationError) {
        var seen = Set<String>()
        for (index, clause) in clauses.enumerated() {
            guard seen.insert(clause.id).inserted else {
                throw .invalid(file: file, key: "required[\(index)].id", reason: "'\(clause.id)' is used twice")
            }
        }
        let ids = clauses.map(\.id)
        for (index, clause) in clauses.enumerated() {
            guard let before = clause.before, !ids.contains(before) else { continue }
            let suggestion = Suggestion.closest(to: before, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
            throw .invalid(
                file: file, key: "required[\(index)].before",
                reason: "no clause '\(before)' in this profile\(suggestion)")
        }
    }
}

/// Reads the nodes of a profile file with errors that name the file and the key.
private struct ProfileNodeReader {
    let file: String

    func mapping(_ node: Node, key: String?, known: [String]) throws(ConfigurationError) -> Node.Mapping {
        guard let mapping = node.mapping else {
            throw .invalid(file: file, key: key, reason: "expected a mapping of keys to values")
        }
        for name in mapping.keys.map({ $0.string ?? "\($0)" }) where !known.contains(name) {
            let suggestion = Suggestion.closest(to: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            throw .invalid(file: file, key: key.map { "\($0).\(name)" } ?? name, reason: "unknown key\(suggestion)")
        }
        return mapping
    }

    func requiredString(_ node: Node?, key: String) throws(ConfigurationError) -> String {
        guard let node else { throw .invalid(file: file, key: key, reason: "missing") }
        guard let value = node.scalar?.string.trimmingWhitespace, !value.isEmpty else {
            throw .invalid(file: file, key: key, reason: "expected a non-empty text")
        }
        return value
    }

    func optionalString(_ node: Node?, key: String) throws(ConfigurationError) -> String? {
        guard let node else { return nil }
        return try requiredString(node, key: key)
    }

    /// A non-empty list of non-empty phrases (a single text is a list of one).
    func phrases(_ node: Node?, key: String) throws(ConfigurationError) -> [ProfilePhrase] {
        guard let node else { return [] }
        let texts: [String]
        if let scalar = node.scalar {
            texts = [scalar.string]
        } else if let sequence = node.sequence {
            texts = sequence.map { $0.scalar?.string ?? "" }
        } else {
            throw .invalid(file: file, key: key, reason: "expected a list of phrases")
        }
        guard !texts.isEmpty else { throw .invalid(file: file, key: key, reason: "the list is empty") }
        return try texts.enumerated().map { index, text throws(ConfigurationError) in
            let phrase = ProfilePhrase(text)
            guard !phrase.isEmpty else {
                throw .invalid(file: file, key: "\(key)[\(index)]", reason: "expected a phrase with at least one word")
            }
            return phrase
        }
    }

    func applicability(_ node: Node) throws(ConfigurationError) -> ProfileApplicability {
        let mapping = try mapping(node, key: "applies_to", known: Profile.applicabilityKeys)
        var result = ProfileApplicability()
        if let language = try optionalString(mapping["language"], key: "applies_to.language") {
            guard let parsed = Language(rawValue: language), parsed != .unknown else {
                throw .invalid(file: file, key: "applies_to.language", reason: "expected vi or en, found '\(language)'")
            }
            result.language = parsed
        }
        result.title = try phrases(mapping["title"], key: "applies_to.title")
        result.type = try phrases(mapping["type"], key: "applies_to.type")
        result.notTitle = try phrases(mapping["not_title"], key: "applies_to.not_title")
        result.preamble = try phrases(mapping["preamble"], key: "applies_to.preamble")
        result.number = try phrases(mapping["number"], key: "applies_to.number")
        result.path = try phrases(mapping["path"], key: "applies_to.path").map { Glob($0.text) }
        if result.isEmpty {
            throw .invalid(file: file, key: "applies_to", reason: "no condition given (leave the key out instead)")
        }
        return result
    }

    func clause(_ node: Node, key: String) throws(ConfigurationError) -> RequiredClause {
        let mapping = try mapping(node, key: key, known: Profile.clauseKeys)
        let id = try requiredString(mapping["id"], key: "\(key).id")
        var clause = RequiredClause(
            id: id, name: try optionalString(mapping["name"], key: "\(key).name") ?? id,
            rationale: try optionalString(mapping["rationale"], key: "\(key).rationale"),
            heading: try phrases(mapping["heading"], key: "\(key).heading"),
            text: try phrases(mapping["text"], key: "\(key).text"),
            orText: try phrases(mapping["or_text"], key: "\(key).or_text"))
        clause.rationaleVietnamese = try optionalString(mapping["rationale_vi"], key: "\(key).rationale_vi")
        for (index, name) in try phrases(mapping["metadata"], key: "\(key).metadata").map(\.text).enumerated() {
            guard let field = MetadataField(rawValue: name) else {
                let known = MetadataField.allCases.map(\.rawValue)
                let suggestion = Suggestion.closest(to: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw .invalid(
                    file: file, key: "\(key).metadata[\(index)]",
                    reason: "unknown metadata field '\(name)'\(suggestion)")
            }
            clause.metadata.append(field)
        }
        guard !clause.heading.isEmpty || !clause.text.isEmpty || !clause.orText.isEmpty || !clause.metadata.isEmpty
        else {
            throw .invalid(file: file, key: key, reason: "clause '\(id)' needs heading, text, or_text or metadata")
        }
        if let within = try optionalString(mapping["within"], key: "\(key).within") {
            guard let place = ClausePlace(within) else {
                throw .invalid(
                    file: file, key: "\(key).within",
                    reason: "expected preamble, body, chapter N or article N, found '\(within)'")
            }
            clause.within = place
        }
        clause.before = try optionalString(mapping["before"], key: "\(key).before")
        if let node = mapping["in_capitals"] {
            guard let flag = node.bool else {
                throw .invalid(file: file, key: "\(key).in_capitals", reason: "expected true or false")
            }
            clause.isInCapitals = flag
        }
        return clause
    }
}
