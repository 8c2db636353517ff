import RegLintCore

/// JUnit XML for CI test views: one `<testsuite>` per file, one `<testcase>` per rule checked;
/// each finding is a `<failure>`, an unreadable file an `<error>`.
public struct JUnitReporter: Reporter {
    public static let id = "junit"
    public static let summary = "JUnit XML, one test suite per file, for CI test views"

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
            var cases: [String] = []
            for rule in report.rules {
                let failures = findings.filter { $0.rule == rule.id }
                let name = "\(rule.id)".xmlEscaped
                if failures.isEmpty {
                    cases.append("    <testcase classname=\"\(file.path.xmlEscaped)\" name=\"\(name)\"/>")
                } else {
                    let body = failures.map { finding in
                        "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(finding.message.xmlEscaped)\">"
                            + "\(TextReporter.position(of: finding).xmlEscaped): \(finding.message.xmlEscaped)</failure>"
                    }
                    cases.append(
                        "    <testcase classname=\"\(file.path.xmlEscaped)\" name=\"\(name)\">\n"
                            + body.joined(separator: "\n") + "\n    </testcase>")
                }
            }
            let failed = report.rules.filter { rule in findings.contains { $0.rule == rule.id } }.count
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
}
