import RegLintCore

/// A reporter that shows the checked documents themselves, not only the findings (the HTML
/// report renders each document's text with its findings at their place).
///
/// The engine keeps no document after checking it, so the other formats never hold a whole
/// corpus in memory; a document reporter asks a ``DocumentSource`` for each document again, one
/// at a time, while it renders.
public protocol DocumentReporter: Reporter {
    /// Renders `report`, reading each checked document from `documents`; a document the source
    /// cannot give is reported by its findings alone.
    func render(_ report: Report, documents: DocumentSource) throws -> String
}

/// Gives the document of a report path (``Report/File/path``), read again with the same reader
/// and configuration the check used; nil when it cannot be read now.
public struct DocumentSource: Sendable {
    private let read: @Sendable (String) -> Document?

    /// A source that calls `read` with a report path each time a document is asked for.
    public init(read: @escaping @Sendable (String) -> Document?) {
        self.read = read
    }

    /// The document at the report path `path`, or nil.
    public func document(at path: String) -> Document? {
        read(path)
    }

    /// A source that has no document: document reporters show the findings alone.
    public static let none = DocumentSource { _ in nil }
}

extension Reporters {
    /// Renders `report` with `reporter`, giving `documents` to a ``DocumentReporter``.
    public static func render(_ report: Report, with reporter: any Reporter, documents: DocumentSource) throws
        -> String
    {
        if let documentReporter = reporter as? any DocumentReporter {
            return try documentReporter.render(report, documents: documents)
        }
        return try reporter.render(report)
    }
}
