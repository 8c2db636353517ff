import Foundation
import Testing

/// `--format html` and `--format markdown` on the corpus, end to end: every finding of the run
/// is in the page, marked at its words inside the paragraph its location names.
@Suite("Review reports of the corpus")
struct ReviewReportTests {
    private func findings() throws -> [[String: Any]] {
        let result = try CommandLineRunner.run(["check", "--fail-on", "never", "--format", "json", "corpus"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return try #require(json["findings"] as? [[String: Any]])
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&apos;")
    }

    @Test func htmlShowsEveryFindingAtItsWords() throws {
        let findings = try findings()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CommandLineRunner.run([
            "check", "--fail-on", "never", "--format", "html", "--output", output.path, "--format", "text", "corpus",
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasSuffix("21 errors, 13 warnings, 0 infos\n"), "the other format is still written")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.components(separatedBy: "<div class=\"note ").count - 1 == findings.count)
        #expect(html.components(separatedBy: "<section class=\"doc\"").count - 1 == 16)
        let marks = try NSRegularExpression(pattern: "<mark class=\"s-[a-z]+\" data-f=\"([0-9 ]+)\">([^<]*)</mark>")
        var marked: [Int: String] = [:]
        for match in marks.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let numbers = Range(match.range(at: 1), in: html), let text = Range(match.range(at: 2), in: html)
            else { continue }
            for number in html[numbers].split(separator: " ").compactMap({ Int($0) }) {
                marked[number, default: ""] += html[text]
            }
        }
        for (index, finding) in findings.enumerated() {
            let number = index + 1
            let row = try row(of: number, in: html)
            #expect(row.contains("id=\"m\(number)\""), "finding \(number) is in the text, not the header")
            let location = try #require(finding["location"] as? [String: Any])
            let place =
                if let paragraph = location["paragraph"] as? Int { "¶\(paragraph)" } else {
                    "line \(location["line"] as? Int ?? 0):\(location["column"] as? Int ?? 0)"
                }
            #expect(
                row.contains("data-loc=\"\(place)\"") || row.contains("<table>"),
                "finding \(number) is beside its paragraph \(place)")
            let excerpt = try #require(finding["excerpt"] as? String)
            #expect(marked[number] == Self.escaped(excerpt), "finding \(number) marks its words")
        }
        for outside in ["src=\"http", "href=\"http", "<link", "<img"] { #expect(!html.contains(outside)) }
    }

    private func row(of number: Int, in html: String) throws -> Substring {
        let note = try #require(html.range(of: "id=\"f\(number)\""))
        let start = try #require(html[..<note.lowerBound].range(of: "<div class=\"r ", options: .backwards))
        let end = try #require(html[note.upperBound...].range(of: "</aside></div>"))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test func markdownSummarisesTheRun() throws {
        let result = try CommandLineRunner.run(["check", "--fail-on", "never", "--format", "markdown", "corpus"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("### reglint: 21 errors, 13 warnings, 0 infos (16 documents checked)\n"))
        #expect(result.output.contains("| `figures/sum` | 3 | 0 | 0 |"))
        #expect(
            result.output.contains("| ❌ error | `en/acceptable-use-policy.xml` Article 6 › Clause 2 (¶44) |"))
        #expect(!result.output.contains("/work"), "paths are relative to the repository root, as in the other formats")
    }
}
