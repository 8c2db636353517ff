import RegLintCore

/// Compiler-style lines, `path:line:col: severity: message — “excerpt” [rule]`; where a format
/// has no lines (DOCX) the section path and paragraph stand in: `path: Chương I › Điều 2 (¶27): …`.
/// The excerpt (the document's own words, its first 60 characters) is quoted unless the message
/// already quotes it, so a reviewer can search for it in Word.
public struct TextReporter: Reporter {
    public static let id = "text"
    public static let summary = "compiler-style lines for terminals and logs"

    /// Whether to colour severities and rule ids with ANSI escapes (only for a terminal).
    public let isColored: Bool

    public init() {
        isColored = false
    }

    public init(colored: Bool) {
        isColored = colored
    }

    public func render(_ report: Report) throws -> String {
        var lines: [String] = []
        for file in report.files where file.status == .error {
            lines.append(
                "\(bold(file.path)): \(paint("error", .error)): \(file.errorMessage ?? "cannot be read") "
                    + dim("[\(Report.unreadableRule)]"))
        }
        for finding in report.findings {
            lines.append(
                "\(bold(Self.position(of: finding))): \(paint(finding.severity.rawValue, finding.severity)): "
                    + "\(finding.message)\(Self.quotedExcerpt(of: finding)) \(dim("[\(finding.rule)]"))")
        }
        lines.append(Self.summaryLine(report))
        return lines.joined(separator: "\n") + "\n"
    }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard isColored else { return text }
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;33"
            case .info: "1;36"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func bold(_ text: String) -> String {
        isColored ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func dim(_ text: String) -> String {
        isColored ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    static func position(of finding: Finding) -> String {
        if let line = finding.location.line {
            return "\(finding.path):\(line):\(finding.location.column ?? 1)"
        }
        return finding.place.map { "\(finding.path): \($0)" } ?? finding.path
    }

    /// ` — “words”`: the finding's excerpt on one line, cut after 60 characters, or nothing
    /// when there is none or the message already quotes it.
    static func quotedExcerpt(of finding: Finding) -> String {
        let words = (finding.excerpt ?? "").split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
            .trimmingWhitespace
        guard !words.isEmpty, !finding.message.contains(words) else { return "" }
        let shown = words.count > 60 ? String(words.prefix(60)).trimmingWhitespace + "…" : words
        return " — “\(shown)”"
    }

    static func summaryLine(_ report: Report) -> String {
        if report.language == .vi {
            let unreadable = report.errorFileCount > 0 ? ", \(report.errorFileCount) tệp không đọc được" : ""
            return "Đã kiểm tra \(report.checkedCount) tệp\(unreadable): \(report.count(.error)) lỗi, "
                + "\(report.count(.warning)) cảnh báo, \(report.count(.info)) thông tin"
        }
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "\(plural(report.checkedCount, "file")) checked"
        if report.errorFileCount > 0 { text += ", \(report.errorFileCount) unreadable" }
        return text + ": \(plural(report.count(.error), "error")), \(plural(report.count(.warning), "warning")), "
            + "\(plural(report.count(.info), "info"))"
    }
}
