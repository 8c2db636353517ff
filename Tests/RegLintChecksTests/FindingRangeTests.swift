import Foundation
import RegLintChecks
import RegLintCore
import RegLintReaders
import Testing

/// Every built-in check that knows where its words are gives each finding the exact range of
/// them in its paragraph's text: run over every triggering example, the range selects text
/// that starts with the excerpt, in the paragraph the finding names.
@Suite("Finding ranges")
struct FindingRangeTests {
    /// Rules whose findings concern no words of a paragraph (a clause that is absent), or a
    /// heading the tree does not keep as a paragraph (a titled article's or a clause's heading).
    static let rulesWithoutWords: Set<RuleID> = ["clauses/missing", "clauses/empty"]

    @Test(arguments: BuiltInChecks.all.map { ObjectIdentifier($0) })
    func rangesSelectTheExcerpt(of identifier: ObjectIdentifier) throws {
        let check = try #require(BuiltInChecks.all.first { ObjectIdentifier($0) == identifier })
        try verify(check.description) {
            [try check.configuredCheck(optionsYAML: nil, severity: check.description.defaultSeverity)]
        }
    }

    private func verify(
        _ description: CheckDescription, checks: () throws -> [Engine.ConfiguredCheck]
    ) throws {
        var withRange = 0
        var findings = 0
        for example in description.triggeringExamples where example.options == nil {
            let outline = example.outline.replacingOccurrences(of: String(Example.marker), with: "")
            let document = OutlineReader.read(outline, language: example.language)
            let engine = Engine(
                checks: try checks(),
                asOf: try #require(Day(iso: example.asOf ?? "2026-01-01")),
                language: example.language, toolVersion: "test")
            let report = engine.run(paths: [document.path], jobs: 1) { _ in .success(document) }
            for finding in report.findings {
                findings += 1
                guard let range = finding.range else { continue }
                withRange += 1
                // Outline table cells share their row's location: one of them holds the words.
                let texts = document.allParagraphs.filter { $0.location == finding.location }.map(\.text)
                #expect(!texts.isEmpty, "\(description.id): the finding's paragraph is not in the document")
                let selected = texts.compactMap { text in range.range(in: text).map { String(text[$0]) } }
                #expect(
                    selected.contains { !$0.isEmpty && $0.hasPrefix(finding.excerpt ?? "") },
                    "\(description.id): range \(range) selects \(selected), excerpt '\(finding.excerpt ?? "")'")
            }
        }
        if !Self.rulesWithoutWords.contains(description.id), findings > 0 {
            #expect(withRange > 0, "\(description.id): no finding of its examples has a range")
        }
    }
}
