import Foundation

/// Where the package's own files are, found from this source file (never `../shared`).
enum CorpusLocation {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = packageRoot.appendingPathComponent("corpus")

    /// Every document in `corpus/`, as paths relative to the package root, sorted.
    static var documents: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: corpus.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard !relative.hasPrefix("expected"),
                !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            let ext = (relative as NSString).pathExtension.lowercased()
            if ext == "docx" || ext == "xml" { result.append("corpus/" + relative) }
        }
        return result.sorted()
    }

    static func url(_ relative: String) -> URL {
        packageRoot.appendingPathComponent(relative)
    }

    /// The `reglint` executable that `swift build` / `swift test` built beside the tests.
    static var executable: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("reglint") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// Runs the built `reglint` binary from the package root, the way a user does.
enum CommandLineRunner {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `reglint ARGUMENTS` in `folder` (default: the package root), with `input` on its
    /// standard input.
    static func run(_ arguments: [String], in folder: String? = nil, input: String = "") throws -> Result {
        guard let executable = CorpusLocation.executable else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build the reglint product first"])
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder.map { URL(fileURLWithPath: $0) } ?? CorpusLocation.packageRoot
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// Writes `contents` to a new file `name` in a fresh temporary folder.
    static func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }
}
