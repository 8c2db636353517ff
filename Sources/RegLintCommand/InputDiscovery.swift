import Foundation

/// Expands the paths given on the command line into the files to read: files are taken as
/// given; folders are walked for `.docx` and `.xml` files, hidden entries skipped, in sorted
/// order so output never depends on the file system.
enum InputDiscovery {
    static let defaultExtensions: Set<String> = ["docx", "xml"]

    static func files(in paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                result.append(path)
                continue
            }
            result += walk(path)
        }
        return result
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
            } else if defaultExtensions.contains((entry as NSString).pathExtension.lowercased()) {
                files.append(path)
            }
        }
        return files
    }
}
