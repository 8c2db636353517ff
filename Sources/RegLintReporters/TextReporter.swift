import RegLintCore

/// Compiler-style lines, `path:line:col: severity: message [rule]`; where a format has no lines
/// (DOCX) the section path and paragraph stand in: `path: Chương I › Điều 2 (¶27): …`.
public struct TextReporter: Reporter {
    public static let id = "text"
    public static let summary = "compiler-style lines for terminals and logs"

    public init() {}

    public func render(_ report: Report) throws -> String {
        var lines: [String] = []
        for file in report.files where file.status == .error {
            lines.append("\(file.path): error: \(file.errorMessage ?? "cannot be read") [\(Report.unreadableRule)]")
        }
        for finding in report.findings {
            lines.append(
                "\(Self.position(of: finding)): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]")
        }
        lines.append(Self.summaryLine(report))
        return lines.joined(separator: "\n") + "\n"
    }

    static func position(of finding: Finding) -> String {
        let location = finding.location
        if let line = location.line {
            return "\(finding.path):\(line):\(location.column ?? 1)"
        }
        let section = location.sectionPath.joined(separator: " › ")
        let paragraph = location.paragraph.map { "¶\($0)" }
        switch (section.isEmpty, paragraph) {
        case (false, let paragraph?): return "\(finding.path): \(section) (\(paragraph))"
        case (false, nil): return "\(finding.path): \(section)"
        case (true, let paragraph?): return "\(finding.path): \(paragraph)"
        case (true, nil): return finding.path
        }
    }

    static func summaryLine(_ report: Report) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "\(plural(report.checkedCount, "file")) checked"
        if report.errorFileCount > 0 { text += ", \(report.errorFileCount) unreadable" }
        return text + ": \(plural(report.count(.error), "error")), \(plural(report.count(.warning), "warning")), "
            + "\(plural(report.count(.info), "info"))"
    }
}
