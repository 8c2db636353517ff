import Foundation
import Testing

/// The result cache (`--cache-dir`, `--no-cache`), `--shard K/N` and `reglint merge`, run as CI
/// runs them on a copy of corpus/.
@Suite("result cache, shards and merge")
struct CacheAndShardTests {
    /// corpus/ (documents, configuration and registries) copied to a fresh temporary folder.
    private func corpusCopy() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("corpus").path
        try FileManager.default.copyItem(atPath: CorpusLocation.corpus.path, toPath: target)
        // Without the cache other tests' runs on corpus/ leave there.
        try? FileManager.default.removeItem(atPath: target + "/.reglint-cache")
        return target
    }

    private func check(_ folder: String, _ extra: [String], format: String = "json") throws -> String {
        let result = try CommandLineRunner.run(
            ["check", "--quiet", "--fail-on", "never", "--format", format] + extra + ["."], in: folder)
        #expect(result.status == 0 || result.status == 3, "\(result.errors)")
        return result.output
    }

    /// Every entry file of a cache folder.
    private func entries(_ cache: String) -> [String] {
        (FileManager.default.subpaths(atPath: cache) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            .map { cache + "/" + $0 }
    }

    /// Rewrites every finding message in the cache's entries (the English text reports show and
    /// the localizable message it comes from): a run that prints the rewritten messages read its
    /// results from the cache.
    private func tamper(_ cache: String) throws {
        for entry in entries(cache) {
            let text = try String(contentsOfFile: entry, encoding: .utf8)
            try text.replacingOccurrences(of: "\"message\":\"", with: "\"message\":\"CACHED ")
                .replacingOccurrences(of: "\"text\":\"", with: "\"text\":\"CACHED ")
                .write(toFile: entry, atomically: true, encoding: .utf8)
        }
    }

    @Test func aSecondRunReadsTheCacheAndAChangeInvalidatesIt() throws {
        let corpus = try corpusCopy()
        let cache = corpus + "/../cache"
        let uncached = try check(corpus, ["--no-cache"])
        let first = try check(corpus, ["--cache-dir", cache])
        #expect(first == uncached)
        #expect(entries(cache).count >= 8, "one entry a document")
        #expect(try check(corpus, ["--cache-dir", cache]) == uncached)

        try tamper(cache)
        let hit = try check(corpus, ["--cache-dir", cache])
        #expect(hit.contains("CACHED "), "unchanged documents come from the cache")
        #expect(try check(corpus, ["--cache-dir", cache, "--no-cache"]) == uncached, "--no-cache reads everything")

        // Content: an edited document is read again, the others still come from the cache.
        let edited = corpus + "/en/acceptable-use-policy.xml"
        let text = try String(contentsOfFile: edited, encoding: .utf8)
        try (text + "\n<!-- edited -->\n").write(toFile: edited, atomically: true, encoding: .utf8)
        let afterEdit = try check(corpus, ["--cache-dir", cache])
        let editedFindings = try findings(afterEdit).filter { $0.path == "en/acceptable-use-policy.xml" }
        #expect(!editedFindings.isEmpty)
        #expect(editedFindings.allSatisfy { !$0.message.hasPrefix("CACHED ") })
        #expect(try findings(afterEdit).contains { $0.message.hasPrefix("CACHED ") })

        // Configuration: another as-of date is another key for every document.
        let config = corpus + "/.reglint.yml"
        let configuration = try String(contentsOfFile: config, encoding: .utf8)
        try configuration.replacingOccurrences(of: "as_of: 2025-12-01", with: "as_of: 2025-12-02")
            .write(toFile: config, atomically: true, encoding: .utf8)
        #expect(!(try check(corpus, ["--cache-dir", cache]).contains("CACHED ")))
        #expect(try check(corpus, ["--cache-dir", cache]) == (try check(corpus, ["--no-cache"])))
    }

    @Test func aCorruptEntryIsAMiss() throws {
        let corpus = try corpusCopy()
        let cache = corpus + "/../cache"
        let uncached = try check(corpus, ["--no-cache"])
        _ = try check(corpus, ["--cache-dir", cache])
        let all = entries(cache)
        #expect(!all.isEmpty)
        for (index, entry) in all.enumerated() {
            // Garbage, an empty file and a truncated entry.
            let data = try Data(contentsOf: URL(fileURLWithPath: entry))
            let corrupt: Data = [Data("not json".utf8), Data(), data.prefix(data.count / 2)][index % 3]
            try corrupt.write(to: URL(fileURLWithPath: entry))
        }
        #expect(try check(corpus, ["--cache-dir", cache]) == uncached)
        #expect(try check(corpus, ["--cache-dir", cache]) == uncached, "the corrupt entries were replaced")
    }

    @Test func concurrentRunsShareOneCache() throws {
        let corpus = try corpusCopy()
        let cache = corpus + "/../cache"
        let uncached = try check(corpus, ["--no-cache"])
        let outputs = Outputs()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            outputs.append(try? check(corpus, ["--cache-dir", cache]))
        }
        #expect(outputs.all == [String?](repeating: uncached, count: 3))
        #expect(try check(corpus, ["--cache-dir", cache]) == uncached)
        #expect(
            !(FileManager.default.subpaths(atPath: cache) ?? []).contains { $0.contains(".tmp-") },
            "no temporary file left behind")
    }

    private final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String?] = []

        func append(_ value: String?) {
            lock.lock()
            values.append(value)
            lock.unlock()
        }

        var all: [String?] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }

    @Test func noCacheWritesNothingAndTheDefaultFolderIsInTheRoot() throws {
        let corpus = try corpusCopy()
        _ = try check(corpus, ["--no-cache"])
        #expect(!FileManager.default.fileExists(atPath: corpus + "/.reglint-cache"))
        _ = try check(corpus, [])
        #expect(!entries(corpus + "/.reglint-cache").isEmpty)
    }

    /// A baseline written by one shard would drop the accepted findings of the others.
    @Test func aShardDoesNotWriteABaseline() throws {
        let corpus = try corpusCopy()
        for selection in [["--shard", "1/4"], ["--facts-only"]] {
            let result = try CommandLineRunner.run(
                ["check", "--quiet", "--write-baseline", "b.json"] + selection + ["."], in: corpus)
            #expect(result.status == 2)
            #expect(result.errors.contains("--write-baseline records every document's findings"), "\(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: corpus + "/b.json"))
        }
    }

    @Test func fourShardsCoverEveryDocumentOnceAndMergeToTheUnshardedReport() throws {
        let corpus = try corpusCopy()
        for format in ["json", "sarif"] {
            let whole = try check(corpus, ["--no-cache"], format: format)
            var reports: [String] = []
            for shard in 1...4 {
                let path = corpus + "/../shard-\(shard).\(format)"
                _ = try check(corpus, ["--no-cache", "--shard", "\(shard)/4", "--output", path], format: format)
                reports.append(path)
            }
            if format == "json" {
                let sharded = try reports.flatMap { report in
                    try self.files(String(contentsOfFile: report, encoding: .utf8))
                }
                #expect(sharded.count == Set(sharded).count, "no document in two shards")
                #expect(sharded.sorted() == (try self.files(whole)).sorted(), "every document in a shard")
                #expect(
                    try reports.filter { !(try self.files(String(contentsOfFile: $0, encoding: .utf8))).isEmpty }
                        .count > 1, "the documents are spread")
            }
            let merged = try CommandLineRunner.run(["merge"] + reports, in: corpus)
            #expect(merged.status == 0, "\(merged.errors)")
            #expect(merged.output == whole, "\(format): four shards merged = one run")
        }
        // The two-stage CI recipe: facts of every shard into one cache, then each shard checks
        // its documents with the others' facts from that cache.
        let facts = corpus + "/../facts"
        for shard in 1...4 {
            #expect(try check(corpus, ["--facts-only", "--shard", "\(shard)/4", "--cache-dir", facts]).isEmpty)
        }
        let documents = try files(try check(corpus, ["--no-cache"])).count
        #expect(entries(facts).count == documents, "one facts entry a document")
        var reports: [String] = []
        for shard in 1...4 {
            let path = corpus + "/../staged-\(shard).json"
            _ = try check(corpus, ["--cache-dir", facts, "--shard", "\(shard)/4", "--output", path])
            reports.append(path)
        }
        let merged = try CommandLineRunner.run(["merge"] + reports, in: corpus)
        #expect(merged.output == (try check(corpus, ["--no-cache"])))
        let bad = try CommandLineRunner.run(["check", "--shard", "5/4", "."], in: corpus)
        #expect(bad.status == 2)
    }

    private struct Found: Decodable {
        var path: String
        var message: String
    }

    private func findings(_ json: String) throws -> [Found] {
        struct Report: Decodable { var findings: [Found] }
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8)).findings
    }

    private func files(_ json: String) throws -> [String] {
        struct File: Decodable { var path: String }
        struct Report: Decodable { var files: [File] }
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8)).files.map(\.path)
    }
}
