import Foundation
import RegLintCore

@testable import RegLintReaders

/// Finds the words of an XML document's body text that a reader left out of the tree.
///
/// The source side streams the file with ``XMLStreamReader`` (libxml2, like the readers) and
/// takes every text node of the body: for Akoma Ntoso everything outside `<meta>` and the
/// elements the reader skips by design (`img`, `componentRef`, `documentRef`); for Flat OPC the
/// `w:t` text of the main document, footnotes and endnotes outside deleted runs and `mc:Fallback`;
/// for USLM, Formex, CLML and OSCAL everything outside the built-in profile's metadata blocks and
/// skipped elements (USLM's printed page headers); for other XML (read through an `xml_mappings`
/// entry) every text node. The tree side takes
/// section numbers and headings, paragraphs (table cells included), notes and comments.
///
/// Words are maximal runs of letters, digits and `_`, compared as multisets. Inline markup can
/// split or join a word differently on the two sides (`1<sup>er</sup>` is `1er` in the tree):
/// a word of one side that is the concatenation of unmatched words of the other counts as kept.
enum TextCoverage {
    /// Reads a corpus document with the configuration nearest to it, as `reglint` does.
    static func readWithItsConfiguration(_ url: URL) throws -> Document {
        let configurationPath = Configuration.find(from: url.deletingLastPathComponent().path)
        let configuration = try configurationPath.map(Configuration.load(from:)) ?? Configuration()
        return try DocumentLoader(configuration: configuration).read(path: url.path)
    }

    /// A word of the source and where it came from.
    struct Word {
        var text: String
        /// The last three element names above the text node, e.g. `content/ol/li`.
        var element: String
        /// Consecutive text between two block boundaries, used to attribute lost words.
        var run: Int
    }

    private enum Kind {
        case akomaNtoso, flatOPC, other
    }

    /// Words lost by `document`, by the element path they came from; empty when nothing is lost.
    static func lostWords(in path: String, document: Document) throws -> [String: [String]] {
        lostWords(source: try sourceWords(of: path), tree: treeWords(of: document))
    }

    // MARK: Source

    static func sourceWords(of path: String) throws -> [Word] {
        try XMLStreamReader.read(fileAt: path) { reader in
            var kind: Kind?
            /// Elements of a published format that are not body text (metadata blocks, page headers).
            var notBody: Set<String> = []
            var names: [String] = []
            var words: [Word] = []
            var run: [(text: String, element: String)] = []
            var runIndex = 0
            let profile = StructuredXMLProfile.akomaNtoso
            let akomaNtosoInline = profile.inline.union(profile.links.keys).union(profile.title)
                .union(profile.documentNumbers)
            let flatOPCParts: Set<String> = ["/word/document.xml", "/word/footnotes.xml", "/word/endnotes.xml"]

            func flush() {
                guard !run.isEmpty else { return }
                var ends: [(end: Int, element: String)] = []
                var length = 0
                for piece in run {
                    length += piece.text.count
                    ends.append((length, piece.element))
                }
                var index = 0
                for word in split(run.map(\.text).joined()) {
                    while index < ends.count - 1, ends[index].end <= word.start { index += 1 }
                    words.append(Word(text: word.text, element: ends[index].element, run: runIndex))
                }
                run = []
                runIndex += 1
            }

            func isBoundary(_ local: String) -> Bool {
                switch kind {
                case .akomaNtoso?: !akomaNtosoInline.contains(local)
                case .flatOPC?: ["p", "tab", "br", "cr", "tc"].contains(local)
                default: true
                }
            }

            while let event = try reader.next() {
                switch event {
                case .start(let name):
                    let local = name.localName
                    if kind == nil {
                        kind = local == "akomaNtoso" ? .akomaNtoso : local == "package" ? .flatOPC : .other
                        if let profile = BuiltInXMLProfile.profile(forRoot: name) {
                            let names = (profile.mapping.metadata?.elements ?? []) + profile.mapping.skip
                            notBody = Set(names.map { String($0.split(separator: ":").last ?? "") })
                        }
                    }
                    if notBody.contains(local) {
                        try reader.skipElement()
                        continue
                    }
                    switch kind {
                    case .akomaNtoso?:
                        if local == profile.metadataElement || profile.skip.contains(local) {
                            try reader.skipElement()
                            continue
                        }
                    case .flatOPC?:
                        if local == "part", !flatOPCParts.contains(reader.attribute("name") ?? "") {
                            try reader.skipElement()
                            continue
                        }
                        if ["del", "moveFrom", "Fallback", "instrText", "delText"].contains(local) {
                            try reader.skipElement()
                            continue
                        }
                    default:
                        break
                    }
                    if isBoundary(local) { flush() }
                    names.append(local)
                case .end(let name):
                    names.removeLast()
                    if isBoundary(name.localName) { flush() }
                case .text(let text):
                    if kind == .flatOPC, names.last != "t" { continue }
                    run.append((text, names.suffix(3).joined(separator: "/")))
                case .processingInstruction:
                    break
                }
            }
            flush()
            return words
        }
    }

    // MARK: Tree

    static func treeWords(of document: Document) -> [String] {
        var texts: [String] = []
        for section in document.allSections {
            texts += [section.number, section.heading].compactMap { $0 }
            texts += section.blocks.flatMap(\.paragraphs).map(\.text)
        }
        texts += document.notes.flatMap(\.paragraphs).map(\.text)
        texts += document.comments.map(\.text)
        return texts.flatMap { split($0).map(\.text) }
    }

    // MARK: Comparison

    static func lostWords(source: [Word], tree: [String]) -> [String: [String]] {
        var lost = counts(source.map(\.text))
        var extra = counts(tree)
        for (word, count) in lost {
            let kept = min(count, extra[word] ?? 0)
            lost[word] = count - kept
            extra[word] = (extra[word] ?? 0) - kept
        }
        reconcile(&lost, &extra)
        reconcile(&extra, &lost)
        return attribute(lost.filter { $0.value > 0 }, to: source)
    }

    /// Removes from `unmatched` the words that are concatenations of words of `other`.
    private static func reconcile(_ other: inout [String: Int], _ unmatched: inout [String: Int]) {
        for (joined, count) in unmatched where count > 0 {
            for _ in 0..<count {
                guard let parts = splitInto(joined, available: other) else { break }
                for part in parts { other[part, default: 0] -= 1 }
                unmatched[joined, default: 0] -= 1
            }
        }
    }

    private static func splitInto(_ word: String, available: [String: Int]) -> [String]? {
        let characters = Array(word)
        guard characters.count <= 80 else { return nil }
        var best: [Int: [String]] = [0: []]
        for start in 0..<characters.count {
            guard let prefix = best[start] else { continue }
            for end in (start + 1)...characters.count where best[end] == nil {
                let piece = String(characters[start..<end])
                if (available[piece] ?? 0) > 0 { best[end] = prefix + [piece] }
            }
        }
        guard let parts = best[characters.count], parts.count >= 2 else { return nil }
        let needed = counts(parts)
        return needed.allSatisfy { (available[$0.key] ?? 0) >= $0.value } ? parts : nil
    }

    /// Charges each lost word to its occurrences in the runs with the largest share of lost words.
    private static func attribute(_ lost: [String: Int], to source: [Word]) -> [String: [String]] {
        guard !lost.isEmpty else { return [:] }
        var size: [Int: Int] = [:]
        var suspect: [Int: Int] = [:]
        for word in source {
            size[word.run, default: 0] += 1
            if lost[word.text] != nil { suspect[word.run, default: 0] += 1 }
        }
        var result: [String: [String]] = [:]
        for (text, count) in lost.sorted(by: { $0.key < $1.key }) {
            let occurrences = source.enumerated().filter { $0.element.text == text }
                .sorted { first, second in
                    let a = Double(suspect[first.element.run] ?? 0) / Double(size[first.element.run] ?? 1)
                    let b = Double(suspect[second.element.run] ?? 0) / Double(size[second.element.run] ?? 1)
                    return a != b ? a > b : first.offset < second.offset
                }
            for occurrence in occurrences.prefix(count) {
                result[occurrence.element.element, default: []].append(text)
            }
        }
        return result
    }

    private static func counts(_ words: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for word in words { result[word, default: 0] += 1 }
        return result
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Words of `text` with their character offsets.
    static func split(_ text: String) -> [(text: String, start: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = 0
        for (index, character) in text.enumerated() {
            if isWordCharacter(character) {
                if current.isEmpty { start = index }
                current.append(character)
            } else if !current.isEmpty {
                result.append((current, start))
                current = ""
            }
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
    }

    /// A one-line account of lost words for a failure message.
    static func describe(_ lost: [String: [String]]) -> String {
        lost.sorted { $0.value.count > $1.value.count }.map { element, words in
            "\(words.count) from \(element) (" + words.prefix(12).joined(separator: " ") + ")"
        }.joined(separator: "; ")
    }
}
