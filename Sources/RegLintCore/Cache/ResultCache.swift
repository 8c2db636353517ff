import Foundation

/// A folder of per-document results kept between runs, so a second run on an unchanged
/// repository reads (parses and checks) nothing again.
///
/// An entry holds what the engine keeps of one document: its file status, the findings of the
/// per-document checks (before inline suppressions), the corpus checks' summaries ("facts") and
/// the inline suppressions. Its name is the SHA-256 of the run's `fingerprint` (tool build,
/// configuration, rules and data files, as the caller computes it), the document's name, the
/// content of its file and whether it is reported or only read for corpus checks; so any change
/// to one of them is a miss, never a stale hit. Entries are written to a temporary file and
/// renamed into place (concurrent runs never see half an entry); an entry that cannot be read or
/// decoded is a miss. The folder is safe to delete at any time.
public struct ResultCache: Sendable {
    /// Where a document's file is, and what else its reading depends on (for instance the
    /// content of the configuration file that applies to it), by the name the engine uses.
    public struct Source: Sendable {
        public var path: String
        public var salt: String

        public init(path: String, salt: String = "") {
            self.path = path
            self.salt = salt
        }
    }

    public let directory: String
    public let fingerprint: String
    private let locate: @Sendable (String) -> Source

    public init(directory: String, fingerprint: String, locate: @escaping @Sendable (String) -> Source) {
        self.directory = directory
        self.fingerprint = fingerprint
        self.locate = locate
    }

    /// One document's results as the engine keeps them.
    struct Entry: Codable {
        static let version = 1
        var version = Entry.version
        var file: Report.File
        var findings: [Finding]
        /// Each corpus check's summary, encoded as JSON, in the engine's order.
        var summaries: [Data]
        var suppressions: [Suppression]
    }

    /// The key of a document's entry, or nil when its file cannot be read (the engine then
    /// reads it as usual, and reports why it cannot).
    func key(for name: String, isReported: Bool, engine: String) -> String? {
        let source = locate(name)
        guard let data = FileManager.default.contents(atPath: source.path) else { return nil }
        var hash = ContentHash()
        for part in [fingerprint, engine, name, source.salt, isReported ? "reported" : "context"] {
            hash.update(part)
            hash.update([0])
        }
        hash.update([UInt8](data))
        return hash.finalize()
    }

    func load(_ key: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: file(for: key)),
            let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.version == Entry.version
        else { return nil }
        return entry
    }

    /// Writes the entry beside its final name and renames it into place; a failure to write
    /// (read-only folder, full disk) only loses the entry.
    func store(_ entry: Entry, as key: String) {
        let final = file(for: key)
        let folder = (final as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
            let data = try? JSONEncoder().encode(entry)
        else { return }
        let temporary = "\(folder)/.tmp-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, final) != 0 { unlink(temporary) }
    }

    private func file(for key: String) -> String {
        "\(directory)/\(key.prefix(2))/\(key.dropFirst(2)).json"
    }
}
