import RegLintCore

/// One self-contained HTML page for people who review documents before publication: a summary
/// per document and per rule linking to every finding, filters by severity and rule, then each
/// document as a reader sees it with every finding marked at its words and explained beside
/// them (rule, severity, message, fix).
///
/// The page has its style and a small script inline and loads nothing (a content security
/// policy forbids it); it reads fully without the script, which only adds the filters. Every
/// text is escaped, and the bytes depend only on the report and the documents.
public struct HTMLReporter: DocumentReporter {
    public static let id = "html"
    public static let summary =
        "one self-contained HTML page: each document's text with every finding marked and explained"

    public init() {}

    /// The page without the documents' text: each document shows its findings alone.
    public func render(_ report: Report) throws -> String {
        try render(report, documents: .none)
    }

    public func render(_ report: Report, documents: DocumentSource) throws -> String {
        let numbered = report.findings.enumerated().map { NumberedFinding(number: $0.offset + 1, finding: $0.element) }
        let byPath = Dictionary(grouping: numbered, by: \.finding.path)
        var files = report.files.filter { $0.status == .checked }
        let known = Set(report.files.map(\.path))
        for path in Set(byPath.keys).subtracting(known).sorted() {
            files.append(Report.File(path: path, format: "unknown", status: .checked))
        }
        let ruleNames = Dictionary(report.rules.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var html = Self.head + "<body>\n" + Self.top(report)
        html += "<nav class=\"summary\">\n" + documentTable(files, byPath: byPath, report: report)
        html += ruleTable(report, numbered: numbered) + "</nav>\n" + filters(report, numbered: numbered)
        html += "<main>\n"
        for (index, file) in files.enumerated() {
            html += HTMLDocumentView(
                index: index + 1, file: file, document: documents.document(at: file.path),
                findings: byPath[file.path] ?? [], ruleNames: ruleNames
            ).render()
        }
        return html + "</main>\n<script>\n" + Self.script + "</script>\n</body>\n</html>\n"
    }

    // MARK: Summary

    private static func top(_ report: Report) -> String {
        var line =
            "\(report.toolName.htmlEscaped) \(report.toolVersion.htmlEscaped) · "
            + "\(report.checkedCount) document\(report.checkedCount == 1 ? "" : "s") checked"
        if report.errorFileCount > 0 { line += ", \(report.errorFileCount) unreadable" }
        return
            "<header class=\"top\"><h1>Findings report</h1>\n<p>\(line): \(countsHTML(report.findings))</p></header>\n"
    }

    private func documentTable(_ files: [Report.File], byPath: [String: [NumberedFinding]], report: Report) -> String {
        var html =
            "<h2>Documents</h2>\n<table class=\"sum\"><thead><tr><th>Document</th><th>Format</th>"
            + "<th>Errors</th><th>Warnings</th><th>Infos</th></tr></thead><tbody>\n"
        for (index, file) in files.enumerated() {
            let found = (byPath[file.path] ?? []).map(\.finding)
            html +=
                "<tr><td><a href=\"#d\(index + 1)\">\(file.path.htmlEscaped)</a></td><td>\(file.format.htmlEscaped)</td>"
            for severity in Self.severities {
                html += Self.countCell(found.filter { $0.severity == severity }.count, severity)
            }
            html += "</tr>\n"
        }
        for file in report.files where file.status == .error {
            html +=
                "<tr class=\"unreadable\"><td>\(file.path.htmlEscaped)</td><td>\(file.format.htmlEscaped)</td>"
                + "<td colspan=\"3\"><span class=\"sev s-error\">unreadable</span> "
                + "\((file.errorMessage ?? "cannot be read").htmlEscaped) <code class=\"rule\">"
                + "\(Report.unreadableRule.rawValue)</code></td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private func ruleTable(_ report: Report, numbered: [NumberedFinding]) -> String {
        let byRule = Dictionary(grouping: numbered, by: \.finding.rule)
        let descriptions = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rules = Set(byRule.keys).union(descriptions.keys).sorted()
        var html =
            "<h2>Rules</h2>\n<table class=\"sum\"><thead><tr><th>Rule</th><th>What it flags</th>"
            + "<th>Findings</th></tr></thead><tbody>\n"
        for rule in rules {
            let found = byRule[rule] ?? []
            html +=
                "<tr\(found.isEmpty ? " class=\"none\"" : "")><td><code class=\"rule\">\(rule.rawValue.htmlEscaped)</code></td>"
            html += "<td>\((descriptions[rule]?.summary ?? "").htmlEscaped)</td><td>"
            if found.isEmpty {
                html += "0"
            } else {
                html += "<details><summary>\(found.count)</summary>"
                html += found.map {
                    "<a class=\"n s-\($0.finding.severity.rawValue)\" data-f=\"\($0.number)\" "
                        + "href=\"#f\($0.number)\">\($0.number)</a>"
                }.joined(separator: " ")
                html += "</details>"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// The filter form: hidden until the script shows it, since it needs the script to work.
    private func filters(_ report: Report, numbered: [NumberedFinding]) -> String {
        var html = "<form id=\"filters\" hidden><span class=\"fl\">Show:</span>"
        for severity in Self.severities {
            let count = report.count(severity)
            html +=
                "<label class=\"s-\(severity.rawValue)\"><input type=\"checkbox\" name=\"sev\" "
                + "value=\"\(severity.rawValue)\" checked> \(severity.rawValue) (\(count))</label>"
        }
        html += "<span class=\"fl\">Rules:</span>"
        for (rule, found) in Dictionary(grouping: numbered, by: \.finding.rule).sorted(by: { $0.key < $1.key }) {
            html +=
                "<label><input type=\"checkbox\" name=\"rule\" value=\"\(rule.rawValue.htmlEscaped)\" checked> "
                + "<code>\(rule.rawValue.htmlEscaped)</code> (\(found.count))</label>"
        }
        return html + "<label class=\"only\"><input type=\"checkbox\" name=\"only\"> only text with findings</label>"
            + "</form>\n"
    }

    // MARK: Shared pieces

    static let severities: [Severity] = [.error, .warning, .info]

    /// `2 errors, 1 warning, 0 infos`, each count coloured by severity.
    static func countsHTML(_ findings: [Finding]) -> String {
        severities.map { severity in
            let count = findings.filter { $0.severity == severity }.count
            let word = severity.rawValue + (count == 1 ? "" : "s")
            return "<span class=\"c s-\(severity.rawValue)\(count == 0 ? " zero" : "")\">\(count) \(word)</span>"
        }.joined(separator: ", ")
    }

    private static func countCell(_ count: Int, _ severity: Severity) -> String {
        "<td class=\"num\"><span class=\"c s-\(severity.rawValue)\(count == 0 ? " zero" : "")\">\(count)</span></td>"
    }
}
