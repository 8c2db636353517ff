import Foundation
import RegLintCore
import RegLintReporters
import Testing

/// The HTML report: every finding at its words (by range, by excerpt, on the whole paragraph,
/// on a heading, in a table cell, in the header), escaping, filters and self-containment.
@Suite("HTML report")
struct HTMLReporterTests {
    static let path = "policies/fees & \"rates\".docx"

    static func location(_ paragraph: Int?, _ sections: [String] = []) -> RegLintCore.SourceLocation {
        RegLintCore.SourceLocation(file: path, paragraph: paragraph, sectionPath: sections)
    }

    static func paragraph(_ text: String, _ number: Int) -> Block {
        .paragraph(Paragraph(text: text, location: location(number)))
    }

    /// Article 1 (heading ¶1) with one paragraph (¶2); Article 3 (heading ¶3) with a paragraph of
    /// markup (¶4) and a table (cells ¶5, ¶6).
    static let document = Document(
        path: "/somewhere/policies/fees.docx", format: .docx, language: .en,
        metadata: DocumentMetadata(title: "Fees <b>policy</b>"),
        sections: [
            Section(
                kind: .article, number: "Article 1.", heading: "Scope",
                blocks: [paragraph("The fee is 10 and then 10 again.", 2)], location: location(1, ["Article 1"])),
            Section(
                kind: .article, number: "Article 3.", heading: "Limits",
                blocks: [
                    paragraph("<script>alert(\"x\")</script> & 'quotes'", 4),
                    .table(
                        Table(
                            rows: [
                                TableRow(cells: [
                                    TableCell(paragraphs: [Paragraph(text: "Total", location: location(5))]),
                                    TableCell(paragraphs: [Paragraph(text: "20", location: location(6))]),
                                ])
                            ], location: location(5))),
                ], location: location(3, ["Article 3"])),
        ])

    static func finding(
        _ rule: RuleID, _ severity: Severity, _ message: String, at paragraph: Int?, excerpt: String?,
        range: TextRange? = nil, fix: String? = nil
    ) -> Finding {
        Finding(
            rule: rule, severity: severity, message: message, path: path, location: location(paragraph),
            excerpt: excerpt, range: range, fix: fix.map(Fix.init(replacement:)))
    }

    static let findings = [
        // 1: by range, the second "10" (the excerpt alone would mark the first).
        finding("figures/sum", .error, "the second 10", at: 2, excerpt: "10", range: TextRange(offset: 23, length: 2)),
        // 2: by excerpt.
        finding("figures/words", .warning, "fee <script>alert('m')</script>", at: 2, excerpt: "fee", fix: "<charge>"),
        // 3: on a heading.
        finding("structure/numbering", .warning, "numbering skips 2", at: 3, excerpt: "Article 3."),
        // 4: neither range nor excerpt fits: the whole paragraph.
        finding("figures/sum", .info, "whole", at: 4, excerpt: "not in the text"),
        // 5: in a table cell, by a range.
        finding(
            "figures/table-total", .error, "total 20", at: 6, excerpt: "20", range: TextRange(offset: 0, length: 2)),
        // 6: about the document as a whole.
        finding("clauses/missing", .error, "no scope clause", at: nil, excerpt: nil),
    ]

    static var report: Report {
        Report(
            toolVersion: "0.1.0",
            files: [
                Report.File(path: path, format: "docx", status: .checked),
                Report.File(path: "broken.xml", format: "xml", status: .error, errorMessage: "malformed <xml>"),
            ],
            findings: findings, rules: [])
    }

    static func render() throws -> String {
        try HTMLReporter().render(report, documents: DocumentSource { $0 == path ? document : nil })
    }

    /// The row (the element of the text and the explanations beside it) holding finding `number`.
    static func row(of number: Int, in html: String) throws -> Substring {
        let note = try #require(html.range(of: "id=\"f\(number)\""))
        let start = try #require(html[..<note.lowerBound].range(of: "<div class=\"r ", options: .backwards))
        let end = try #require(html[note.upperBound...].range(of: "</aside></div>"))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test func everyFindingHasOneExplanationAndItsWordsAreMarked() throws {
        let html = try Self.render()
        for number in 1...Self.findings.count {
            #expect(html.components(separatedBy: "id=\"f\(number)\"").count == 2, "finding \(number)")
            #expect(html.contains("href=\"#f\(number)\""), "the summary links to finding \(number)")
        }
        let first = try Self.row(of: 1, in: html)
        #expect(first.contains("data-loc=\"¶2\""))
        #expect(
            first.contains(
                "The <mark class=\"s-warning\" data-f=\"2\">fee</mark><sup class=\"ref s-warning\" id=\"m2\" data-f=\"2\">"
            ))
        #expect(
            first.contains(
                "is 10 and then <mark class=\"s-error\" data-f=\"1\">10</mark><sup class=\"ref s-error\" id=\"m1\""))
        #expect(first.contains("id=\"f2\""), "both findings of the paragraph are beside it")
        let heading = try Self.row(of: 3, in: html)
        #expect(heading.contains("<h4 class=\"k-article\"><mark class=\"s-warning\" data-f=\"3\">Article 3.</mark>"))
        let whole = try Self.row(of: 4, in: html)
        #expect(whole.hasPrefix("<div class=\"r s-info whole\" data-f=\"4\" data-loc=\"¶4\">"))
        #expect(whole.contains("&apos;quotes&apos;<sup class=\"ref s-info\" id=\"m4\""))
        let table = try Self.row(of: 5, in: html)
        #expect(table.contains("<td><mark class=\"s-error\" data-f=\"5\">20</mark><sup"))
        let header = try #require(html.range(of: "<div class=\"body\">"))
        let documentLevel = try #require(html.range(of: "id=\"f6\""))
        #expect(documentLevel.lowerBound < header.lowerBound, "a finding without a paragraph is in the header")
        #expect(!html.contains("id=\"m6\""))
    }

    @Test func aRangeThatDoesNotFitFallsBackToTheExcerpt() throws {
        var report = Self.report
        report.findings = [
            Self.finding("figures/sum", .error, "m", at: 2, excerpt: "10", range: TextRange(offset: 30, length: 9))
        ]
        let html = try HTMLReporter().render(report, documents: DocumentSource { _ in Self.document })
        #expect(html.contains("The fee is <mark class=\"s-error\" data-f=\"1\">10</mark>"))
    }

    @Test func everythingIsEscaped() throws {
        let html = try Self.render()
        #expect(html.components(separatedBy: "<script").count == 2, "only the report's own script")
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;"))
        #expect(html.contains("fee &lt;script&gt;alert(&apos;m&apos;)&lt;/script&gt;"))
        #expect(html.contains("<ins>&lt;charge&gt;</ins>"))
        #expect(html.contains("policies/fees &amp; &quot;rates&quot;.docx"))
        #expect(html.contains("Fees &lt;b&gt;policy&lt;/b&gt;"))
        #expect(html.contains("malformed &lt;xml&gt;"))
        #expect(!html.contains("<b>"))
    }

    @Test func thePageIsSelfContainedWithFilters() throws {
        let html = try Self.render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && html.contains("<script>"))
        for outside in ["http://", "https://", "src=", "<link", "@import", "url("] {
            #expect(!html.contains(outside), "\(outside)")
        }
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for severity in ["error", "warning", "info"] {
            #expect(html.contains("name=\"sev\" value=\"\(severity)\" checked"))
        }
        for rule in ["clauses/missing", "figures/sum", "figures/table-total", "figures/words", "structure/numbering"] {
            #expect(html.contains("name=\"rule\" value=\"\(rule)\" checked"))
        }
        #expect(try Self.render() == html, "the same report gives the same bytes")
    }

    @Test func withoutTheDocumentTheFindingsAreListed() throws {
        let html = try HTMLReporter().render(Self.report)
        #expect(html.contains("could not be read again"))
        for number in 1...Self.findings.count {
            #expect(html.components(separatedBy: "id=\"f\(number)\"").count == 2)
        }
    }

    /// A long document with many findings: each paragraph is rendered once and each finding
    /// placed by one look-up, so the page grows with the document, not with their product.
    @Test func aLargeDocumentGrowsLinearly() throws {
        func size(paragraphs: Int) throws -> Int {
            let blocks = (1...paragraphs).map { Self.paragraph("Paragraph \($0) states a fee of 10 units.", $0) }
            let document = Document(
                path: Self.path, format: .docx, language: .en, metadata: DocumentMetadata(),
                sections: [
                    Section(kind: .article, blocks: blocks, location: RegLintCore.SourceLocation(file: Self.path))
                ])
            var report = Self.report
            report.findings = stride(from: 1, through: paragraphs, by: 10).map {
                Self.finding("figures/sum", .error, "m", at: $0, excerpt: "10")
            }
            let html = try HTMLReporter().render(report, documents: DocumentSource { _ in document })
            #expect(html.components(separatedBy: "<mark ").count - 1 == report.findings.count)
            return html.utf8.count
        }
        let small = try size(paragraphs: 2_000)
        let large = try size(paragraphs: 4_000)
        #expect(Double(large) / Double(small) < 2.2)
    }
}
