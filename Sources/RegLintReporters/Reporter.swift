import RegLintCore

/// Renders a ``Report`` in one output format. Reporters never sort, filter or decide exit codes.
public protocol Reporter: Sendable {
    /// The `--format` value, e.g. `json`.
    static var id: String { get }
    /// One line for `--help` and `reglint rules`.
    static var summary: String { get }
    init()
    func render(_ report: Report) throws -> String
}

/// Every reporter, and lookup by `--format` value.
public enum Reporters {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, JUnitReporter.self, CheckstyleReporter.self,
        GitHubReporter.self, HTMLReporter.self, MarkdownReporter.self,
    ]

    /// The reporter for `id`, or nil when there is none (a usage error).
    public static func reporter(for id: String) -> (any Reporter)? {
        all.first { $0.id == id }.map { $0.init() }
    }
}
