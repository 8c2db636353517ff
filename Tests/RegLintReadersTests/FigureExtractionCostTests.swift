import Foundation
import RegLintCore
import RegLintReaders
import Testing

/// What figure extraction costs beside reading: the time of ``FigureExtractor`` over a
/// document's paragraphs divided by the time of reading the document, on the same inputs.
/// `Benchmarks/figure-extraction.sh` runs this in release mode on large generated inputs and a
/// folder of real documents (`REGLINT_BENCH_FILES`, one path a line); without it, the corpus
/// documents are measured and the ratio must stay small.
@Suite("Figure extraction cost")
struct FigureExtractionCostTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static func inputs() -> [String] {
        if let list = ProcessInfo.processInfo.environment["REGLINT_BENCH_FILES"] {
            return list.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        let corpus = packageRoot.appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".xml") }
            .filter { !$0.hasPrefix("expected") && !$0.hasPrefix("xml/") }.sorted()
            .map { corpus.appendingPathComponent($0).path }
    }

    private static func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func extractionCostsLittleBesideReading() throws {
        let loader = DocumentLoader()
        var reading = 0.0
        var extracting = 0.0
        var figures = 0
        var paragraphs = 0
        for path in Self.inputs() {
            guard let document = try? loader.read(path: path) else { continue }
            // Best of three, so a busy machine disturbs the ratio less.
            var read = Double.infinity
            var extract = Double.infinity
            for _ in 0..<3 {
                read = min(read, Self.seconds { _ = try? loader.read(path: path) })
            }
            let all = DocumentFacts(document).paragraphs.map(\.paragraph)
            for _ in 0..<3 {
                extract = min(
                    extract,
                    Self.seconds { figures = FigureExtractor.figures(in: all, language: document.language).count })
            }
            reading += read
            extracting += extract
            paragraphs += all.count
            if ProcessInfo.processInfo.environment["REGLINT_BENCH_FILES"] != nil {
                print(
                    String(
                        format: "%@: %d paragraphs, %d figures, read %.3f s, extract %.3f s, ratio %.3f",
                        (path as NSString).lastPathComponent, all.count, figures, read, extract, extract / read))
            }
        }
        let ratio = extracting / max(reading, 1e-9)
        print(
            String(
                format: "figure extraction: %d paragraphs, read %.3f s, extract %.3f s, extract/read %.3f",
                paragraphs, reading, extracting, ratio))
        #expect(paragraphs > 0)
        // Generous, for shared CI machines and debug builds; the benchmark reports the real figure.
        #expect(ratio < 1.0, "extraction took \(ratio)× the reading time")
    }
}
