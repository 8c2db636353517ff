import Foundation
import Testing

/// `reglint check` end to end: exit codes, formats and determinism.
@Suite("reglint check")
struct CheckCommandTests {
    private func run(_ arguments: [String]) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(arguments)
    }

    private func temporaryFile(_ name: String, _ contents: String) throws -> String {
        try CommandLineRunner.temporaryFile(name, contents)
    }

    @Test func cleanDocumentExitsZero() throws {
        let result = try run(["check", "corpus/external/un_declaration-racial-discrimination-1963.docx"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("1 file checked: 0 errors, 0 warnings, 0 infos\n"))
    }

    @Test func findingsAtTheFailLevelExitOne() throws {
        // The document's planted figures errors are switched off: only warnings are left.
        let onlyWarnings = try temporaryFile(
            "warnings.yml", "rules:\n  figures/sum: off\n  figures/percent: off\n  figures/words: off\n")
        let warnings = try run(["check", "--config", onlyWarnings, "corpus/vi/quy-che-dan-chu.docx"])
        #expect(warnings.status == 0, "warnings do not fail the default --fail-on error")
        #expect(
            warnings.output.contains(
                "vi/quy-che-dan-chu.docx: Chương II › Điều 6 › Khoản 3 (¶47): warning: numbering starts at 3 (expected 1) — “3.” [structure/numbering]"
            ))
        #expect(
            try run(["check", "--config", onlyWarnings, "--fail-on", "warning", "corpus/vi/quy-che-dan-chu.docx"])
                .status == 1)
        #expect(
            try run(["check", "--config", onlyWarnings, "--max-warnings", "0", "corpus/vi/quy-che-dan-chu.docx"])
                .status == 1)
        let config = try temporaryFile("cfg.yml", "rules:\n  structure/numbering: error\n")
        #expect(try run(["check", "--config", config, "corpus/vi/quy-che-dan-chu.docx"]).status == 1)
    }

    @Test func unreadableInputExitsThreeAndTheRestIsChecked() throws {
        let broken = try temporaryFile("broken.docx", "not a zip at all")
        let result = try run(["check", "--format", "json", broken, "corpus/vi/quy-che-dan-chu.docx"])
        #expect(result.status == 3)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["status"] as? String } == ["error", "checked"])
        let error = try #require(files.first?["error"] as? [String: Any])
        #expect(error["rule"] as? String == "input/unreadable")
        // A numbering and a restated-figure warning, three planted figures errors (sum, percent,
        // words).
        #expect((json["findings"] as? [Any])?.count == 5)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "checked": 1, "errors": 3, "warnings": 2, "infos": 0])
    }

    @Test func configurationAndUsageErrorsExitTwo() throws {
        let typo = try temporaryFile("cfg.yml", "rules:\n  structure/numberin: error\n")
        let result = try run(["check", "--config", typo, "corpus/vi/quy-che-dan-chu.docx"])
        #expect(result.status == 2)
        #expect(result.errors.contains("rules.structure/numberin: unknown rule (did you mean 'structure/numbering'?)"))
        #expect(result.output.isEmpty)
        #expect(try run(["check", "--format", "pdf", "corpus"]).status == 2)
        #expect(try run(["check", "--bogus-option"]).status == 2)
        let badSeverity = try temporaryFile("cfg.yml", "rules:\n  structure/numbering: loud\n")
        #expect(try run(["check", "--config", badSeverity, "corpus"]).status == 2)
        let badOption = try temporaryFile("cfg.yml", "rules:\n  structure/numbering: {severity: error, tolerance: 2}\n")
        let optionResult = try run(["check", "--config", badOption, "corpus"])
        #expect(optionResult.status == 2)
        #expect(optionResult.errors.contains("rules.structure/numbering: unknown option 'tolerance'"))
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.output == "0.1.0\n")
    }

    @Test func outputIsTheSameForAnyJobCount() throws {
        let one = try run(["check", "--jobs", "1", "--format", "json", "corpus"])
        let four = try run(["check", "--jobs", "4", "--format", "json", "corpus"])
        #expect(one.status == four.status)
        #expect(one.output == four.output)
        #expect(!one.output.isEmpty)
    }

    @Test func severalReportsFromOneRun() throws {
        let jsonPath = try temporaryFile("report.json", "")
        let result = try run(["check", "--format", "json", "--output", jsonPath, "--format", "text", "corpus/vi"])
        #expect(result.output.contains("warning: numbering skips from d) to e) (expected đ))"))
        let written = try Data(contentsOf: URL(fileURLWithPath: jsonPath))
        #expect((try JSONSerialization.jsonObject(with: written) as? [String: Any])?["tool"] != nil)
    }

    @Test func rulesListsEveryCheck() throws {
        let text = try run(["rules"])
        #expect(text.status == 0)
        #expect(text.output.contains("structure/numbering  (warning)"))
        let markdown = try run(["rules", "--format", "markdown"])
        #expect(markdown.output.contains("# Numbering (`structure/numbering`)"))
    }

    @Test func baselineIgnoresRecordedFindingsEvenAfterEditsElsewhere() throws {
        func akn(_ preamble: String, _ articles: [Int]) -> String {
            let body = articles.map {
                "<article eId=\"art_\($0)\"><num>Điều \($0).</num><heading>H</heading></article>"
            }
            return """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><preface>\(preamble)</preface>
                <body>
                \(body.joined(separator: "\n"))
                </body></act></akomaNtoso>
                """
        }
        let document = try temporaryFile("quy-dinh.akn.xml", akn("<p>Một</p>", [1, 3]))
        let baseline = (document as NSString).deletingLastPathComponent + "/baseline.json"
        let first = try run(["check", "--write-baseline", baseline, "--fail-on", "warning", document])
        #expect(first.status == 0, "the findings a baseline records are accepted")
        try Data(akn("<p>Một</p>\n<p>Hai</p>\n<p>Ba</p>", [1, 3]).utf8).write(to: URL(fileURLWithPath: document))
        let edited = try run(["check", "--baseline", baseline, "--fail-on", "warning", document])
        #expect(edited.status == 0, "\(edited.output)")
        try Data(akn("<p>Một</p>", [1, 3, 7]).utf8).write(to: URL(fileURLWithPath: document))
        let newDefect = try run(["check", "--baseline", baseline, "--fail-on", "warning", document])
        #expect(newDefect.status == 1)
        #expect(newDefect.output.contains("numbering skips from Điều 3 to Điều 7"))
        #expect(!newDefect.output.contains("from Điều 1 to Điều 3"))
        #expect(try run(["check", "--baseline", "/nonexistent/baseline.json", document]).status == 2)
    }

    @Test func initWritesAConfigurationThatLoads() throws {
        let folder = (try temporaryFile("placeholder", "") as NSString).deletingLastPathComponent
        let config = folder + "/.reglint.yml"
        #expect(try run(["init", "--output", config]).status == 0)
        #expect(try run(["init", "--output", config]).status == 2, "an existing file is not overwritten")
        let check = try run(["check", "--config", config, "corpus/vi/quy-che-dan-chu.docx"])
        // The configuration loads (2 would be a configuration error); the planted figures errors fail.
        #expect(check.status == 1, "\(check.errors)")
    }

    @Test func configurationErrorsNameTheKeyAndTheFix() throws {
        let typo = try temporaryFile("cfg.yml", "exlude: [\"drafts/**\"]\n")
        let result = try run(["check", "--config", typo, "corpus"])
        #expect(result.status == 2)
        #expect(result.errors == "error: \(typo): exlude: unknown key (did you mean 'exclude'?)\n")
        let missing = try temporaryFile("cfg.yml", "registries: [registries/none.yml]\n")
        let missingResult = try run(["check", "--config", missing, "corpus"])
        #expect(missingResult.status == 2)
        #expect(missingResult.errors.contains("registries[0]: no such file or folder: registries/none.yml"))
    }

    @Test func includeAndExcludeSelectFilesInFolders() throws {
        let folder = (try temporaryFile("placeholder", "") as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder + "/drafts", withIntermediateDirectories: true)
        for name in ["a.xml", "drafts/b.xml"] {
            try FileManager.default.copyItem(
                atPath: CorpusLocation.url("corpus/en/records-management-policy.akn.xml").path,
                toPath: folder + "/" + name)
        }
        try Data("exclude: [\"drafts/**\"]\n".utf8).write(to: URL(fileURLWithPath: folder + "/.reglint.yml"))
        let result = try run(["check", "--format", "json", folder])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let paths = (json["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String } ?? []
        #expect(paths == ["a.xml"], "relative to the configuration's folder")
    }

    @Test func hostileFilesNeverStopTheBatch() throws {
        let folder = (try temporaryFile("placeholder.txt", "") as NSString).deletingLastPathComponent + "/mixed"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let hostile = CorpusLocation.packageRoot.appendingPathComponent("Tests/RegLintReadersTests/HostileCorpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: hostile.path)
        for name in names {
            try FileManager.default.copyItem(
                atPath: hostile.appendingPathComponent(name).path, toPath: folder + "/" + name)
        }
        try FileManager.default.copyItem(
            atPath: CorpusLocation.url("corpus/vi/quy-che-dan-chu.docx").path, toPath: folder + "/quy-che-dan-chu.docx")
        let result = try run(["check", "--format", "json", "--jobs", "4", folder])
        #expect(result.status == 3)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let errors = files.filter { $0["status"] as? String == "error" }
        #expect(errors.count == 17)
        #expect(errors.allSatisfy { ($0["error"] as? [String: Any])?["rule"] as? String == "input/unreadable" })
        #expect(files.count == 23, "every .docx and .xml of the folder is listed")
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["path"] as? String == folder + "/quy-che-dan-chu.docx" })
    }

    @Test func theCorpusIsARegistry() throws {
        let folder = (try temporaryFile("placeholder.txt", "") as NSString).deletingLastPathComponent + "/repo"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func akn(_ number: String, _ body: String) -> String {
            """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><preface>
            <p>SỞ KHOA HỌC VÀ CÔNG NGHỆ</p><p><docNumber>Số: \(number)</docNumber></p>
            <p>Hà Nội, ngày 01 tháng 6 năm 2024</p></preface><body>\(body)</body></act></akomaNtoso>
            """
        }
        let old = akn("12/QC-SKHCN", "<article><num>Điều 1.</num><heading>Phạm vi</heading></article>")
        let new = akn(
            "20/QC-SKHCN",
            "<article><num>Điều 1.</num><content><p>Quy chế này thay thế Quy chế số 12/QC-SKHCN.</p></content></article>"
        )
        let citing = akn(
            "31/KH-SKHCN",
            "<article><num>Điều 1.</num><content><p>Thực hiện theo Quy chế số 12/QC-SKHCN của Sở.</p></content></article>"
        )
        for (name, text) in [("a-old.xml", old), ("b-new.xml", new), ("c-citing.xml", citing)] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        let result = try run(["check", "--format", "json", "--as-of", "2025-01-01", folder])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 1, "\(findings)")
        #expect(findings.first?["path"] as? String == folder + "/c-citing.xml")
        #expect(
            findings.first?["message"] as? String
                == "Quy chế số 12/QC-SKHCN was replaced by 20/QC-SKHCN (\(folder)/b-new.xml)")
        #expect((findings.first?["fix"] as? [String: String])?["replacement"] == "Quy chế số 20/QC-SKHCN")
    }

    /// Every planted defect of the corpus (corpus/README.md) is found where it is, and nothing else:
    /// `corpus/expected/check.txt`. Re-record with REGLINT_RECORD_GOLDENS=1 after an intended change.
    @Test func corpusFindingsMatchTheGolden() throws {
        let result = try run(["check", "--fail-on", "never", "corpus"])
        #expect(result.status == 0)
        let golden = CorpusLocation.corpus.appendingPathComponent("expected/check.txt")
        if ProcessInfo.processInfo.environment["REGLINT_RECORD_GOLDENS"] == "1" {
            try Data(result.output.utf8).write(to: golden)
            return
        }
        #expect(result.output == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// Regression: inline suppressions apply to corpus-check findings too (the engine filters
    /// every finding in one place), and a suppression that silenced one is not reported unused.
    @Test func suppressionsSilenceCorpusCheckFindings() throws {
        let original = try String(
            contentsOf: CorpusLocation.packageRoot.appendingPathComponent(
                "corpus/en/records-management-policy.akn.xml"),
            encoding: .utf8)
        let cited = "<p>Records containing personal data must be processed"
        #expect(original.contains(cited))
        let suppressed = original.replacingOccurrences(
            of: cited,
            with: "<?reglint disable references/outdated?>\n" + cited
        )
        .replacingOccurrences(
            of: "data protection policy.</p>",
            with: "data protection policy.</p>\n<?reglint enable references/outdated?>")
        let configuration = "corpus/.reglint.yml"
        let plain = try temporaryFile("policy.akn.xml", original)
        let before = try run(["check", "--config", configuration, "--format", "json", plain])
        #expect(before.output.contains("\"rule\" : \"references/outdated\""), "\(before.output)")
        let file = try temporaryFile("policy.akn.xml", suppressed)
        let after = try run(["check", "--config", configuration, "--format", "json", file])
        // (Only errors count: a sanitizer run adds its own report to standard error.)
        #expect(!after.errors.contains("error"), "\(after.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(after.output.utf8)) as? [String: Any])
        let rules = ((json["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
        // The document's planted figures findings stay; the suppressed citation and the
        // suppression itself are not reported.
        #expect(!rules.isEmpty && !rules.contains("references/outdated"), "\(after.output)")
        #expect(!rules.contains("structure/unused-suppression"), "\(after.output)")
    }
}
