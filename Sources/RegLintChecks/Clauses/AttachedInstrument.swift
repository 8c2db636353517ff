import RegLintCore

/// A regulation issued with a decision in the same file: "QUYẾT ĐỊNH Ban hành Quy chế …",
/// its articles, its closing block, then "QUY CHẾ" / "Làm việc của …" / "(Ban hành kèm theo
/// Quyết định số …)" and the regulation's own chapters. Profiles apply to the attached
/// regulation as to a document of its own, so its required clauses are checked too.
struct AttachedInstrument {
    /// The attached regulation as a document: its title lines, then its sections.
    let document: Document
    /// The title as printed ("QUY CHẾ Làm việc của Sở Nội vụ") and where it starts.
    let title: String
    let location: SourceLocation

    /// Document-type lines that open an attached instrument.
    private static let types: Set<String> = [
        "quy che", "quy dinh", "noi quy", "dieu le", "quy trinh", "huong dan", "chuong trinh", "ke hoach", "de an",
    ]
    /// How many paragraphs after the type line the "(Ban hành kèm theo …)" line may come.
    private static let window = 5

    /// The first instrument attached to `document` after its own text, if any.
    static func first(in document: Document) -> AttachedInstrument? {
        let top = document.sections
        for (index, section) in top.enumerated() {
            // The attachment starts among the blocks of a top-level section (the decision's
            // closing block or its last article) and runs to the end of the document.
            let paragraphs = section.blocks.compactMap { block -> Paragraph? in
                if case .paragraph(let paragraph) = block { return paragraph }
                return nil
            }
            guard index > 0 || section.kind != .preamble,
                let start = paragraphs.indices.first(where: { opens(at: $0, in: paragraphs) })
            else { continue }
            let opening = Array(paragraphs[start...])
            let rest = Array(top[(index + 1)...])
            guard rest.contains(where: { $0.kind != .preamble && $0.kind != .other }) else { continue }
            let titleLines = opening.prefix(2).map { $0.text.trimmingWhitespace }
            let title = titleLines.joined(separator: " ")
            let header = Section(
                kind: .preamble, blocks: opening.map(Block.paragraph), location: opening[0].location)
            let attached = Document(
                path: document.path, format: document.format, language: document.language,
                metadata: DocumentMetadata(title: title), sections: [header] + rest)
            return AttachedInstrument(document: attached, title: title, location: opening[0].location)
        }
        return nil
    }

    /// A type line alone ("QUY CHẾ") followed within a few paragraphs by "(Ban hành kèm theo …".
    private static func opens(at index: Int, in paragraphs: [Paragraph]) -> Bool {
        let text = paragraphs[index].text.trimmingWhitespace
        guard text.count <= 20, text.allSatisfy({ !$0.isLetter || $0.isUppercase }),
            types.contains(text.foldedForMatching)
        else { return false }
        return paragraphs[(index + 1)...].prefix(window).contains { paragraph in
            paragraph.text.foldedForMatching.trimmingCharacters(in: ["(", " "]).hasPrefix("ban hanh kem theo")
        }
    }
}
