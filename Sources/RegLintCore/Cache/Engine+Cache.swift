import Foundation

extension Engine {
    /// What the engine keeps of one document: file status, per-document findings (before inline
    /// suppressions), one summary per corpus check, inline suppressions.
    typealias DocumentResult = (Report.File, [Finding], [any Sendable], [Suppression])

    /// ``check(path:isReported:read:)`` through ``cache``: an unchanged document's results come
    /// from the cache; a new or changed one is read, checked and stored. Documents whose corpus
    /// summaries are not `Codable` are never stored.
    func checkUsingCache(
        path: String, isReported: Bool, read: (String) -> Result<Document, InputFailure>
    ) -> DocumentResult {
        guard let cache, let key = cache.key(for: path, isReported: isReported, engine: cacheKey) else {
            return check(path: path, isReported: isReported, read: read)
        }
        if let entry = cache.load(key), let summaries = decodedSummaries(entry.summaries) {
            return (entry.file, entry.findings, summaries, entry.suppressions)
        }
        let result = check(path: path, isReported: isReported, read: read)
        if let summaries = encodedSummaries(result.2) {
            cache.store(
                ResultCache.Entry(file: result.0, findings: result.1, summaries: summaries, suppressions: result.3),
                as: key)
        }
        return result
    }

    /// What the engine itself contributes to a cache key: the checks and their severities, the
    /// date, the language and the tool version.
    var cacheKey: String {
        let rules = checks.map { "\($0.description.id)=\($0.severity.rawValue)" }
        return
            (rules + [
                "\(asOf)", language?.rawValue ?? "-", toolVersion, unusedSuppressionSeverity?.rawValue ?? "-",
            ]).joined(separator: ",")
    }

    private func encodedSummaries(_ summaries: [any Sendable]) -> [Data]? {
        var encoded: [Data] = []
        for summary in summaries {
            guard let encodable = summary as? any Encodable, let data = try? JSONEncoder().encode(encodable) else {
                return nil
            }
            encoded.append(data)
        }
        return encoded
    }

    private func decodedSummaries(_ encoded: [Data]) -> [any Sendable]? {
        if encoded.isEmpty { return [] }
        guard encoded.count == corpusChecks.count else { return nil }
        var summaries: [any Sendable] = []
        for (configured, data) in zip(corpusChecks, encoded) {
            guard case .corpus(let corpus) = configured.work, let summary = corpus.decodeSummary(data) else {
                return nil
            }
            summaries.append(summary)
        }
        return summaries
    }
}

extension Engine {
    /// This engine with another result cache (nil: none).
    public func using(_ cache: ResultCache?) -> Engine {
        var copy = self
        copy.cache = cache
        return copy
    }
}
