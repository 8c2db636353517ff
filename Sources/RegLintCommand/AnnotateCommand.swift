import ArgumentParser
import Foundation
import RegLintCore
import RegLintReaders

/// `reglint annotate`: writes a copy of each Word document with every finding as a comment on
/// the words it concerns, for reviewers who work in Word.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Write a copy of Word documents with each finding as a comment on its words.",
        discussion: """
            `reglint annotate IN.docx -o OUT.docx` writes one copy; `reglint annotate FILES/FOLDERS... \
            --output-dir DIR` writes each Word document found to DIR under its path relative to the \
            repository root (outside it, relative to the folder named that holds it). The findings are exactly those of `reglint check` with the same \
            configuration, profiles and baseline. Each becomes a Word comment by "reglint" anchored \
            on the words it concerns (the whole paragraph when a finding names no words), saying \
            its severity, rule, message and fix; reglint's comments from an earlier run are \
            replaced, other comments and every other part of the package are kept as they are. \
            The input is never modified. A file named on the command line that is not a .docx \
            (XML, say) is an error; other documents found in folders are checked for corpus \
            checks but not annotated.
            Exit codes as for check: 0 no finding at or above --fail-on; 1 findings at or above \
            it; 2 usage or configuration error; 3 a document could not be read or annotated (the \
            others are still written; 3 wins over 1).
            """
    )

    @Argument(help: "Word documents (or folders) to annotate.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "The annotated copy, for a single document.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Folder for the annotated copies of several documents.")
    var outputDirectory: String?

    @Option(help: "Configuration file (default: the nearest .reglint.yml above the first path).")
    var config: String?

    @Option(name: .customLong("as-of"), help: "Date to judge outdated references against, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(help: "Ignore the findings recorded in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("profile"), help: "Apply this profile (by id) to every document. May be repeated.")
    var profile: [String] = []

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, info or never.")
    var failOn: CheckCommand.FailLevel = .error

    @Flag(help: "Print no notes on standard error.")
    var quiet = false

    @Option(name: .customLong("lang"), help: languageHelp)
    var language: MessageLanguage?

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name the .docx file(s) to annotate") }
        switch (output, outputDirectory) {
        case (nil, nil): throw ValidationError("give -o OUT.docx (one document) or --output-dir DIR")
        case (.some, .some): throw ValidationError("give either -o or --output-dir, not both")
        case (.some(let output), nil):
            var isFolder: ObjCBool = false
            guard paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder),
                !isFolder.boolValue
            else { throw ValidationError("-o takes one .docx file; use --output-dir DIR for several or a folder") }
            guard Self.absolute(output) != Self.absolute(paths[0]) else {
                throw ValidationError("-o \(output) is the input itself; annotate writes a copy")
            }
        case (nil, .some): break
        }
    }

    func run() throws {
        var options = CheckRun.Options()
        options.inputs = paths
        options.configurationFile = config
        options.baseline = baseline
        options.profiles = profile
        options.language = language
        options.extraChecks = ReglintCommand.extraChecks
        options.asOf = try asOf.map(Day.parsingAsOfOption)
        let note: (String) -> Void = { note in if !quiet { printError(note) } }
        let run: CheckRun
        var report: Report
        var failed: Bool
        do {
            run = try CheckRun(options: options, notes: note)
            for failure in run.rules.packFailures { printError("error: \(failure)") }
            let outcome = try run.run(notes: note)
            for failure in outcome.pluginFailures { printError("error: \(failure)") }
            report = outcome.report
            failed = !outcome.pluginFailures.isEmpty || !run.rules.packFailures.isEmpty
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        report.failingSeverity = failOn.severity
        let named = Set(paths.map(Self.absolute))
        let annotator = DocxAnnotator(limits: run.configuration.limits, language: report.language)
        var skipped: [String] = []
        for file in report.files {
            let path = run.path(ofDocumentNamed: file.path) ?? file.path
            if file.status == .error {
                printError("error: \(file.path): \(file.errorMessage ?? "cannot be read") [\(Report.unreadableRule)]")
                failed = true
                continue
            }
            guard file.format == DocumentFormat.docx.rawValue else {
                if named.contains(Self.absolute(path)) {
                    printError(
                        "error: \(file.path): not a Word .docx package (\(file.format)); annotate writes Word comments "
                            + "into .docx files only: check it with `reglint check`")
                    failed = true
                } else {
                    skipped.append(file.path)
                }
                continue
            }
            let target =
                output ?? Self.outputPath(for: file.path, file: path, inputs: paths, in: outputDirectory ?? ".")
            do {
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: target).deletingLastPathComponent(), withIntermediateDirectories: true)
                let findings = report.findings.filter { $0.path == file.path }
                let outcome = try annotator.annotate(input: path, findings: findings, output: target)
                if !quiet {
                    printError(
                        "annotated \(file.path) → \(target): \(findings.count) comment(s), \(outcome.exact) on their "
                            + "words, \(outcome.wholeParagraph) on a whole paragraph"
                            + (outcome.replaced > 0 ? "; replaced \(outcome.replaced) earlier reglint comment(s)" : ""))
                }
            } catch let error as ReaderError {
                printError("error: \(file.path): cannot annotate: \(error.message)")
                failed = true
            } catch {
                printError("error: \(file.path): cannot annotate: \(error.localizedDescription)")
                failed = true
            }
        }
        if !skipped.isEmpty, !quiet {
            printError("note: \(skipped.count) document(s) that are not .docx were checked but not annotated")
        }
        throw failed ? ExitStatus.unreadableInput : ExitStatus.of(report, failingSeverity: failOn.severity)
    }

    /// Where the copy of the document reported as `name` (at `file`) goes: its path relative to
    /// the repository root under `folder`; outside the root, its path relative to the input
    /// folder that holds it, or its file name.
    static func outputPath(for name: String, file: String, inputs: [String], in folder: String) -> String {
        var relative = name
        if name.hasPrefix("/") {
            let absolute = Self.absolute(file)
            relative =
                inputs.lazy.map { Self.absolute($0) + "/" }.first { absolute.hasPrefix($0) }
                .map { String(absolute.dropFirst($0.count)) } ?? (name as NSString).lastPathComponent
        }
        return (folder as NSString).appendingPathComponent(relative)
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
