import Foundation
import RegLintCore

/// Finds the configuration for each input: `--config` when given, else the nearest
/// `.reglint.yml` above the file, read once per file found.
struct ConfigurationResolver {
    let explicitPath: String?
    private var cache: [String: Configuration] = [:]

    init(explicitPath: String?) {
        self.explicitPath = explicitPath
    }

    /// Loads `--config` up front, so a broken file stops the run before anything is read.
    mutating func validateExplicit() throws(ConfigurationError) {
        if let explicitPath { cache[explicitPath] = try Configuration.load(from: explicitPath) }
    }

    mutating func configuration(for file: String) throws(ConfigurationError) -> Configuration {
        let folder = (file as NSString).deletingLastPathComponent
        guard let path = explicitPath ?? Configuration.find(from: folder.isEmpty ? "." : folder) else {
            return Configuration()
        }
        if let known = cache[path] { return known }
        let loaded = try Configuration.load(from: path)
        cache[path] = loaded
        return loaded
    }
}
