import Foundation
import RegLintCore

/// Expands the paths given on the command line into the files to read (library API: a custom
/// runner finds documents as `reglint check` does). Files are always taken
/// as given; folders are walked (hidden entries skipped) and their files kept when they match the
/// configuration's `include` globs and none of its `exclude` globs, both relative to the
/// configuration's folder (or to the walked folder when there is no configuration). Sorted, so
/// output never depends on the file system.
public enum InputDiscovery {
    public static func files(in paths: [String], configuration: Configuration = Configuration()) -> [String] {
        var result: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                result.append(path)
                continue
            }
            let base = configuration.file.map { ($0 as NSString).deletingLastPathComponent } ?? path
            let baseURL = URL(fileURLWithPath: base.isEmpty ? "." : base).standardizedFileURL
            result += walk(path).filter { file in
                let relative = relativePath(of: file, to: baseURL)
                return configuration.include.contains { $0.matches(relative) }
                    && !configuration.exclude.contains { $0.matches(relative) }
            }
        }
        return result
    }

    private static func relativePath(of file: String, to base: URL) -> String {
        let full = URL(fileURLWithPath: file).standardizedFileURL.path
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : (file as NSString).lastPathComponent
    }

    private static func walk(_ folder: String) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var files: [String] = []
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                files += walk(path)
            } else {
                files.append(path)
            }
        }
        return files
    }
}
