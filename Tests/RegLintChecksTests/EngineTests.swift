import Foundation
import RegLintChecks
import RegLintCore
import RegLintReaders
import Testing

@Suite("The engine")
struct EngineTests {
    private func engine(_ ids: [RuleID]) throws -> Engine {
        let checks = try BuiltInChecks.all.filter { ids.contains($0.description.id) }.map { check in
            try check.configuredCheck(optionsYAML: nil, severity: check.description.defaultSeverity)
        }
        return Engine(
            checks: checks, asOf: try #require(Day(iso: "2026-01-01")), language: nil, toolVersion: "test",
            unusedSuppressionSeverity: ids.contains(.unusedSuppression) ? .warning : nil)
    }

    private func run(_ outlines: [String: String], rules: [RuleID], jobs: Int = 2) throws -> Report {
        let documents = outlines.mapValues { OutlineReader.read($0) }
        return try engine(rules).run(paths: outlines.keys.sorted(), jobs: jobs) { path in
            documents[path].map { .success($0) } ?? .failure(Engine.InputFailure(format: "txt", message: "missing"))
        }
    }

    @Test func suppressionsSilenceFindingsAndUnusedOnesAreReported() throws {
        let report = try run(
            [
                "a.txt":
                    "#reglint disable structure/numbering\nĐiều 1. Một\nĐiều 3. Ba\n#reglint enable structure/numbering",
                "b.txt":
                    "#reglint disable structure/numbering\nĐiều 1. Một\nĐiều 2. Hai\n#reglint enable structure/numbering",
                "c.txt": "Điều 1. Một\nĐiều 3. Ba",
            ], rules: ["structure/numbering", .unusedSuppression])
        #expect(report.findings.map(\.path) == ["b.txt", "c.txt"])
        #expect(report.findings.map(\.rule) == [.unusedSuppression, "structure/numbering"])
    }

    @Test func suppressionsApplyToCorpusAndFunctionChecksAlike() throws {
        let document = OutlineReader.read(
            """
            #reglint disable test/same-number
            SỞ X
            #reglint enable test/same-number
            Số: 12/QC-SX
            #reglint disable test/word
            Một từ.
            #reglint enable test/word
            Hai từ.
            #reglint disable structure/numbering
            Ba.
            """)
        let wordRule = CheckDescription(
            id: "test/word", name: "Word", summary: "The word từ", rationale: "A test.", defaultSeverity: .info,
            triggeringExamples: [], nonTriggeringExamples: [])
        let word = Engine.ConfiguredCheck(description: wordRule, severity: .info) { document, _ in
            document.allParagraphs.filter { $0.text.contains("từ") }.map {
                Diagnostic(message: .init("a word"), location: $0.location)
            }
        }
        let engine = Engine(
            checks: [word, Engine.ConfiguredCheck(check: SameNumberCheck(options: NoOptions()), severity: .error)],
            asOf: try #require(Day(iso: "2026-01-01")), language: nil, toolVersion: "test",
            unusedSuppressionSeverity: .warning)
        let report = engine.run(paths: ["a.txt", "b.txt"], jobs: 2) { _ in .success(document) }
        // The corpus check's findings (¶1) and the function check's first one (¶3) are silenced,
        // the second (¶4) is not; only the numbering suppression silenced nothing.
        #expect(
            report.findings.map { "\($0.path) \($0.rule) \($0.severity)" } == [
                "a.txt test/word info", "a.txt structure/unused-suppression warning",
                "b.txt test/word info", "b.txt structure/unused-suppression warning",
            ])
        #expect(report.findings.first?.location.paragraph == 4)
        #expect(report.rules.map(\.id) == [.unusedSuppression, "test/same-number", "test/word"])
    }

    @Test func findingsAreSortedByFileThenDocumentOrderWhateverTheJobs() throws {
        let outlines = [
            "z.txt": "Điều 1. Một\nĐiều 3. Ba\nĐiều 5. Năm",
            "a.txt": "Điều 2. Hai\nĐiều 2. Hai",
            "m.txt": "Điều 1. Một",
        ]
        let one = try run(outlines, rules: ["structure/numbering"], jobs: 1)
        let many = try run(outlines, rules: ["structure/numbering"], jobs: 8)
        #expect(one.findings == many.findings)
        #expect(one.findings.map(\.path) == ["a.txt", "a.txt", "z.txt", "z.txt"])
        #expect(one.findings.map { $0.location.paragraph ?? 0 } == [1, 2, 2, 3])
    }

    @Test func unreadableFilesAreReportedAndTheRestChecked() throws {
        let report = try engine(["structure/numbering"]).run(paths: ["bad", "good"], jobs: 2) { path in
            path == "bad"
                ? .failure(Engine.InputFailure(format: "xml", message: "malformed XML at line 1"))
                : .success(OutlineReader.read("Điều 1. Một\nĐiều 3. Ba"))
        }
        #expect(report.files.map(\.status) == [.error, .checked])
        #expect(report.findings.count == 1)
    }

    /// A corpus check for the test: documents that state the same number.
    struct SameNumberCheck: CorpusCheck {
        static let description = CheckDescription(
            id: "test/same-number", name: "Same number", summary: "Two documents state the same number",
            rationale: "Numbers identify documents.", defaultSeverity: .error,
            triggeringExamples: [Example("Số: 1/QC\n↓x")], nonTriggeringExamples: [Example("x")])

        init(options: NoOptions) {}

        func summarize(_ document: Document, context: CheckContext) -> String? { document.metadata.number }

        func diagnostics(in corpus: [CorpusEntry<String?>], context: CheckContext) -> [CorpusDiagnostic] {
            let byNumber = Dictionary(grouping: corpus.filter { $0.summary != nil }, by: { $0.summary ?? "" })
            return byNumber.values.filter { $0.count > 1 }.flatMap { entries in
                entries.map { entry in
                    CorpusDiagnostic(
                        path: entry.path,
                        diagnostic: Diagnostic(
                            message: .init("number \(entry.summary ?? "") is also used by another document"),
                            location: SourceLocation(file: entry.path, paragraph: 1)))
                }
            }
        }
    }

    @Test func corpusChecksSeeEveryDocument() throws {
        let documents = [
            "a.txt": OutlineReader.read("SỞ X\nSố: 12/QC-SX\nĐiều 1. Một"),
            "b.txt": OutlineReader.read("SỞ X\nSố: 12/QC-SX\nĐiều 1. Một"),
            "c.txt": OutlineReader.read("SỞ X\nSố: 13/QC-SX\nĐiều 1. Một"),
        ]
        let engine = Engine(
            checks: [Engine.ConfiguredCheck(check: SameNumberCheck(options: NoOptions()), severity: .error)],
            asOf: try #require(Day(iso: "2026-01-01")), language: nil, toolVersion: "test")
        for jobs in [1, 3] {
            let report = engine.run(paths: ["c.txt", "b.txt", "a.txt"], jobs: jobs) { path in
                documents[path].map { .success($0) } ?? .failure(Engine.InputFailure(format: "txt", message: "missing"))
            }
            #expect(report.findings.map(\.path) == ["b.txt", "a.txt"])
            #expect(report.rules.map(\.id) == ["test/same-number"])
        }
    }
}

@Suite("References against registries")
struct RegistryReferenceTests {
    @Test func renamedBodiesAreOutdated() throws {
        let registry = try InstrumentRegistry.load(paths: [
            try Self.write(
                """
                bodies:
                  - name: "Sở Thông tin và Truyền thông"
                    aliases: ["Sở TT&TT"]
                    status: merged
                    until: 2025-02-28
                    replaced_by: "Sở Khoa học và Công nghệ"
                """)
        ])
        let engine = Engine(
            checks: [try outdatedCheck()],
            asOf: try #require(Day(iso: "2025-06-01")), language: nil, toolVersion: "test", registry: registry)
        let document = OutlineReader.read("Điều 1. Phối hợp\nGiao Sở Thông tin và Truyền thông chủ trì.")
        let report = engine.run(paths: ["a.txt"], jobs: 1) { _ in .success(document) }
        #expect(
            report.findings.map(\.message) == [
                "\"Sở Thông tin và Truyền thông\" was merged into Sở Khoa học và Công nghệ (it existed until 2025-02-28)"
            ])
    }

    @Test func keysIgnoreSpellingButNeverMatchByPrefix() {
        let registry = InstrumentRegistry(instruments: [
            .init(id: "04/2015/NĐ-CP", type: "Nghị định", aliases: ["Nghị định 04/2015"], status: .replaced)
        ])
        func match(_ text: String) -> Bool {
            CitationExtractor.citations(in: Paragraph(text: text, location: SourceLocation(file: "x", paragraph: 1)))
                .contains { registry.instrument(for: $0) != nil }
        }
        #expect(match("Nghị định số 04/2015/NĐ-CP"))
        #expect(match("Nghị định số 4/2015/ND-CP"))
        #expect(match("theo Nghị định số 04/2015 của Chính phủ"))
        #expect(!match("Nghị định số 104/2015/NĐ-CP"))
        #expect(!match("Nghị định số 04/2015/NĐ-CPX"))
        #expect(!match("Thông tư 04/2015"))
    }

    static func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reglint-registry-\(UUID().uuidString).yml")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

@Suite("Dangling references in mapped schemas")
struct OwnNumberingWordTests {
    @Test func referencesWithTheDocumentsOwnNumberingWords() throws {
        var builder = SectionTreeBuilder(file: "rules.xml", language: .en)
        for (number, text) in [("Rule 1", "Breaches are handled under Rule 12 and Rule 2."), ("Rule 2", "See Rule 1.")]
        {
            builder.openSection(kind: .article, location: SourceLocation(file: "rules.xml", line: 1))
            builder.setNumber(number)
            builder.addBlock(.paragraph(Paragraph(text: text, location: SourceLocation(file: "rules.xml", line: 2))))
            builder.closeSection()
        }
        let built = builder.finish()
        let document = Document(
            path: "rules.xml", format: .mappedXML, language: .en, metadata: built.metadata, sections: built.sections)
        let check = try #require(
            BuiltInChecks.all.first { $0.description.id == "references/dangling" } as? any Check.Type)
        let context = CheckContext(
            asOf: try #require(Day(iso: "2026-01-01")), language: .en, facts: DocumentFacts(document))
        let messages = try check.configured(optionsYAML: nil).diagnostics(in: document, context: context).map(
            \.message.text)
        #expect(messages == ["\"Rule 12\" points nowhere: the document has no rule 12 (1 to 2)"])
    }
}

/// `references/outdated`, configured with its defaults at warning.
private func outdatedCheck() throws -> Engine.ConfiguredCheck {
    let check = try #require(BuiltInChecks.all.first { $0.description.id == "references/outdated" })
    return try check.configuredCheck(optionsYAML: nil, severity: .warning)
}
