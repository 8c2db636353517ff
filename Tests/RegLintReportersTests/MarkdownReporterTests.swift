import RegLintCore
import RegLintReporters
import Testing

/// The Markdown summary: counts, a capped table, escaping.
@Suite("Markdown report")
struct MarkdownReporterTests {
    static func report(findings count: Int) -> Report {
        let findings = (1...count).map { index in
            Finding(
                rule: index.isMultiple(of: 2) ? "figures/sum" : "structure/numbering",
                severity: index.isMultiple(of: 3) ? .warning : .error, message: "finding \(index) | a <b>",
                path: "vi/qc.docx", location: RegLintCore.SourceLocation(file: "/abs/vi/qc.docx", paragraph: index))
        }
        return Report(
            toolVersion: "0.1.0",
            files: [
                Report.File(path: "vi/qc.docx", format: "docx", status: .checked),
                Report.File(path: "bad.xml", format: "xml", status: .error, errorMessage: "malformed"),
            ],
            findings: findings, rules: [])
    }

    @Test func countsAndACappedTable() throws {
        let markdown = try MarkdownReporter(maximumFindings: 3).render(Self.report(findings: 7))
        #expect(markdown.hasPrefix("### reglint: 5 errors, 2 warnings, 0 infos (1 document checked, 1 unreadable)\n"))
        #expect(markdown.contains("| `figures/sum` | 2 | 1 | 0 |"))
        #expect(markdown.contains("| `structure/numbering` | 3 | 1 | 0 |"))
        #expect(markdown.contains("| ❌ error | `vi/qc.docx` ¶1 | finding 1 \\| a &lt;b&gt; | `structure/numbering` |"))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ❌") || $0.hasPrefix("| ⚠️") }
        #expect(rows.count == 3)
        #expect(markdown.contains("… and 4 more findings (see the full report)."))
        #expect(markdown.contains("- `bad.xml`: malformed"))
        #expect(!markdown.contains("/abs/"), "paths are the report's relative paths")
    }

    @Test func noFindings() throws {
        var report = Self.report(findings: 1)
        report.findings = []
        report.files.removeLast()
        #expect(try MarkdownReporter().render(report) == "### reglint: no findings (1 document checked)\n")
    }
}
