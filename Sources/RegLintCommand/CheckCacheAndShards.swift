import Foundation
import RegLintCore

/// The result cache and shards of `reglint check` (issue 14; docs/performance.md, docs/ci.md).
enum CheckCacheAndShards {
    /// The default cache folder, in the repository root.
    static let defaultFolder = ".reglint-cache"

    /// The cache of a run, or nil when plugins are configured (an external
    /// program's findings may change without any file reglint can see changing).
    static func cache(
        cacheDir: String?, root: String, configuration: Configuration, forcedProfiles: [String],
        pathsByName: [String: String], resolver: ConfigurationResolver
    ) -> ResultCache? {
        guard configuration.plugins.isEmpty else { return nil }
        let directory = cacheDir ?? (root as NSString).appendingPathComponent(defaultFolder)
        let fingerprint = self.fingerprint(configuration: configuration, forcedProfiles: forcedProfiles)
        let salts = ConfigurationSalts(resolver: resolver)
        return ResultCache(directory: directory, fingerprint: fingerprint) { name in
            let path = pathsByName[name] ?? name
            return ResultCache.Source(path: path, salt: salts.salt(for: path))
        }
    }

    /// The tool build (version, and the executable's size and modification time, so a rebuilt
    /// reglint never reuses results of another build), the configuration file and every
    /// registry, profile and pack file it names, and the profiles forced on the command line.
    static func fingerprint(configuration: Configuration, forcedProfiles: [String]) -> String {
        var hash = ContentHash()
        func add(_ text: String) {
            hash.update(text)
            hash.update([0])
        }
        add("reglint \(ReglintVersion.current)")
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            add("\(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)")
        }
        add("profiles: \(forcedProfiles.joined(separator: ","))")
        let folder = configuration.file.map { ($0 as NSString).deletingLastPathComponent } ?? "."
        var files = configuration.file.map { [$0] } ?? []
        for named in configuration.registries + configuration.profiles + configuration.packs
        where !named.hasPrefix("builtin:") {
            let path = named.hasPrefix("/") ? named : (folder as NSString).appendingPathComponent(named)
            files += filesUnder(path)
        }
        for file in files {
            add(file)
            add(FileManager.default.contents(atPath: file).map { ContentHash.hex(of: $0) } ?? "missing")
        }
        return hash.finalize()
    }

    private static func filesUnder(_ path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [path] }
        guard isFolder.boolValue else { return [path] }
        let children = (FileManager.default.subpaths(atPath: path) ?? []).sorted()
        return children.map { (path as NSString).appendingPathComponent($0) }.filter { child in
            var childIsFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: child, isDirectory: &childIsFolder)
                && !childIsFolder.boolValue
        }
    }

}

extension CheckRun {
    /// `K/N` (1 ≤ K ≤ N): the part of the documents a run checks (`--shard`).
    public struct Shard: Equatable, Sendable {
        public var index: Int
        public var count: Int

        public init?(_ text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
                (1...count).contains(index)
            else { return nil }
            self.index = index
            self.count = count
        }

        /// Whether this shard checks the document of this name (its path relative to the
        /// repository root): FNV-1a of the name's UTF-8, modulo the shard count. Deterministic on
        /// every machine and independent of which other documents exist.
        public func contains(_ name: String) -> Bool {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return Int(hash % UInt64(count)) == index - 1
        }
    }
}

/// The content hash of the configuration file that applies to each document, memoised: a
/// document read under another `.reglint.yml` (xml_mappings, limits) is another entry.
private final class ConfigurationSalts: @unchecked Sendable {
    private let lock = NSLock()
    private var resolver: ConfigurationResolver
    private var salts: [String: String] = [:]

    init(resolver: ConfigurationResolver) {
        self.resolver = resolver
    }

    func salt(for path: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        guard let file = (try? resolver.configuration(for: path))?.file else { return "" }
        if let known = salts[file] { return known }
        let salt = FileManager.default.contents(atPath: file).map { ContentHash.hex(of: $0) } ?? ""
        salts[file] = salt
        return salt
    }
}
