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

    // Issue 14: result cache and shards (CheckCacheAndShards.swift).
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
        guard jobs >= 1 else {
            printError("error: --jobs must be at least 1")
            throw ExitStatus.usage
        }
        if writeBaseline != nil, changedSince != nil || filesFrom != nil {
            // The baseline would record the changed documents' findings only and drop the
            // accepted findings of every other document.
            printError(
                "error: --write-baseline records every document's findings; run it without --changed-since or --files-from"
            )
            throw ExitStatus.usage
        }
        let (engine, resolver, runConfiguration, rules) = try prepare(inputs: inputs)
        for failure in rules.packFailures { printError("error: \(failure)") }
        let recorded: Baseline?
        do {
            recorded = try baseline.map(Baseline.load(from:))
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        let root = RepositoryRoot.find(configurationFile: runConfiguration.file, firstInput: inputs[0])
        var selection = try select(inputs, configuration: runConfiguration, root: root)
        if let shard {  // issue 14: the other shards' documents are context for corpus checks
            guard let part = CheckCacheAndShards.Shard(shard) else {
                printError("error: --shard: expected K/N with 1 ≤ K ≤ N, found '\(shard)'")
                throw ExitStatus.usage
            }
            let others = selection.documents.filter { !part.contains($0.name) }
            selection.documents.removeAll { !part.contains($0.name) }
            selection.context += others
        }
        if factsOnly {  // issue 14: the documents are read for the corpus checks' facts only
            guard !noCache else {
                printError("error: --facts-only stores facts in the cache; it cannot be combined with --no-cache")
                throw ExitStatus.usage
            }
            selection.context = selection.documents
            selection.documents = []
        }
        let pathsByName = selection.pathsByName
        let progress = ProgressBar(
            isEnabled: !quiet && selection.documents.count + selection.context.count > 1 && isatty(STDERR_FILENO) == 1)
        let cache = CheckCacheAndShards.cache(  // issue 14
            noCache: noCache, cacheDir: cacheDir, root: root.path, configuration: runConfiguration,
            forcedProfiles: profile, pathsByName: pathsByName, resolver: resolver)
        var report = engine.using(cache).run(
            paths: selection.documents.map(\.name), context: selection.context.map(\.name), jobs: jobs,
            progress: progress.update
        ) { name in
            let path = pathsByName[name] ?? name
            var resolver = resolver
            do {
                let configuration = try resolver.configuration(for: path)
                return .success(try DocumentLoader(configuration: configuration).read(path: path))
            } catch let error as ReaderError {
                return .failure(Engine.InputFailure(format: Self.format(of: path), message: error.message))
            } catch {
                return .failure(Engine.InputFailure(format: Self.format(of: path), message: "\(error)"))
            }
        }
        progress.finish()
        if factsOnly { return }
        report.failingSeverity = failingSeverity
        report.findings = try applyBaselines(to: report.findings, recorded: recorded)
        try write(report, with: reporters, formats: formats)
        let failures = rules.pluginFailures.messages
        for failure in failures { printError("error: \(failure)") }
        throw failures.isEmpty && rules.packFailures.isEmpty ? exitStatus(for: report) : ExitStatus.unreadableInput
    }

    /// Writes `--write-baseline` (every finding of the run, which it thereby accepts: the run
    /// fails on none of them) and drops the findings `--baseline` records.
    private func applyBaselines(to findings: [Finding], recorded: Baseline?) throws -> [Finding] {
        var findings = findings
        if let writeBaseline {
            let written = Baseline(findings: findings)
            do {
                try written.write(to: writeBaseline)
            } catch {
                printError("error: cannot write \(writeBaseline): \(error.localizedDescription)")
                throw ExitStatus.usage
            }
            if !quiet { printError("note: recorded \(written.findings.count) findings in \(writeBaseline)") }
            findings = written.filter(findings)
        }
        return recorded?.filter(findings) ?? findings
    }

    /// The documents to check: every one the paths name, or with `--changed-since` or
    /// `--files-from` the changed ones among them (the rest is context for corpus checks).
    private func select(_ inputs: [String], configuration: Configuration, root: RepositoryRoot) throws -> CheckInputs {
        let changed: Set<String>?
        do {
            changed = try ChangedDocuments.selected(changedSince: changedSince, filesFrom: filesFrom, near: inputs[0])
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        let selection = CheckInputs(inputs: inputs, configuration: configuration, root: root, changed: changed)
        if selection.isEmpty, !allowEmpty {
            printError(CheckInputs.nothingFoundMessage(inputs: inputs, configuration: configuration))
            throw ExitStatus.usage
        }
        if changed != nil, !quiet {
            let what = changedSince.map { "changed since \($0)" } ?? "listed in \(filesFrom ?? "-")"
            let all = selection.documents.count + selection.context.count
            printError(
                selection.documents.isEmpty
                    ? "note: no document \(what) (\(all) in all); nothing to check"
                    : "note: checking \(selection.documents.count) of \(all) documents (those \(what))")
        }
        return selection
    }

    private func prepare(inputs: [String]) throws -> (Engine, ConfigurationResolver, Configuration, RuleSelection) {
        var resolver = ConfigurationResolver(explicitPath: config)
        let runConfiguration: Configuration
        let selection: RuleSelection
        let profiles: ProfileCatalog
        do {
            try resolver.validateExplicit()
            runConfiguration = try resolver.configuration(forRunStartingAt: inputs[0])
            selection = try RuleSelection(
                configuration: runConfiguration, extraChecks: ReglintCommand.extraChecks,
                extraCorpusChecks: ReglintCommand.extraCorpusChecks
            ) { note in if !quiet { printError(note) } }
            profiles = try ProfileCatalog.load(configuration: runConfiguration).forcing(profile)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        var day = runConfiguration.asOf ?? Self.today
        if let asOf {
            guard let parsed = Day(iso: asOf) else {
                printError("error: --as-of: expected a date YYYY-MM-DD, found '\(asOf)'")
                throw ExitStatus.usage
            }
            day = parsed
        }
        do {
            return (
                try selection.engine(asOf: day, language: runConfiguration.language, profiles: profiles), resolver,
                runConfiguration,
                selection
            )
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
    }

    private func write(_ report: Report, with reporters: [any Reporter], formats: [String]) throws {
        var standardOutput = BufferedOutput()
        defer { standardOutput.flush() }
        for (index, reporter) in reporters.enumerated() {
            let text = try reporter.render(report)
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

    private func exitStatus(for report: Report) -> ExitCode {
        if report.errorFileCount > 0 { return ExitStatus.unreadableInput }
        if let maxWarnings, report.count(.warning) > maxWarnings { return ExitStatus.findings }
        if let threshold = failingSeverity, report.findings.contains(where: { $0.severity >= threshold }) {
            return ExitStatus.findings
        }
        return ExitStatus.success
    }

    /// The lowest severity that fails the run, nil for `--fail-on never`.
    private var failingSeverity: Severity? {
        switch failOn {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }

    private static func format(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext.isEmpty ? "unknown" : ext
    }

    private static var today: Day {
        Day(date: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current)
    }
}
