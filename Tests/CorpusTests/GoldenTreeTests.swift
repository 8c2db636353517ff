import Foundation
import RegLintCore
import RegLintReaders
import Testing

@testable import RegLintCommand

/// Pins the tree of every corpus document to `corpus/expected/<path>.tree.txt`.
///
/// After an intended change, regenerate the files with
/// `REGLINT_RECORD_GOLDENS=1 swift test --filter GoldenTreeTests` and review the diff.
@Suite("Golden section trees of the corpus")
struct GoldenTreeTests {
    static let isRecording = ProcessInfo.processInfo.environment["REGLINT_RECORD_GOLDENS"] == "1"

    @Test func corpusHasEnoughDocuments() {
        let documents = CorpusLocation.documents
        #expect(documents.count >= 8)
        #expect(documents.contains { $0.hasSuffix(".docx") })
        #expect(documents.contains { $0.hasSuffix(".akn.xml") })
    }

    @Test(arguments: CorpusLocation.documents)
    func tree(of relativePath: String) throws {
        let url = CorpusLocation.url(relativePath)
        let configurationPath = Configuration.find(from: url.deletingLastPathComponent().path)
        let configuration = try configurationPath.map(Configuration.load(from:)) ?? Configuration()
        var document = try DocumentLoader(configuration: configuration).read(path: url.path)
        document.path = relativePath
        let rendered = TreeTextRenderer.render(document)
        let expected = CorpusLocation.corpus.appendingPathComponent(
            "expected/" + relativePath.dropFirst("corpus/".count) + ".tree.txt")
        if Self.isRecording {
            try FileManager.default.createDirectory(
                at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: expected)
            return
        }
        let golden = try String(contentsOf: expected, encoding: .utf8)
        #expect(
            rendered == golden, "tree of \(relativePath) differs from \(expected.path); see the suite's doc comment")
    }

    @Test func flatOPCTwinMatchesItsDocx() throws {
        let docx = try DocumentLoader().read(path: CorpusLocation.url("corpus/vi/quy-che-dan-chu.docx").path)
        let flat = try DocumentLoader().read(path: CorpusLocation.url("corpus/vi/quy-che-dan-chu.xml").path)
        let body: (Document) -> [String] = {
            TreeTextRenderer.render($0).split(separator: "\n").dropFirst().map(String.init)
        }
        #expect(docx.format == .docx)
        #expect(flat.format == .flatOPC)
        #expect(body(docx) == body(flat))
    }
}
