import Foundation
import Testing

/// `reglint check` in a git repository of regulations, as CI runs it: repository-relative paths
/// however the paths are given, baselines that match across those runs, changed-files mode, and
/// no silent green when nothing is found.
@Suite("reglint check in a repository")
struct RepositoryWorkflowTests {
    private func run(_ arguments: [String], in folder: String? = nil, input: String = "") throws
        -> CommandLineRunner.Result
    {
        try CommandLineRunner.run(arguments, in: folder, input: input)
    }

    /// A fresh git repository in a temporary folder, with one commit of `files` (name → text) and
    /// corpus documents copied in (name → path in the package).
    private func repository(files: [String: String] = [:], copies: [String: String] = [:]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-repo-\(UUID().uuidString)")
            .path
        try write(files, copies: copies, in: folder)
        try git(["init", "-q"], in: folder)
        try commit("first", in: folder)
        return folder
    }

    private func write(_ files: [String: String], copies: [String: String] = [:], in folder: String) throws {
        for (name, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for (name, source) in copies {
            let target = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: CorpusLocation.url(source).path, toPath: target)
        }
    }

    private func commit(_ message: String, in folder: String) throws {
        try git(["add", "-A"], in: folder)
        try git(
            ["-c", "user.name=reglint", "-c", "user.email=reglint@example.org", "commit", "-qm", message], in: folder)
    }

    private func git(_ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    private func json(_ result: CommandLineRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    private static let documents = [
        "vi/quy-che-dan-chu.docx": "corpus/vi/quy-che-dan-chu.docx",
        "en/acceptable-use-policy.xml": "corpus/en/acceptable-use-policy.xml",
        "en/records-management-policy.akn.xml": "corpus/en/records-management-policy.akn.xml",
    ]

    @Test(arguments: [true, false])
    func pathsAreRepositoryRelativeHoweverTheyAreGiven(withConfiguration: Bool) throws {
        let config =
            withConfiguration ? [".reglint.yml": "as_of: 2025-12-01\nregistries: [builtin:international]\n"] : [:]
        let root = try repository(files: config, copies: Self.documents)
        for format in ["json", "sarif"] {
            let common = ["check", "--fail-on", "never", "--format", format]
            let dot = try run(common + ["."], in: root)
            let named = try run(common + ["vi", "./en/"], in: root)
            let absolute = try run(common + [root], in: CorpusLocation.packageRoot.path)
            let fromBelow = try run(common + ["..", "../en/acceptable-use-policy.xml"], in: root + "/vi")
            #expect(dot.status == 0, "\(dot.errors)")
            #expect(!dot.output.isEmpty)
            #expect(named.output == dot.output, "\(format): reglint check vi ./en/")
            #expect(absolute.output == dot.output, "\(format): reglint check \(root)")
            #expect(fromBelow.output == dot.output, "\(format): reglint check .. from vi/")
        }
        let report = try json(try run(["check", "--format", "json", "."], in: root))
        let paths = (report["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(
            paths == [
                "en/acceptable-use-policy.xml", "en/records-management-policy.akn.xml", "vi/quy-che-dan-chu.docx",
            ])
    }

    @Test func oneBaselineSilencesEveryWayOfCalling() throws {
        let root = try repository(copies: Self.documents)
        let baseline = root + "/.reglint-baseline.json"
        let written = try run(["check", "--write-baseline", baseline, "."], in: root)
        #expect(written.status == 0, "writing a baseline accepts the findings: \(written.output)")
        #expect(written.errors.contains("note: recorded"))
        let recorded = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(recorded.contains("\"path\" : \"vi/quy-che-dan-chu.docx\""))
        for (arguments, folder) in [
            (["vi", "en"], root), ([root], CorpusLocation.packageRoot.path), (["."], root + "/en"),
        ] {
            let result = try run(["check", "--fail-on", "info", "--baseline", baseline] + arguments, in: folder)
            #expect(result.status == 0, "\(arguments) in \(folder): \(result.output)")
            #expect(result.output.hasSuffix("0 errors, 0 warnings, 0 infos\n"))
        }
    }

    @Test func sarifNamesEveryResultByARelativeURIAndALine() throws {
        let root = try repository(copies: Self.documents)
        let sarif = try run(["check", "--format", "sarif", "vi", "en"], in: root)
        let log = try json(sarif)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let physical = try #require(
                ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            let uri = try #require(artifact["uri"] as? String)
            #expect(!uri.hasPrefix("/") && !uri.hasPrefix("./") && !uri.contains(":"), "\(uri)")
            #expect(artifact["uriBaseId"] as? String == "SRCROOT")
            #expect(((physical["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
        }
        try expectValidSARIF(sarif.output)
        let docx = try #require(
            results.first { ((($0["message"] as? [String: Any])?["text"]) as? String)?.contains("¶47") == true })
        #expect((docx["properties"] as? [String: Any])?["paragraph"] as? Int == 47)
    }

    /// Validates `sarif` against the SARIF 2.1.0 schema the reporter tests use (python3 with
    /// jsonschema, as .ci/run installs it).
    private func expectValidSARIF(_ sarif: String) throws {
        let log = try CommandLineRunner.temporaryFile("out.sarif", sarif)
        let schema = CorpusLocation.url("Tests/RegLintReportersTests/Schemas/sarif-schema-2.1.0.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import json, sys, jsonschema; jsonschema.Draft7Validator(json.load(open(sys.argv[1])))"
                + ".validate(json.load(open(sys.argv[2])))",
            schema, log,
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "SARIF does not validate: \(message)")
    }

    /// Three documents where one replaces another and the third still cites the replaced one,
    /// plus an excluded draft and a document that the second commit deletes.
    private func corpusRepository() throws -> String {
        func akn(_ number: String, _ body: String) -> String {
            """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><preface>
            <p>SỞ KHOA HỌC VÀ CÔNG NGHỆ</p><p><docNumber>Số: \(number)</docNumber></p>
            <p>Hà Nội, ngày 01 tháng 6 năm 2024</p></preface><body>\(body)</body></act></akomaNtoso>
            """
        }
        let citing = akn(
            "31/KH-SKHCN",
            "<article><num>Điều 1.</num><content><p>Thực hiện theo Quy chế số 12/QC-SKHCN của Sở.</p></content></article>"
        )
        let root = try repository(files: [
            ".reglint.yml": "as_of: 2025-01-01\nexclude: [\"drafts/**\"]\n",
            "a-old.xml": akn("12/QC-SKHCN", "<article><num>Điều 1.</num><heading>Phạm vi</heading></article>"),
            "b-new.xml": akn(
                "20/QC-SKHCN",
                "<article><num>Điều 1.</num><content><p>Quy chế này thay thế Quy chế số 12/QC-SKHCN.</p></content></article>"
            ),
            "c-citing.xml": citing,
            "drafts/d.xml": citing,
            "z-gone.xml": citing,
        ])
        try write(["c-citing.xml": citing + "\n", "drafts/d.xml": citing + "\n"], in: root)
        try FileManager.default.removeItem(atPath: root + "/z-gone.xml")
        try commit("second", in: root)
        return root
    }

    @Test func changedSinceChecksTheChangedDocumentsWithTheWholeRepositoryAsRegistry() throws {
        let root = try corpusRepository()
        let changed = try run(["check", "--format", "json", "--changed-since", "HEAD~1"], in: root)
        #expect(changed.status == 0, "\(changed.errors)")
        let report = try json(changed)
        let files = (report["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(files == ["c-citing.xml"], "deleted and excluded files are skipped")
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(
            findings.first?["message"] as? String == "Quy chế số 12/QC-SKHCN was replaced by 20/QC-SKHCN (b-new.xml)")
        let listed = try run(
            ["check", "--format", "json", "--files-from", "-", "."], in: root,
            input: "c-citing.xml\nz-gone.xml\ndrafts/d.xml\nREADME.md\n")
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output == changed.output)
        let nothing = try run(["check", "--changed-since", "HEAD"], in: root)
        #expect(nothing.status == 0)
        #expect(nothing.errors.contains("note: no document changed since HEAD"))
        let badRevision = try run(["check", "--changed-since", "no-such-revision"], in: root)
        #expect(badRevision.status == 2)
        #expect(try run(["check", "--changed-since", "HEAD", "--files-from", "-"], in: root).status == 2)
        // A baseline of the changed documents alone would drop every other document's findings.
        let partialBaseline = try run(["check", "--changed-since", "HEAD~1", "--write-baseline", "b.json"], in: root)
        #expect(partialBaseline.status == 2)
        #expect(partialBaseline.errors.contains("--write-baseline records every document's findings"))
    }

    @Test func noDocumentFoundIsNotAPass() throws {
        let empty = try repository(files: ["README.md": "regulations to come\n", "scan.pdf": "%PDF-1.4\n"])
        let result = try run(["check", "."], in: empty)
        #expect(result.status == 2)
        #expect(result.errors.contains("error: no document found in the current folder (include: **/*.docx, **/*.xml"))
        #expect(result.output.isEmpty)
        let allowed = try run(["check", "--allow-empty", "."], in: empty)
        #expect(allowed.status == 0)
        #expect(allowed.output == "0 files checked: 0 errors, 0 warnings, 0 infos\n")
    }

    @Test func builtInRegistriesAreNamedInTheConfiguration() throws {
        let root = try repository(
            files: [".reglint.yml": "as_of: 2025-12-01\nregistries: [builtin:international]\n"],
            copies: ["policy.akn.xml": "corpus/en/records-management-policy.akn.xml"])
        let result = try run(["check", "."], in: root)
        #expect(result.output.contains("policy.akn.xml:194:13: warning: Data Protection Act 1998 was replaced"))
        try write([".reglint.yml": "registries: [builtin:internatonal]\n"], in: root)
        let typo = try run(["check", "."], in: root)
        #expect(typo.status == 2)
        #expect(typo.errors.contains("did you mean 'builtin:international'?"))
    }
}
