import Foundation
import Testing

/// Rule packs and external-program plugins through `reglint check`, with the example pack and
/// plugin of Examples/ on corpus/ (corpus/tutorial.reglint.yml).
@Suite("Custom checks end to end")
struct CustomCheckTests {
    private let tutorial = "corpus/tutorial.reglint.yml"

    private func run(_ arguments: [String]) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(arguments)
    }

    @Test(arguments: ["text", "json", "sarif", "junit", "checkstyle", "github"])
    func packAndPluginFindingsInEveryFormat(format: String) throws {
        let result = try run(["check", "--config", tutorial, "--format", format, "corpus/vi", "corpus/en"])
        #expect(result.status == 1, "\(result.errors)")
        for rule in ["an-ha/meal-allowance", "an-ha/email", "readability/long-paragraph", "references/dangling"] {
            #expect(result.output.contains(rule), "\(format) lacks \(rule)")
        }
        #expect(!result.errors.contains("error"), "\(result.errors)")
    }

    @Test func theTextReportQuotesTheDocument() throws {
        let result = try run(["check", "--config", tutorial, "corpus/vi/quy-che-chi-tieu-noi-bo.docx"])
        #expect(
            result.output.contains(
                "vi/quy-che-chi-tieu-noi-bo.docx: Chương II › Điều 7 › Khoản 1 › Điểm b (¶73): warning: meal allowance of 200.000 đồng is above the house ceiling of 150.000 đồng — “Hỗ trợ tiền ăn: 200.000 đồng” [an-ha/meal-allowance]"
            ), "\(result.output)")
    }

    @Test func baselinesAcceptPackAndPluginFindings() throws {
        let baseline = try CommandLineRunner.temporaryFile("baseline.json", "")
        let written = try run(["check", "--config", tutorial, "--write-baseline", baseline, "corpus/vi", "corpus/en"])
        #expect(written.status == 0, "\(written.errors)")
        let again = try run(["check", "--config", tutorial, "--baseline", baseline, "corpus/vi", "corpus/en"])
        #expect(again.status == 0)
        #expect(!again.output.contains("an-ha/") && !again.output.contains("readability/"), "\(again.output)")
    }

    @Test func inlineSuppressionsSilencePackAndPluginFindings() throws {
        let akn = try String(
            contentsOf: CorpusLocation.packageRoot.appendingPathComponent("corpus/vi/quy-dinh-bao-ve-du-lieu.akn.xml"),
            encoding: .utf8)
        let opening = "<paragraph eId=\"chp_1__art_3__para_4\">"
        #expect(akn.contains(opening))
        let suppressed = akn.replacingOccurrences(
            of: opening, with: "<?reglint disable readability/long-paragraph?>" + opening)
        let file = try CommandLineRunner.temporaryFile("du-lieu.akn.xml", suppressed)
        let plain = try CommandLineRunner.temporaryFile("du-lieu.akn.xml", akn)
        let before = try run(["check", "--config", tutorial, plain])
        #expect(before.output.contains("readability/long-paragraph"), "\(before.output)")
        let after = try run(["check", "--config", tutorial, file])
        #expect(
            !after.output.contains("readability/long-paragraph") && !after.output.contains("unused"), "\(after.output)")
        // (Only errors count: a sanitizer run adds its own report to standard error.)
        #expect(!after.errors.contains("error"), "\(after.errors)")
    }

    /// A configuration with the given plugin script beside it (rule `broken/rule`).
    private func configuration(plugin script: String, timeout: Double = 10) throws -> String {
        let folder = ((try CommandLineRunner.temporaryFile("plugin.py", script)) as NSString).deletingLastPathComponent
        let path = folder + "/.reglint.yml"
        try Data(
            """
            plugins:
              - name: broken
                command: [python3, ./plugin.py]
                rules: [rule]
                timeout: \(timeout)
            """.utf8
        ).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [
        ("import sys\nsys.stderr.write('boom')\nsys.exit(3)\n", "exited with status 3: boom"),
        ("import time\ntime.sleep(30)\n", "no answer within 1 s (the plugin's timeout); stopped"),
        ("print('hello')\n", "printed something that is not a response"),
        ("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n", "was killed by signal 9"),
        (
            "import json\nprint(json.dumps({'protocol': 1, 'findings': [{'rule': 'other/x', 'message': 'm', 'location': {}}]}))\n",
            "reported rule 'other/x', which is not one of its rules (broken/rule)"
        ),
        ("print('{\"protocol\": 2, \"findings\": []}')\n", "answered in protocol 2; reglint speaks 1"),
    ])
    func aFailingPluginIsNamedAndTheRunGoesOn(script: String, error: String) throws {
        // Only the plugin that hangs meets the 1 s limit; the others have time to start on a
        // loaded machine (python3 alone can take a second there).
        let config = try configuration(plugin: script, timeout: script.contains("time.sleep") ? 1 : 10)
        let started = Date()
        let result = try run(["check", "--config", config, "corpus/vi/quy-che-dan-chu.docx"])
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(result.status == 3)
        #expect(
            result.errors.contains("error: plugin broken on corpus/vi/quy-che-dan-chu.docx: \(error)"),
            "\(result.errors)")
        #expect(
            result.output.contains("numbering starts at 3 (expected 1) — “3.” [structure/numbering]"),
            "\(result.output)")
    }

    /// A plugin may give the exact words of a finding (`range`, UTF-16 units of the located
    /// paragraph's text); reports carry it, and a negative one fails the plugin on the document.
    @Test func pluginFindingsCarryTheirRange() throws {
        func script(_ range: String) -> String {
            "import json\nprint(json.dumps({'protocol': 1, 'findings': [{'rule': 'broken/rule', 'message': 'm', "
                + "'location': {'paragraph': 10}, 'excerpt': 'Nghị định', 'range': \(range)}]}))\n"
        }
        let config = try configuration(plugin: script("{'offset': 7, 'length': 9}"))
        let result = try run(["check", "--config", config, "--format", "json", "corpus/vi/quy-che-dan-chu.docx"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "broken/rule" })
        #expect(finding["range"] as? [String: Int] == ["offset": 7, "length": 9])
        let negative = try configuration(plugin: script("{'offset': -1, 'length': 9}"))
        let refused = try run(["check", "--config", negative, "corpus/vi/quy-che-dan-chu.docx"])
        #expect(refused.status == 3)
        #expect(refused.errors.contains("a range with a negative offset or length"), "\(refused.errors)")
    }

    /// A broken pack is named with the file, the rule and the key, and the other checks still
    /// report (exit 3); a broken plugin entry is a configuration error (exit 2).
    @Test func brokenPacksAndPluginEntries() throws {
        let folder = ((try CommandLineRunner.temporaryFile("x", "")) as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder + "/pack/rules", withIntermediateDirectories: true)
        try Data("name: mine\n".utf8).write(to: URL(fileURLWithPath: folder + "/pack/pack.yml"))
        try Data("kind: substitution\nswap: {a: b}\nmesage: x\n".utf8).write(
            to: URL(fileURLWithPath: folder + "/pack/rules/word.yml"))
        try Data("packs: [pack]\nrules:\n  pack/word: error\n".utf8).write(
            to: URL(fileURLWithPath: folder + "/.reglint.yml"))
        let pack = try run(["check", "--config", folder + "/.reglint.yml", "corpus/vi/quy-che-dan-chu.docx"])
        #expect(pack.status == 3)
        #expect(
            pack.errors.contains(
                "error: pack pack not loaded: \(folder)/pack/rules/word.yml: mesage: rule mine/word: unknown key (did you mean 'message'?)"
            ), "\(pack.errors)")
        #expect(
            pack.output.contains("numbering starts at 3 (expected 1) — “3.” [structure/numbering]"), "\(pack.output)")
        try Data("plugins:\n  - name: x\n    command: [true]\n    timeut: 3\n".utf8).write(
            to: URL(fileURLWithPath: folder + "/.reglint.yml"))
        let plugin = try run(["check", "--config", folder + "/.reglint.yml", "corpus/vi/quy-che-dan-chu.docx"])
        #expect(plugin.status == 2)
        #expect(plugin.errors.contains("plugins[0].timeut: unknown key (did you mean 'timeout'?)"), "\(plugin.errors)")
    }

    @Test func packAndPluginRulesAreListed() throws {
        let result = try run(["rules", "--config", tutorial])
        #expect(result.output.contains("an-ha/meal-allowance  (warning)"))
        #expect(result.output.contains("readability/long-paragraph  (warning)"))
    }

    /// `reglint check … | grep -q …`: the reader closes the pipe early; with a plugin configured
    /// (SIGPIPE ignored) the rest of the output is dropped and the run ends with its own status.
    @Test func aClosedOutputPipeEndsTheRunQuietly() throws {
        let executable = try #require(CorpusLocation.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "check", "--fail-on", "never", "--format", "json", "--config", "corpus/tutorial.reglint.yml", "corpus/vi",
            "corpus/en",
        ]
        process.currentDirectoryURL = CorpusLocation.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try output.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
    }
}
