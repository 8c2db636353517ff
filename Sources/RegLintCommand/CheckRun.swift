import Foundation
import RegLintCore
import RegLintReaders

/// One run of `reglint check` as library API: configuration resolution, rule selection, input
/// discovery (with `--changed-since`/`--files-from`), reading, checking and baselines. A custom
/// runner, `reglint annotate` or an editor integration gets exactly what `reglint check` gets
/// and only chooses what to do with the ``Report``.
public struct CheckRun {
    /// What to check and how, as `reglint check`'s options give it.
    public struct Options {
        /// Documents or folders (folders are walked with the configuration's include/exclude).
        public var inputs: [String] = ["."]
        /// `--config`: one configuration for every file instead of the nearest `.reglint.yml`.
        public var configurationFile: String?
        /// The date outdated references are judged against (default: the configuration's, or today).
        public var asOf: Day?
        /// Profile ids applied to every document instead of the ones that apply by themselves.
        public var profiles: [String] = []
        /// Documents read in parallel.
        public var jobs = ProcessInfo.processInfo.activeProcessorCount
        /// A baseline whose findings are dropped.
        public var baseline: String?
        /// A baseline to record this run's findings in (they are then accepted).
        public var writeBaseline: String?
        /// Check only the documents changed since this git revision.
        public var changedSince: String?
        /// Check only the documents listed in this file (`-` for standard input).
        public var filesFrom: String?
        /// Accept a run that finds no document instead of refusing it.
        public var allowEmpty = false
        /// The language of messages and rule descriptions (default: the configuration's
        /// `messages:`, else English).
        public var language: MessageLanguage?
        /// Whether to use and update the result cache (docs/performance.md); it is never used
        /// when plugins are configured.
        public var usesCache = true
        /// The cache folder (default: `.reglint-cache` in the repository root).
        public var cacheDirectory: String?
        /// Check only this part of the documents; the others are context for corpus checks.
        public var shard: Shard?
        /// Only store the corpus checks' facts of the documents in the cache and report nothing
        /// (the first stage of a sharded run, docs/ci.md).
        public var factsOnly = false
        /// A custom runner's own ``Check`` and ``CorpusCheck`` types.
        public var extraChecks: [any ConfigurableCheck.Type] = []

        public init() {}
    }

    /// Why a run cannot start or finish: a usage or configuration error (exit status 2).
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// What a run found.
    public struct Outcome {
        /// Every checked document and its findings, baselines applied.
        public var report: Report
        /// Plugins that failed on a document (crashed, timed out or printed no valid response),
        /// one message each (exit status 3, like the ``RuleSelection/packFailures`` known before
        /// the run); the other rules' findings are in the report.
        public var pluginFailures: [String]
    }

    public let options: Options
    /// The configuration of the run as a whole (rules, as-of date, registries).
    public let configuration: Configuration
    /// The rules that run.
    public let rules: RuleSelection
    public let engine: Engine
    /// The documents to report on, by the name reports give them (relative to the repository root).
    public var documentNames: [String] { selection.documents.map(\.name) }
    /// Every document the run reads: the reported ones and the context of corpus checks.
    public var documentCount: Int { selection.documents.count + selection.context.count }
    private let selection: CheckInputs
    private let cache: ResultCache?
    private let resolver: ConfigurationResolver
    private let recordedBaseline: Baseline?

    /// Resolves the configuration and rules and finds the documents; `notes` hears what a user
    /// may want to know on standard error (settings ignored, documents selected).
    public init(options: Options, notes: (String) -> Void = { _ in }) throws(Failure) {
        self.options = options
        let inputs = options.inputs.isEmpty ? ["."] : options.inputs
        guard options.jobs >= 1 else { throw Failure(description: "--jobs must be at least 1") }
        if options.factsOnly, !options.usesCache {
            throw Failure(description: "--facts-only stores facts in the cache; it cannot be combined with --no-cache")
        }
        if options.writeBaseline != nil,
            options.changedSince != nil || options.filesFrom != nil || options.shard != nil || options.factsOnly
        {
            // The baseline would record the selected documents' findings only and drop the
            // accepted findings of every other document.
            throw Failure(
                description:
                    "--write-baseline records every document's findings; run it without --changed-since, --files-from, "
                    + "--shard or --facts-only"
            )
        }
        var resolver = ConfigurationResolver(explicitPath: options.configurationFile)
        let profiles: ProfileCatalog
        do {
            try resolver.validateExplicit()
            configuration = try resolver.configuration(forRunStartingAt: inputs[0])
            rules = try RuleSelection(configuration: configuration, extraChecks: options.extraChecks, notes: notes)
            profiles = try ProfileCatalog.load(configuration: configuration).forcing(options.profiles)
            engine = try rules.engine(
                asOf: options.asOf ?? configuration.asOf ?? Self.today, language: configuration.language,
                profiles: profiles)
            recordedBaseline = try options.baseline.map(Baseline.load(from:))
        } catch {
            throw Failure(description: "\(error)")
        }
        self.resolver = resolver
        let changed: Set<String>?
        do {
            changed = try ChangedDocuments.selected(
                changedSince: options.changedSince, filesFrom: options.filesFrom, near: inputs[0])
        } catch {
            throw Failure(description: "\(error)")
        }
        let root = RepositoryRoot.find(configurationFile: configuration.file, firstInput: inputs[0])
        var selection = CheckInputs(inputs: inputs, configuration: configuration, root: root, changed: changed)
        if selection.isEmpty, !options.allowEmpty {
            throw Failure(description: CheckInputs.nothingFoundMessage(inputs: inputs, configuration: configuration))
        }
        if let shard = options.shard {  // the other shards' documents are context for corpus checks
            selection.context += selection.documents.filter { !shard.contains($0.name) }
            selection.documents.removeAll { !shard.contains($0.name) }
        }
        if options.factsOnly {  // the documents are read for the corpus checks' facts only
            selection.context += selection.documents
            selection.documents = []
        }
        self.selection = selection
        cache =
            options.usesCache
            ? CheckCacheAndShards.cache(
                cacheDir: options.cacheDirectory, root: root.path, configuration: configuration,
                forcedProfiles: options.profiles, pathsByName: selection.pathsByName, resolver: resolver) : nil
        if changed != nil {
            let what = options.changedSince.map { "changed since \($0)" } ?? "listed in \(options.filesFrom ?? "-")"
            let all = selection.documents.count + selection.context.count
            notes(
                selection.documents.isEmpty
                    ? "note: no document \(what) (\(all) in all); nothing to check"
                    : "note: checking \(selection.documents.count) of \(all) documents (those \(what))")
        }
    }

    /// Reads and checks every document, then applies the baselines and the language of
    /// messages (baselines match findings by their English message); `progress` hears (files
    /// done, files in all) and `notes` what a user may want to know.
    public func run(
        progress: (@Sendable (Int, Int) -> Void)? = nil, notes: (String) -> Void = { _ in }
    ) throws(Failure) -> Outcome {
        let pathsByName = selection.pathsByName
        let read = reader
        var report = engine.using(cache).run(
            paths: selection.documents.map(\.name), context: selection.context.map(\.name), jobs: options.jobs,
            progress: progress
        ) { name in read(pathsByName[name] ?? name) }
        if let writeBaseline = options.writeBaseline {
            let written = Baseline(findings: report.findings)
            do {
                try written.write(to: writeBaseline)
            } catch {
                throw Failure(description: "cannot write \(writeBaseline): \(error.localizedDescription)")
            }
            notes("note: recorded \(written.findings.count) findings in \(writeBaseline)")
            report.findings = written.filter(report.findings)
        }
        if let recordedBaseline { report.findings = recordedBaseline.filter(report.findings) }
        report = report.localized(to: options.language ?? configuration.messages ?? .en)
        return Outcome(report: report, pluginFailures: rules.pluginFailures.messages)
    }

    /// The path to open for a document name of the report.
    public func path(ofDocumentNamed name: String) -> String? {
        selection.pathsByName[name]
    }

    /// Reads a document again by the name the report gives it, as the run read it (nil when it
    /// cannot be read): for reporters that show the documents, one at a time.
    public var documentNamed: @Sendable (String) -> Document? {
        let pathsByName = selection.pathsByName
        let read = reader
        return { name in try? read(pathsByName[name] ?? name).get() }
    }

    /// Reads one file with the configuration that applies to it, as the run reads it.
    public var reader: @Sendable (String) -> Result<Document, Engine.InputFailure> {
        let resolver = resolver
        return { path in
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
    }

    private static func format(of path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext.isEmpty ? "unknown" : ext
    }

    private static var today: Day {
        Day(date: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current)
    }
}
