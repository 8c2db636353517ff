import Foundation
import RegLintCore

/// GitHub Actions workflow commands (`::error file=…,line=…::message`), which annotate the
/// pull request; paths are repository-relative, as GitHub matches them. A finding without a
/// line (DOCX) annotates its file, and every title names the section path and DOCX paragraph.
public struct GitHubReporter: Reporter {
    public static let id = "github"
    public static let summary = "GitHub Actions annotations (workflow commands)"

    public init() {}

    public func render(_ report: Report) throws -> String {
        var lines: [String] = []
        for file in report.files where file.status == .error {
            lines.append(
                "::error file=\(Self.property(file.path)),title=\(Self.property(Report.unreadableRule.rawValue))::"
                    + Self.data(file.errorMessage ?? "cannot be read"))
        }
        for finding in report.findings {
            let command: String =
                switch finding.severity {
                case .error: "error"
                case .warning: "warning"
                case .info: "notice"
                }
            var properties = ["file=\(Self.property(finding.path))"]
            if let line = finding.location.line { properties.append("line=\(line)") }
            if let column = finding.location.column { properties.append("col=\(column)") }
            var title = finding.rule.rawValue
            if let place = finding.place { title += " — " + place }
            properties.append("title=\(Self.property(title))")
            lines.append("::\(command) \(properties.joined(separator: ","))::\(Self.data(finding.message))")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
