import ArgumentParser
import Foundation
import RegLintCore
import RegLintReaders
import RegLintReporters

/// `reglint check`: reads documents, runs the checks and reports findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check regulation documents and report findings.",
        discussion: """
            Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it (or more \
            warnings than --max-warnings); 2 usage or configuration error, or no document found \
            (nothing checked); 3 at least one file could not be read (the others are still \
            checked; 3 wins over 1), or a rule pack could not be loaded or a plugin failed on a \
            document (crashed, timed out or printed no valid response; the error names it and \
            the other checks' findings are still reported).
            Paths in reports are relative to the repository root: the folder of the configuration \
            in use, or the git root when there is none.
            --format and --output pair up in order: `--format json --output report.json --format text` \
            writes JSON to report.json and text to standard output.
            """
    )

    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        /// The lowest severity that fails the run, nil for `never`.
        var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .never: nil
            }
        }
    }

    @Argument(help: "Documents or folders to check (default: the current folder).")
    var paths: [String] = []

    @Option(help: "Configuration file (default: the nearest .reglint.yml above the first path).")
    var config: String?

    @Option(help: "Output format: \(Reporters.all.map { $0.id }.joined(separator: ", ")). May be repeated.")
    var format: [String] = []

    @Option(help: "File for the report of the --format at the same position (default: standard output).")
    var output: [String] = []

    @Option(name: .customLong("as-of"), help: "Date to judge outdated references against, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(name: .customLong("max-warnings"), help: "Fail the run when there are more warnings than this.")
    var maxWarnings: Int?

    @Option(help: "Documents read in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Ignore the findings recorded in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Record this run's findings in a baseline file.")
    var writeBaseline: String?

    @Option(
        name: .customLong("profile"),
        help:
            "Apply this profile (by id) to every document, instead of the profiles that apply by themselves. May be repeated."
    )
    var profile: [String] = []

    @Flag(help: "Print no progress or notes on standard error.")
    var quiet = false

    @Option(
        name: .customLong("changed-since"),
        help: ArgumentHelp(
            "Check only the documents changed since this git revision (deleted ones are skipped).",
            discussion: "Corpus checks still see every document of the paths given."))
    var changedSince: String?

    @Option(
        name: .customLong("files-from"),
        help: "Check only the documents listed in this file (- for standard input), one a line.")
    var filesFrom: String?

    @Flag(name: .customLong("allow-empty"), help: "Exit 0 when no document is found (default: exit 2).")
    var allowEmpty = false

    @Option(name: .customLong("lang"), help: languageHelp)
    var language: MessageLanguage?

    @Option(
        name: .customLong("cache-dir"),
        help: "Folder of the result cache (default: .reglint-cache in the repository root).")
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Read and check every document; neither use nor update the cache.")
    var noCache = false

    @Option(
        help: ArgumentHelp(
            "Check only shard K of N (K/N): a deterministic part of the documents, by path.",
            discussion: "Corpus checks still see every document; `reglint merge` combines the shards' reports."))
    var shard: String?

    @Flag(
        name: .customLong("facts-only"),
        help: ArgumentHelp(
            "Only store the corpus checks' facts of the documents (of --shard) in the cache; report nothing.",
            discussion: "The first stage of a sharded CI run (docs/ci.md)."))
    var factsOnly = false

    func run() throws {
        let inputs = paths.isEmpty ? ["."] : paths
        guard output.count <= max(format.count, 1) else {
            printError("error: --output given \(output.count) times for \(format.count) --format options")
            throw ExitStatus.usage
        }
        let formats = format.isEmpty ? ["text"] : format
        let reporters = try formats.enumerated().map { index, id -> any Reporter in
            if id == TextReporter.id, index >= output.count {
                let terminal =
                    isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                    && ProcessInfo.processInfo.environment["TERM"] != "dumb"
                return TextReporter(colored: terminal)
            }
            guard let reporter = Reporters.reporter(for: id) else {
                printError(
                    "error: unknown format '\(id)'; expected one of \(Reporters.all.map { $0.id }.joined(separator: ", "))"
                )
                throw ExitStatus.usage
            }
            return reporter
        }
        var options = CheckRun.Options()
        options.inputs = inputs
        options.configurationFile = config
        options.profiles = profile
        options.jobs = jobs
        options.baseline = baseline
        options.writeBaseline = writeBaseline
        options.changedSince = changedSince
        options.filesFrom = filesFrom
        options.allowEmpty = allowEmpty
        options.language = language
        options.cacheDirectory = cacheDir
        options.usesCache = !noCache
        options.factsOnly = factsOnly
        if let shard {
            guard let part = CheckRun.Shard(shard) else {
                printError("error: --shard: expected K/N with 1 ≤ K ≤ N, found '\(shard)'")
                throw ExitStatus.usage
            }
            options.shard = part
        }
        options.extraChecks = ReglintCommand.extraChecks
        options.asOf = try asOf.map(Day.parsingAsOfOption)
        let note: (String) -> Void = { note in if !quiet { printError(note) } }
        let run: CheckRun
        let outcome: CheckRun.Outcome
        let packFailures: [String]
        do {
            run = try CheckRun(options: options, notes: note)
            packFailures = run.rules.packFailures
            for failure in packFailures { printError("error: \(failure)") }
            let progress = ProgressBar(
                isEnabled: !quiet && run.documentCount > 1 && isatty(STDERR_FILENO) == 1)
            outcome = try run.run(progress: progress.update, notes: note)
            progress.finish()
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        if factsOnly { return }
        var report = outcome.report
        report.failingSeverity = failingSeverity
        // Reporters that show the documents (html) read them again, one at a time, as the run read them.
        let documents = DocumentSource(read: run.documentNamed)
        try write(report, with: reporters, formats: formats, documents: documents)
        for failure in outcome.pluginFailures { printError("error: \(failure)") }
        let failed = !outcome.pluginFailures.isEmpty || !packFailures.isEmpty
        throw failed
            ? ExitStatus.unreadableInput
            : ExitStatus.of(report, failingSeverity: failingSeverity, maxWarnings: maxWarnings)
    }

    private func write(
        _ report: Report, with reporters: [any Reporter], formats: [String], documents: DocumentSource
    ) throws {
        var standardOutput = BufferedOutput()
        defer { standardOutput.flush() }
        for (index, reporter) in reporters.enumerated() {
            let text = try Reporters.render(report, with: reporter, documents: documents)
            if index < output.count {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output[index]))
                } catch {
                    printError("error: cannot write \(output[index]): \(error.localizedDescription)")
                    throw ExitStatus.usage
                }
            } else {
                standardOutput.write(text)
            }
        }
    }

    /// The lowest severity that fails the run, nil for `--fail-on never`.
    private var failingSeverity: Severity? { failOn.severity }
}
