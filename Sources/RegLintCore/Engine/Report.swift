/// The whole result of a run, already filtered and sorted: reporters only render it.
public struct Report: Sendable {
    /// One input file and whether it could be read.
    public struct File: Sendable, Equatable, Codable {
        public enum Status: String, Sendable, Codable {
            case checked, error
        }

        public var path: String
        public var format: String
        public var status: Status
        /// For unreadable files: the rule (`input/unreadable`) and a message a person can act on.
        public var errorMessage: String?

        public init(path: String, format: String, status: Status, errorMessage: String? = nil) {
            self.path = path
            self.format = format
            self.status = status
            self.errorMessage = errorMessage
        }
    }

    public var toolName = "reglint"
    public var toolVersion: String
    public var files: [File]
    public var findings: [Finding]
    /// The descriptions of the rules that ran, sorted by id.
    public var rules: [CheckDescription]
    /// The lowest severity that fails the run (`--fail-on`), nil when none does: reporters that
    /// show pass and fail (JUnit) mark only these findings as failures.
    public var failingSeverity: Severity? = .error
    /// The language of the findings' messages and the rules' descriptions (see ``localized(to:)``).
    public var language: MessageLanguage = .en

    public init(toolVersion: String, files: [File], findings: [Finding], rules: [CheckDescription]) {
        self.toolVersion = toolVersion
        self.files = files
        self.findings = findings
        self.rules = rules
    }

    /// The report with every finding's message and every rule's name, summary and rationale in
    /// `language`; rule ids, severities and every other field stay as they are.
    public func localized(to language: MessageLanguage) -> Report {
        var report = self
        report.language = language
        report.findings = findings.map { $0.localized(to: language) }
        report.rules = rules.map { $0.localized(to: language) }
        return report
    }

    public var checkedCount: Int { files.filter { $0.status == .checked }.count }
    public var errorFileCount: Int { files.filter { $0.status == .error }.count }

    public func count(_ severity: Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// The rule every unreadable file is reported under.
    public static let unreadableRule: RuleID = "input/unreadable"
}
