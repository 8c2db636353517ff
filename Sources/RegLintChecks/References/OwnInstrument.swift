import Foundation
import RegLintCore

/// The names and numbers a document goes by. A citation of one of them is the document naming
/// itself ("Số: 12/QĐ-UBND" in its header, "Luật số: 24/2018/QH14", "This Act may be cited as the
/// Data Protection Act 1998", the title line of an Act's preface), not a citation of another
/// instrument to check.
struct OwnInstrument {
    private var keys: Set<String> = []

    init(_ document: Document, facts: DocumentFacts) {
        for value in [document.metadata.number, document.metadata.title].compactMap({ $0 }) {
            let key = InstrumentRegistry.key(value)
            if !key.isEmpty { keys.insert(key) }
        }
        var lastCitedAs: [SourceLocation: Citation] = [:]
        for (index, citation) in facts.citations.enumerated() where citation.kind == .instrument {
            let entry = facts.paragraph(ofCitation: index)
            let text = entry.paragraph.text.precomposed
            // The preface's title line: the paragraph is the name and nothing else.
            let isPreamble = entry.section.map { facts.sections[$0].section.kind == .preamble } ?? false
            if isPreamble, Self.trimmed(text) == Self.trimmed(citation.text) {
                keys.formUnion(Self.keys(of: citation))
            }
            let before = String(text.utf16.prefix(citation.offset)) ?? ""
            // The header's number line: "Số: 12/QĐ-UBND", "Luật số: 24/2018/QH14".
            if Self.numberLine?.firstMatch(in: before, range: NSRange(location: 0, length: (before as NSString).length))
                != nil
            {
                keys.formUnion(Self.keys(of: citation))
            }
            if before.foldedForMatching.contains("may be cited as") { lastCitedAs[citation.location] = citation }
        }
        // "This Order may be cited as the … Order 2017": the last name in the sentence is its own.
        for citation in lastCitedAs.values { keys.formUnion(Self.keys(of: citation)) }
    }

    /// Whether the citation names this document.
    func contains(_ citation: Citation) -> Bool {
        citation.kind == .instrument && !Self.keys(of: citation).isDisjoint(with: keys)
    }

    /// The words before a document's own number in its header: "Số:", "Luật số:".
    private static let numberLine = try? NSRegularExpression(pattern: "(?:^|[^\\p{L}])[Ss]ố\\s*:\\s*$")

    private static func keys(of citation: Citation) -> Set<String> {
        var result: Set<String> = [InstrumentRegistry.key(citation.text)]
        if let identifier = citation.identifier {
            if let type = citation.instrumentType { result.insert(InstrumentRegistry.key(type + " " + identifier)) }
            // A symbol stands for itself ("12/QĐ-UBND"); a bare year ("1998" of an Act) does not.
            if identifier.contains(where: { $0 == "/" || $0.isLetter }) {
                result.insert(InstrumentRegistry.key(identifier))
            }
        }
        result.remove("")
        return result
    }

    private static func trimmed(_ text: String) -> String {
        var text = text.trimmingWhitespace
        while let last = text.last, ".;,".contains(last) { text.removeLast() }
        return text.trimmingWhitespace.foldedForMatching
    }
}
