import Foundation
import RegLintCore
import RegLintReporters
import Testing

/// Renders one shared report with every reporter and compares it with
/// `Snapshots/<format>.<ext>`. After an intended change:
/// `REGLINT_RECORD_SNAPSHOTS=1 swift test --filter ReporterSnapshotTests`, then review the diff.
@Suite("Reporter snapshots")
struct ReporterSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Both languages, an unreadable file, every severity, a finding without line or column,
    /// a fix, and characters every format must escape.
    static var fixture: Report {
        let description = CheckDescription(
            id: "structure/numbering", name: "Numbering", summary: "Numbers out of sequence",
            rationale: "Renumbering breaks references.", defaultSeverity: .warning,
            triggeringExamples: [Example("Điều 1.\n↓Điều 3.")], nonTriggeringExamples: [Example("Điều 1.")])
        let outdated = CheckDescription(
            id: "references/outdated", name: "Outdated reference", summary: "A cited instrument was replaced",
            rationale: "Cite what is in force.", defaultSeverity: .error,
            triggeringExamples: [Example("↓Nghị định số 04/2015/NĐ-CP")], nonTriggeringExamples: [Example("x")])
        let docx = "corpus/vi/quy-che-dan-chu.docx"
        let akn = "corpus/en/policy & rules.akn.xml"
        return Report(
            toolVersion: "0.1.0",
            files: [
                Report.File(path: docx, format: "docx", status: .checked),
                Report.File(path: akn, format: "akoma-ntoso", status: .checked),
                Report.File(
                    path: "broken.xml", format: "xml", status: .error,
                    errorMessage: "malformed XML at line 3: Opening and ending tag mismatch: <p> and \"act\""),
            ],
            findings: [
                Finding(
                    rule: "references/outdated", severity: .error,
                    message: "Nghị định số 04/2015/NĐ-CP was replaced by Nghị định số 59/2023/NĐ-CP on 2023-08-14",
                    path: docx,
                    location: SourceLocation(file: docx, paragraph: 10, sectionPath: ["Preamble"]),
                    excerpt: "Nghị định số 04/2015/NĐ-CP", range: TextRange(offset: 7, length: 26),
                    fix: Fix(replacement: "Nghị định số 59/2023/NĐ-CP")),
                Finding(
                    rule: "structure/numbering", severity: .warning, message: "numbering starts at 3 (expected 1)",
                    path: docx,
                    location: SourceLocation(
                        file: docx, paragraph: 47, sectionPath: ["Chương II", "Điều 6", "Khoản 3"]),
                    excerpt: "3.", range: TextRange(offset: 0, length: 2)),
                Finding(
                    rule: "structure/numbering", severity: .info, message: "Section 4 comes after Section 5, 100% sure",
                    path: akn,
                    location: SourceLocation(file: akn, line: 12, column: 7, sectionPath: ["Section 4"], eId: "sec_4"),
                    excerpt: "4", fix: Fix(replacement: "6")),
            ],
            rules: [outdated, description])
    }

    @Test(arguments: Reporters.all.map { $0.id })
    func snapshot(of format: String) throws {
        let reporter = try #require(Reporters.reporter(for: format))
        let rendered = try reporter.render(Self.fixture)
        let ext =
            [
                "text": "txt", "json": "json", "sarif": "sarif", "junit": "xml", "checkstyle": "xml", "github": "txt",
                "html": "html", "markdown": "md",
            ][
                format] ?? "txt"
        let file = Self.folder.appendingPathComponent("Snapshots/\(format).\(ext)")
        if ProcessInfo.processInfo.environment["REGLINT_RECORD_SNAPSHOTS"] == "1" {
            try Data(rendered.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(rendered == expected, "\(format) output differs from \(file.path)")
        #expect(try reporter.render(Self.fixture) == rendered, "output must be deterministic")
    }

    @Test func sarifValidatesAgainstTheSchema() throws {
        let sarif = try #require(Reporters.reporter(for: "sarif")).render(Self.fixture)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("out.sarif")
        try Data(sarif.utf8).write(to: log)
        let schema = Self.folder.appendingPathComponent("Schemas/sarif-schema-2.1.0.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); log = json.load(open(sys.argv[2]))
            jsonschema.Draft7Validator(schema).validate(log)
            print("valid")
            """,
            schema.path, log.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "SARIF does not validate: \(text)")
        #expect(text.contains("valid"))
    }

    /// What GitHub code scanning requires of an uploaded SARIF file ("SARIF support for code
    /// scanning"): the tool's name and rules, and for every result a rule id, a message, and a
    /// location with a relative artifact URI and a region with a start line.
    @Test func sarifHasWhatGitHubCodeScanningRequires() throws {
        let sarif = try #require(Reporters.reporter(for: "sarif")).render(Self.fixture)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "reglint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        for rule in rules {
            #expect(rule["id"] is String)
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect(rule["helpUri"] == nil, "no made-up documentation address")
        }
        let baseIDs = try #require(run["originalUriBaseIds"] as? [String: Any])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == Self.fixture.findings.count)
        for (result, finding) in zip(results, Self.fixture.findings) {
            #expect(result["ruleId"] as? String == finding.rule.rawValue)
            let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
            #expect(message.hasSuffix(finding.message))
            if let paragraph = finding.location.paragraph { #expect(message.contains("¶\(paragraph)")) }
            let locations = try #require(result["locations"] as? [[String: Any]])
            #expect((1...10).contains(locations.count))
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            let uri = try #require(artifact["uri"] as? String)
            #expect(URL(string: uri)?.scheme == nil && !uri.hasPrefix("/") && !uri.hasPrefix("./"), "\(uri)")
            #expect(baseIDs[artifact["uriBaseId"] as? String ?? ""] != nil)
            let startLine = try #require((physical["region"] as? [String: Any])?["startLine"] as? Int)
            #expect(startLine == finding.location.line ?? finding.location.paragraph)
            #expect((physical["region"] as? [String: Any])?["startColumn"] == nil, "XML columns count bytes")
            #expect((result["partialFingerprints"] as? [String: String])?.isEmpty == false)
        }
    }

    /// A JUnit test case fails only for findings at or above `--fail-on`; the others are listed
    /// without failing, so a dashboard is red exactly when the build is.
    @Test func junitFailsOnlyAtTheFailingSeverity() throws {
        func failures(_ severity: Severity?) throws -> [String] {
            var report = Self.fixture
            report.failingSeverity = severity
            let xml = try JUnitReporter().render(report)
            return xml.split(separator: "\n").filter { $0.contains("<failure ") }.map(String.init)
        }
        #expect(try failures(nil).isEmpty)
        #expect(try failures(.error).count == 1)
        #expect(try failures(.warning).count == 2)
        #expect(try failures(.info).count == 3)
        var report = Self.fixture
        report.failingSeverity = nil
        let xml = try JUnitReporter().render(report)
        #expect(xml.contains("<testsuites name=\"reglint\" tests=\"5\" failures=\"0\" errors=\"1\">"))
        #expect(xml.contains("<system-out>warning: corpus/vi/quy-che-dan-chu.docx: Chương II › Điều 6 › Khoản 3 (¶47)"))
    }

    @Test func unknownFormatIsRefused() {
        #expect(Reporters.reporter(for: "pdf") == nil)
    }
}
