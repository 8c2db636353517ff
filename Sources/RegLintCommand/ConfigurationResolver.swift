import Foundation
import RegLintCore

/// Finds the configuration for each input: `--config` when given, else the nearest
/// `.reglint.yml` above the file, read once per file found.
public struct ConfigurationResolver: Sendable {
    public let explicitPath: String?
    private var cache: [String: Configuration] = [:]

    public init(explicitPath: String?) {
        self.explicitPath = explicitPath
    }

    /// Loads `--config` up front, so a broken file stops the run before anything is read.
    public mutating func validateExplicit() throws(ConfigurationError) {
        if let explicitPath { cache[explicitPath] = try Configuration.load(from: explicitPath) }
    }

    /// The configuration for the run as a whole (rules, as-of date): `--config`, or the nearest
    /// `.reglint.yml` at or above the first path.
    public mutating func configuration(forRunStartingAt path: String) throws(ConfigurationError) -> Configuration {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let folder = exists && isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent
        return try load(explicitPath ?? Configuration.find(from: folder.isEmpty ? "." : folder))
    }

    public mutating func configuration(for file: String) throws(ConfigurationError) -> Configuration {
        let folder = (file as NSString).deletingLastPathComponent
        return try load(explicitPath ?? Configuration.find(from: folder.isEmpty ? "." : folder))
    }

    /// The configuration at `path`, read once; the defaults when there is none.
    private mutating func load(_ path: String?) throws(ConfigurationError) -> Configuration {
        guard let path else { return Configuration() }
        if let known = cache[path] { return known }
        let loaded = try Configuration.load(from: path)
        cache[path] = loaded
        return loaded
    }
}
