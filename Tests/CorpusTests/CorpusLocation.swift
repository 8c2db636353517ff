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
