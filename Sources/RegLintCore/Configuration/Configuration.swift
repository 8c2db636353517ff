import Foundation
import Yams

/// The contents of a `.reglint.yml` file (see DESIGN.md, "Configuration").
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
        var configuration = Configuration(file: file, xmlMappings: contents.xml_mappings ?? [])
        configuration.rules = try RuleSetting.parseRules(in: text, file: file)
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
        return configuration
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

extension DecodingError {
    fileprivate var codingPathDescription: String? {
        let path: [CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            path = context.codingPath
        @unknown default:
            path = []
        }
        let keys = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return keys.isEmpty ? nil : keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    fileprivate var reasonDescription: String {
        switch self {
        case .typeMismatch(let type, _): "expected a value of type \(type)"
        case .valueNotFound(let type, _): "missing value of type \(type)"
        case .keyNotFound(let key, _): "missing key '\(key.stringValue)'"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "invalid value"
        }
    }
}
