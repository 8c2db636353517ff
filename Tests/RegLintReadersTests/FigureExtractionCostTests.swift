import Foundation
import RegLintCore
import RegLintReaders
import Testing

/// What figure extraction costs beside reading: the time of ``FigureExtractor`` over a
/// document's paragraphs divided by the time of reading the document, on the same inputs.
/// `Benchmarks/figure-extraction.sh` runs this in release mode on large generated inputs and a
/// folder of real documents (`REGLINT_BENCH_FILES`, one path a line). It is a benchmark, not a
/// unit test: it runs only when the script names the files, and it reports the ratio without
/// judging it (a timing cannot pass or fail reliably on a shared machine).
@Suite("Figure extraction cost")
struct FigureExtractionCostTests {
    private static let files = ProcessInfo.processInfo.environment["REGLINT_BENCH_FILES"]

    private static func inputs() -> [String] {
        (files ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    private static func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test(.enabled(if: files != nil, "run by Benchmarks/figure-extraction.sh"))
    func extractionCostBesideReading() throws {
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
            print(
                String(
                    format: "%@: %d paragraphs, %d figures, read %.3f s, extract %.3f s, ratio %.3f",
                    (path as NSString).lastPathComponent, all.count, figures, read, extract, extract / read))
        }
        let ratio = extracting / max(reading, 1e-9)
        print(
            String(
                format: "figure extraction: %d paragraphs, read %.3f s, extract %.3f s, extract/read %.3f",
                paragraphs, reading, extracting, ratio))
        #expect(paragraphs > 0, "the benchmark read no document")
    }
}
