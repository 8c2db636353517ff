import Foundation

/// The folder every reported path is relative to: the folder of the
/// configuration in use, or the git root above the first path when there is none, or the working
/// folder when there is neither. Paths are named relative to it with `/` separators and no
/// `./`, however they were typed and whatever the working folder, so reports and baselines
/// written one way match when run any other way; a file outside it keeps its absolute path.
struct RepositoryRoot: Equatable {
    /// The root's absolute path, symbolic links resolved, without a trailing `/`.
    let path: String

    init(path: String) {
        self.path = URL(fileURLWithPath: Self.absolute(path)).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The root for a run whose configuration is `configurationFile` (if any) and whose first
    /// input is `firstInput`.
    static func find(configurationFile: String?, firstInput: String) -> RepositoryRoot {
        if let configurationFile {
            return RepositoryRoot(path: (Self.absolute(configurationFile) as NSString).deletingLastPathComponent)
        }
        return gitRoot(above: firstInput) ?? RepositoryRoot(path: FileManager.default.currentDirectoryPath)
    }

    /// The nearest folder at or above `input` that holds `.git` (a folder, or a file in a worktree).
    static func gitRoot(above input: String) -> RepositoryRoot? {
        var folder = URL(fileURLWithPath: Self.absolute(input)).standardizedFileURL
        var isFolder: ObjCBool = false
        if !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue) {
            folder.deleteLastPathComponent()
        }
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                return RepositoryRoot(path: folder.path)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// `file` as reports name it: relative to the root, or absolute when it lies outside.
    func relativePath(of file: String) -> String {
        let full = Self.canonical(file)
        let prefix = path == "/" ? "/" : path + "/"
        return full.hasPrefix(prefix) && full.count > prefix.count ? String(full.dropFirst(prefix.count)) : full
    }

    /// An absolute, standardised path whose folders have their symbolic links resolved (the file
    /// itself is not followed, so a linked document keeps its own name).
    static func canonical(_ file: String) -> String {
        let url = URL(fileURLWithPath: absolute(file)).standardizedFileURL
        let name = url.lastPathComponent
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        if url.path == "/" { return "/" }
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    private static func absolute(_ file: String) -> String {
        file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
    }
}
