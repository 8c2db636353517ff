import RegLintCore

/// JUnit XML for CI test views: one `<testsuite>` per file and one `<testcase>` per document
/// and rule. A test case fails (one `<failure>` listing them) only for findings at or above
/// the run's failing severity (`--fail-on`); findings below it are listed in the test case's
/// `<system-out>` without failing it, so a dashboard is red exactly when the build is. An
/// unreadable file is an `<error>`. Every finding names its section path and DOCX paragraph.
public struct JUnitReporter: Reporter {
    public static let id = "junit"
    public static let summary = "JUnit XML, one test case per document and rule, for CI test views"

    public init() {}

    public func render(_ report: Report) throws -> String {
        let byFile = Dictionary(grouping: report.findings, by: \.path)
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        for file in report.files {
            let name = file.path.xmlEscaped
            if file.status == .error {
                totalTests += 1
                suites.append(
                    """
                      <testsuite name="\(name)" tests="1" failures="0" errors="1">
                        <testcase classname="\(name)" name="\(Report.unreadableRule)">
                          <error type="\(Report.unreadableRule)" message="\((file.errorMessage ?? "").xmlEscaped)"/>
                        </testcase>
                      </testsuite>
                    """)
                continue
            }
            let findings = byFile[file.path] ?? []
            var failed = 0
            let cases = report.rules.map { rule -> String in
                let (testcase, isFailure) = Self.testcase(
                    file: file.path, rule: rule.id, findings: findings.filter { $0.rule == rule.id },
                    failingSeverity: report.failingSeverity)
                if isFailure { failed += 1 }
                return testcase
            }
            totalTests += report.rules.count
            totalFailures += failed
            suites.append(
                "  <testsuite name=\"\(name)\" tests=\"\(report.rules.count)\" failures=\"\(failed)\" errors=\"0\">\n"
                    + cases.joined(separator: "\n") + (cases.isEmpty ? "" : "\n") + "  </testsuite>")
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="reglint" tests="\(totalTests)" failures="\(totalFailures)" errors="\(report.errorFileCount)">
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }

    /// One document's test case for one rule, and whether it failed.
    private static func testcase(
        file: String, rule: RuleID, findings: [Finding], failingSeverity: Severity?
    ) -> (String, Bool) {
        let open = "    <testcase classname=\"\(file.xmlEscaped)\" name=\"\("\(rule)".xmlEscaped)\""
        guard !findings.isEmpty else { return (open + "/>", false) }
        let failing = findings.filter { finding in failingSeverity.map { finding.severity >= $0 } ?? false }
        let passing = findings.filter { finding in !failing.contains(finding) }
        var body: [String] = []
        if let first = failing.first {
            let message =
                failing.count == 1
                ? first.messageWithPlace : "\(failing.count) findings at or above \(failingSeverity?.rawValue ?? "")"
            body.append(
                "      <failure type=\"\(first.severity.rawValue)\" message=\"\(message.xmlEscaped)\">"
                    + failing.map { line($0).xmlEscaped }.joined(separator: "\n") + "</failure>")
        }
        if !passing.isEmpty {
            body.append(
                "      <system-out>" + passing.map { line($0).xmlEscaped }.joined(separator: "\n") + "</system-out>")
        }
        return (open + ">\n" + body.joined(separator: "\n") + "\n    </testcase>", !failing.isEmpty)
    }

    /// `severity: position: message`, one line per finding.
    private static func line(_ finding: Finding) -> String {
        "\(finding.severity.rawValue): \(TextReporter.position(of: finding)): \(finding.message)"
    }
}
