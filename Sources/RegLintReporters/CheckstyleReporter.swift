import RegLintCore

/// Checkstyle XML, which many CI dashboards read; every message starts with the finding's
/// section path and DOCX paragraph (`Chương II › Điều 6 (¶47): …`), which the format has no
/// attribute for.
public struct CheckstyleReporter: Reporter {
    public static let id = "checkstyle"
    public static let summary = "Checkstyle XML, for CI dashboards"

    public init() {}

    public func render(_ report: Report) throws -> String {
        let byFile = Dictionary(grouping: report.findings, by: \.path)
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<checkstyle version=\"4.3\">"]
        for file in report.files {
            lines.append("  <file name=\"\(file.path.xmlEscaped)\">")
            if file.status == .error {
                lines.append(
                    "    <error severity=\"error\" message=\"\((file.errorMessage ?? "").xmlEscaped)\" "
                        + "source=\"reglint.\(Report.unreadableRule)\"/>")
            }
            for finding in byFile[file.path] ?? [] {
                var attributes = ""
                if let line = finding.location.line { attributes += " line=\"\(line)\"" }
                if let column = finding.location.column { attributes += " column=\"\(column)\"" }
                lines.append(
                    "    <error\(attributes) severity=\"\(finding.severity.rawValue)\" "
                        + "message=\"\(finding.messageWithPlace.xmlEscaped)\" "
                        + "source=\"reglint.\(finding.rule)\"/>")
            }
            lines.append("  </file>")
        }
        lines.append("</checkstyle>")
        return lines.joined(separator: "\n") + "\n"
    }
}
