import Yams

/// A check that sees every document of the run, for instance to use the repository itself as a
/// registry ("regulation B replaces regulation A, yet C still cites A").
///
/// Documents are read in parallel and released after their per-document checks, so a corpus
/// check keeps only a small `Summary` of each (made while the document is in memory) and
/// reports from the summaries once every document has been read.
public protocol CorpusCheck: ConfigurableCheck {
    associatedtype Summary: Sendable
    /// What the check keeps of one document.
    func summarize(_ document: Document, context: CheckContext) -> Summary
    /// Diagnostics over the whole run; each names the path of the document it concerns.
    func diagnostics(in corpus: [CorpusEntry<Summary>], context: CheckContext) -> [CorpusDiagnostic]
}

/// One document's summary, with its path as given.
public struct CorpusEntry<Summary: Sendable>: Sendable {
    public let path: String
    public let summary: Summary

    public init(path: String, summary: Summary) {
        self.path = path
        self.summary = summary
    }
}

/// A corpus check's diagnostic and the document it belongs to.
public struct CorpusDiagnostic: Sendable, Equatable {
    public var path: String
    public var diagnostic: Diagnostic

    public init(path: String, diagnostic: Diagnostic) {
        self.path = path
        self.diagnostic = diagnostic
    }
}
