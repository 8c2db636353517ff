// libFuzzer harness for the readers: every input is written to a scratch file and read with
// DocumentLoader, which must return a document or a ReaderError, never crash or hang.
// REGLINT_FUZZ_TARGET picks the seeds' format: docx, flat-opc, akn or mapped (house-rules
// mapping), `citations` to fuzz the citation extractor with text, or `figures` to fuzz the
// figure extractor, number words and the figures checks with text. Not part of the package: scripts/fuzz.sh links it with -sanitize=fuzzer,address
// -parse-as-library against the instrumented library objects.
import Foundation
import RegLintChecks
import RegLintCore
import RegLintReaders

private let target = ProcessInfo.processInfo.environment["REGLINT_FUZZ_TARGET"] ?? "docx"

private let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent(
        "reglint-fuzz-\(ProcessInfo.processInfo.processIdentifier).\(target == "docx" ? "docx" : "xml")")

private let configuration: Configuration = {
    guard target == "mapped" else { return Configuration() }
    let mapping = """
        xml_mappings:
          - namespace: "urn:example:house-rules"
            title: [title]
            sections: {chapter: chapter, rule: article, item: point}
            number: [no]
            heading: [name]
            paragraphs: [para]
        """
    return (try? Configuration.parse(mapping, file: "fuzz.yml")) ?? Configuration()
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTest(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if target == "citations" {
        // The citation extractor on arbitrary text, as one paragraph and as an outline.
        let text = String(decoding: data, as: UTF8.self)
        _ = CitationExtractor.citations(in: Paragraph(text: text, location: SourceLocation(file: "fuzz", paragraph: 1)))
        _ = DocumentFacts(OutlineReader.read(text))
        return 0
    }
    if target == "figures" {
        // The figure extractor under each convention, number words, and the figures checks on
        // the text as an outline document.
        let text = String(decoding: data, as: UTF8.self)
        for language in Language.allCases {
            _ = FigureExtractor.figures(in: text, language: language)
        }
        _ = NumberWords.value(of: text)
        let document = OutlineReader.read(text)
        guard let asOf = Day(iso: "2026-01-01") else { return 0 }
        let context = CheckContext(asOf: asOf, language: document.language, facts: DocumentFacts(document))
        for case let check as any Check.Type in BuiltInChecks.all
        where check.description.id.rawValue.hasPrefix("figures/") {
            _ = (try? check.configured(optionsYAML: nil))?.diagnostics(in: document, context: context)
        }
        return 0
    }
    guard (try? data.write(to: scratch)) != nil else { return 0 }
    _ = try? DocumentLoader(configuration: configuration).read(path: scratch.path)
    return 0
}
