import Foundation
import Yams

/// A check: a small value with a description, typed options and one pure function that returns
/// what it found. The engine stamps rule ids and severities, filters and sorts.
///
/// Adding a built-in check is one file (`Sources/RegLintChecks/<Family>/<Name>Check.swift`) and
/// one line in `BuiltInChecks.all`.
public protocol Check: ConfigurableCheck {
    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic]
}

/// What every check shares, whether it sees one document (``Check``) or the whole run
/// (``CorpusCheck``): a description, typed options and an initializer taking them.
public protocol ConfigurableCheck: Sendable {
    associatedtype Options: CheckOptions = NoOptions
    static var description: CheckDescription { get }
    init(options: Options)
}

/// A check's options, decoded from the configuration; defaults live in `init()`.
public protocol CheckOptions: Codable, Equatable, Sendable {
    init()
}

/// For checks without options.
public struct NoOptions: CheckOptions {
    public init() {}
}

extension ConfigurableCheck {
    /// The default options as YAML (`{}` when the check has none), for docs and `reglint rules`.
    public static var defaultOptionsYAML: String {
        YAMLDecoderBox.defaultYAML(Options.self)
    }

    /// The check with options decoded from YAML (`nil` for the defaults).
    /// - Throws: a message naming the option that is wrong.
    public static func configured(optionsYAML yaml: String?) throws -> Self {
        Self(options: try Options.decoded(fromYAML: yaml))
    }
}

extension CheckOptions {
    /// Options decoded from YAML (`nil` or empty for the defaults), refusing names the type
    /// does not have: the one options decoder of checks, packs and the engine's own rules.
    /// - Throws: a message naming the option that is wrong.
    public static func decoded(fromYAML yaml: String?) throws -> Self {
        guard let yaml, !yaml.trimmingWhitespace.isEmpty else { return Self() }
        return try YAMLDecoderBox.decode(Self.self, from: yaml)
    }
}

/// Decodes check options from YAML, refusing options the check does not have.
enum YAMLDecoderBox {
    /// The default options as YAML, `{}` when there are none.
    static func defaultYAML<T: CheckOptions>(_ type: T.Type) -> String {
        let text = ((try? YAMLEncoder().encode(T())) ?? "").trimmingWhitespace
        return text.isEmpty ? "{}" : text
    }

    /// An option name the check does not know.
    struct UnknownOption: Error, CustomStringConvertible {
        let name: String
        let suggestion: String?

        var description: String {
            "unknown option '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        }
    }

    static func decode<T: CheckOptions>(_ type: T.Type, from yaml: String) throws -> T {
        let known = Set((try? Yams.compose(yaml: YAMLEncoder().encode(T())))??.mapping?.keys.compactMap(\.string) ?? [])
        let given = (try Yams.compose(yaml: yaml))?.mapping?.keys.compactMap(\.string) ?? []
        if let unknown = given.first(where: { !known.contains($0) }) {
            throw UnknownOption(name: unknown, suggestion: Suggestion.closest(to: unknown, among: known.sorted()))
        }
        return try YAMLDecoder().decode(type, from: yaml)
    }
}
