import Foundation

/// Runs checks over documents: reads files in parallel (at most `jobs` documents in memory at
/// once), runs every enabled check on each, stamps rule ids and severities, and sorts findings
/// by file (in the order given) and document order, so output never depends on the job count.
public struct Engine: Sendable {
    /// Why a file could not be read, with its detected format when known.
    public struct InputFailure: Error, Sendable {
        public var format: String
        public var message: String

        public init(format: String, message: String) {
            self.format = format
            self.message = message
        }
    }

    /// Every rule of the run, per-document and corpus checks alike.
    public let checks: [ConfiguredCheck]
    private let documentChecks: [ConfiguredCheck]
    let corpusChecks: [ConfiguredCheck]
    public let asOf: Day
    public let language: Language?
    public let toolVersion: String
    public let registry: InstrumentRegistry
    /// The profiles checks of required clauses read.
    public let profiles: ProfileCatalog
    /// The severity of `structure/unused-suppression`, which the engine reports itself; nil
    /// when the rule is off.
    public let unusedSuppressionSeverity: Severity?
    /// Results of earlier runs (issue 14, Cache/Engine+Cache.swift): documents found there are
    /// not read again. Nil: every document is read.
    public var cache: ResultCache?

    public init(
        checks: [ConfiguredCheck], asOf: Day, language: Language?,
        toolVersion: String, registry: InstrumentRegistry = InstrumentRegistry(), profiles: ProfileCatalog = .starter,
        unusedSuppressionSeverity: Severity? = nil
    ) {
        self.profiles = profiles
        self.registry = registry
        self.unusedSuppressionSeverity = unusedSuppressionSeverity
        self.checks = checks
        documentChecks = checks.filter { !$0.isCorpusCheck }
        corpusChecks = checks.filter(\.isCorpusCheck)
        self.asOf = asOf
        self.language = language
        self.toolVersion = toolVersion
    }

    /// Checks the documents `read` returns for `paths`, using up to `jobs` threads; `progress`
    /// hears (files done, files in all) after each file.
    ///
    /// The documents of `context` are read only for the corpus checks (when there are any): they
    /// are the rest of the repository a corpus check sees (a registry, say), but they are not
    /// reported and a `context` file that cannot be read is skipped.
    public func run(
        paths: [String], context: [String] = [], jobs: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
        read: @escaping @Sendable (String) -> Result<Document, InputFailure>
    ) -> Report {
        let all = paths + (corpusChecks.isEmpty ? [] : context)
        let results = ResultSlots<(Report.File, [Finding], [any Sendable], [Suppression])>(count: all.count)
        let workers = max(1, min(jobs, all.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.claimNext() {
                let done = results.store(
                    checkUsingCache(path: all[index], isReported: index < paths.count, read: read), at: index)
                progress?(done, all.count)
            }
        }
        let collected = results.values()
        let fileIndex = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var findingsByFile = collected.prefix(paths.count).map(\.1)
        for configured in corpusChecks.enumerated() {
            let corpusFindings = corpusFindingsOf(
                configured.element,
                summaries: collected.enumerated().compactMap { index, result in
                    result.2.count > configured.offset ? (all[index], result.2[configured.offset]) : nil
                })
            for finding in corpusFindings {
                if let index = fileIndex[finding.path] { findingsByFile[index].append(finding) }
            }
        }
        let findings = zip(findingsByFile, collected.prefix(paths.count)).flatMap { found, result in
            suppressing(found, by: result.3, path: result.0.path).sorted(by: Self.documentOrder)
        }
        var rules = checks.map(\.description)
        if unusedSuppressionSeverity != nil { rules.append(UnusedSuppressions.description) }
        return Report(
            toolVersion: toolVersion, files: collected.prefix(paths.count).map(\.0), findings: findings,
            rules: rules.sorted { $0.id < $1.id })
    }

    /// The findings of one document that its inline suppressions leave, whatever check made
    /// them, and a `structure/unused-suppression` finding for each suppression that silenced none.
    private func suppressing(_ findings: [Finding], by suppressions: [Suppression], path: String) -> [Finding] {
        var used = Set<Int>()
        var kept = findings.filter { finding in
            guard let index = suppressions.firstIndex(where: { $0.covers(finding.rule, at: finding.location) })
            else { return true }
            used.insert(index)
            return false
        }
        if let severity = unusedSuppressionSeverity {
            kept += suppressions.enumerated().filter { !used.contains($0.offset) }.map { _, suppression in
                Finding(
                    rule: .unusedSuppression, severity: severity,
                    message: UnusedSuppressions.message(for: suppression.rules), path: path,
                    location: suppression.location)
            }
        }
        return kept
    }

    func check(
        path: String, isReported: Bool, read: (String) -> Result<Document, InputFailure>
    ) -> (Report.File, [Finding], [any Sendable], [Suppression]) {
        switch read(path) {
        case .failure(let failure):
            return (
                Report.File(path: path, format: failure.format, status: .error, errorMessage: failure.message), [], [],
                []
            )
        case .success(let document) where !isReported:
            let language = document.language == .unknown ? (self.language ?? .unknown) : document.language
            let context = CheckContext(
                asOf: asOf, language: language, facts: DocumentFacts(document, language: language), registry: registry,
                profiles: profiles)
            let summaries = corpusChecks.map { summarize($0, document, context) }
            return (Report.File(path: path, format: document.format.rawValue, status: .checked), [], summaries, [])
        case .success(let document):
            let language = document.language == .unknown ? (self.language ?? .unknown) : document.language
            let context = CheckContext(
                asOf: asOf, language: language, facts: DocumentFacts(document, language: language), registry: registry,
                profiles: profiles)
            let findings = documentChecks.flatMap { findingsOf($0, in: document, context: context, path: path) }
            let summaries = corpusChecks.map { summarize($0, document, context) }
            return (
                Report.File(path: path, format: document.format.rawValue, status: .checked), findings, summaries,
                document.suppressions
            )
        }
    }

    private func summarize(_ configured: ConfiguredCheck, _ document: Document, _ context: CheckContext) -> any Sendable
    {
        guard case .corpus(let corpus) = configured.work else { return () }
        return corpus.summarize(document, context)
    }

    private func corpusFindingsOf(_ configured: ConfiguredCheck, summaries: [(String, any Sendable)]) -> [Finding] {
        guard case .corpus(let corpus) = configured.work else { return [] }
        let context = CheckContext(asOf: asOf, language: language ?? .unknown, registry: registry)
        return corpus.diagnose(summaries.map { (path: $0.0, summary: $0.1) }, context).map { item in
            Finding(
                rule: configured.description.id, severity: configured.severity, message: item.diagnostic.message,
                path: item.path, location: item.diagnostic.location, excerpt: item.diagnostic.excerpt,
                range: item.diagnostic.range, fix: item.diagnostic.fix)
        }
    }

    private func findingsOf(
        _ configured: ConfiguredCheck, in document: Document, context: CheckContext, path: String
    ) -> [Finding] {
        guard case .document(let diagnose) = configured.work else { return [] }
        return diagnose(document, context).map { diagnostic in
            Finding(
                rule: configured.description.id, severity: configured.severity, message: diagnostic.message,
                path: path, location: diagnostic.location, excerpt: diagnostic.excerpt, range: diagnostic.range,
                fix: diagnostic.fix)
        }
    }

    /// Line, then column, then paragraph, then rule id and message: a total order.
    static func documentOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.location.line ?? 0, lhs.location.column ?? 0, lhs.location.paragraph ?? 0)
        let right = (rhs.location.line ?? 0, rhs.location.column ?? 0, rhs.location.paragraph ?? 0)
        if left != right { return left < right }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}

/// Results written by worker threads into fixed slots. A class guarded by a lock: the only
/// shared mutable state of a run.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]
    private var next = 0
    private var stored = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claimNext() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores a result and returns how many are stored.
    func store(_ value: Value, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
        stored += 1
        return stored
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
