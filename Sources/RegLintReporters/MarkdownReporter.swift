import Foundation
import RegLintCore

/// A compact Markdown summary for pull-request comments and CI job summaries (GitHub's
/// `$GITHUB_STEP_SUMMARY`): the counts per severity and per rule, then a table of the findings,
/// cut after ``maximumFindings`` rows with "and N more", and the files that could not be read.
public struct MarkdownReporter: Reporter {
    public static let id = "markdown"
    public static let summary = "a compact Markdown summary for pull-request comments and CI job summaries"

    /// Findings listed in the table; the rest are counted ("… and N more findings").
    public let maximumFindings: Int

    public init() {
        maximumFindings = 50
    }

    public init(maximumFindings: Int) {
        self.maximumFindings = max(0, maximumFindings)
    }

    public func render(_ report: Report) throws -> String {
        var lines = [headline(report)]
        if !report.findings.isEmpty {
            lines += [""] + ruleTable(report) + [""] + findingTable(report)
        }
        let unreadable = report.files.filter { $0.status == .error }
        if !unreadable.isEmpty {
            lines += ["", "**Unreadable files** (`\(Report.unreadableRule)`):", ""]
            lines += unreadable.map { "- \(Self.code($0.path)): \(Self.text($0.errorMessage ?? "cannot be read"))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func headline(_ report: Report) -> String {
        let documents = "\(report.checkedCount) document\(report.checkedCount == 1 ? "" : "s") checked"
        let unreadable = report.errorFileCount > 0 ? ", \(report.errorFileCount) unreadable" : ""
        guard !report.findings.isEmpty else { return "### reglint: no findings (\(documents)\(unreadable))" }
        let counts = Severity.allCases.reversed().map { severity in
            let count = report.count(severity)
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return "### reglint: \(counts.joined(separator: ", ")) (\(documents)\(unreadable))"
    }

    private func ruleTable(_ report: Report) -> [String] {
        var lines = ["| Rule | Errors | Warnings | Infos |", "| --- | ---: | ---: | ---: |"]
        for (rule, findings) in Dictionary(grouping: report.findings, by: \.rule).sorted(by: { $0.key < $1.key }) {
            let counts = Severity.allCases.reversed().map { severity in
                String(findings.filter { $0.severity == severity }.count)
            }
            lines.append("| \(Self.code(rule.rawValue)) | \(counts.joined(separator: " | ")) |")
        }
        return lines
    }

    private func findingTable(_ report: Report) -> [String] {
        var lines = ["| Severity | Where | Message | Rule |", "| --- | --- | --- | --- |"]
        for finding in report.findings.prefix(maximumFindings) {
            var place = Self.code(finding.path)
            if let line = finding.location.line { place += ":\(line)" }
            if let section = finding.place { place += " " + Self.text(section) }
            lines.append(
                "| \(Self.badge(finding.severity)) | \(place) | \(Self.text(finding.message)) | \(Self.code(finding.rule.rawValue)) |"
            )
        }
        let rest = report.findings.count - min(maximumFindings, report.findings.count)
        if rest > 0 { lines += ["", "… and \(rest) more finding\(rest == 1 ? "" : "s") (see the full report)."] }
        return lines
    }

    private static func badge(_ severity: Severity) -> String {
        switch severity {
        case .error: "❌ error"
        case .warning: "⚠️ warning"
        case .info: "ℹ️ info"
        }
    }

    /// Text for a table cell: one line, Markdown and HTML characters escaped.
    static func text(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t": result += " "
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|", "\\", "*", "_", "`", "[", "]", "#", "~": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    /// A code span for a cell (a path, a rule id): backticks chosen so the text cannot close it.
    static func code(_ text: String) -> String {
        let line = text.map { $0.isNewline ? " " : String($0) }.joined().replacingOccurrences(of: "|", with: "\\|")
        return line.contains("`") ? "`` \(line) ``" : "`\(line)`"
    }
}
