import Foundation

/// The files a pull request touched, for `--changed-since REV` and `--files-from FILE|-`, as
/// canonical absolute paths (``RepositoryRoot/canonical(_:)``) to match against the documents
/// discovered in the repository.
enum ChangedDocuments {
    /// Why the changed files could not be listed (a usage error).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The files `--changed-since REVISION` (git, in the repository holding `input`) or
    /// `--files-from LIST` name; nil when neither option is given.
    static func selected(changedSince revision: String?, filesFrom list: String?, near input: String) throws(Failure)
        -> Set<String>?
    {
        switch (revision, list) {
        case (let revision?, nil):
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: input, isDirectory: &isFolder)
            let folder = exists && isFolder.boolValue ? input : (input as NSString).deletingLastPathComponent
            return try since(revision, in: folder.isEmpty ? "." : folder)
        case (nil, let list?):
            return try listed(in: list)
        case (nil, nil):
            return nil
        case (.some, .some):
            throw Failure(description: "--changed-since and --files-from cannot be combined")
        }
    }

    /// Files added, modified or renamed since `revision` in the git repository holding `folder`:
    /// committed since the merge base of `revision` and `HEAD`, changed in the working tree, and
    /// untracked but not ignored. Deleted files are not listed.
    static func since(_ revision: String, in folder: String) throws(Failure) -> Set<String> {
        let top = try git(["rev-parse", "--show-toplevel"], in: folder).trimmingCharacters(in: .newlines)
        let base = (try? git(["merge-base", revision, "HEAD"], in: top).trimmingCharacters(in: .newlines)) ?? revision
        let changed = try git(["diff", "--name-only", "-z", "--diff-filter=d", base, "--"], in: top)
        let untracked = try git(["ls-files", "--others", "--exclude-standard", "-z"], in: top)
        let names = (changed + untracked).split(separator: "\0").map(String.init)
        return Set(names.map { RepositoryRoot.canonical(top + "/" + $0) })
    }

    /// The files listed in `source` (`-` for standard input), one a line or separated by NUL
    /// characters; relative paths are relative to the working folder.
    static func listed(in source: String) throws(Failure) -> Set<String> {
        let data: Data
        do {
            data =
                source == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: source))
        } catch {
            throw Failure(description: "--files-from: cannot read \(source) (\(error.localizedDescription))")
        }
        let names = String(decoding: data, as: UTF8.self).split { $0 == "\n" || $0 == "\r\n" || $0 == "\0" }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Set(names.map(RepositoryRoot.canonical))
    }

    private static func git(_ arguments: [String], in folder: String) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "--changed-since needs git (\(error.localizedDescription))")
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "--changed-since: git \(arguments.joined(separator: " ")): \(message)")
        }
        return String(decoding: outputData, as: UTF8.self)
    }
}
