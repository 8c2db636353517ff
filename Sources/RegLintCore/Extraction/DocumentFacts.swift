/// What several checks need from one document, computed once by the engine and shared through
/// ``CheckContext/facts``: the sections in document order with their parents, and every
/// paragraph with the section it stands in. Extractors for citations, figures and defined terms
/// add their results here, so no check recomputes them.
public struct DocumentFacts: Sendable {
    /// A section in document order and the index of its parent in ``sections``.
    public struct SectionEntry: Sendable {
        public let section: Section
        public let parent: Int?
    }

    /// A paragraph (body, table cell or note) and the index of its section in ``sections``.
    public struct ParagraphEntry: Sendable {
        public let paragraph: Paragraph
        public let section: Int?
    }

    public let sections: [SectionEntry]
    public let paragraphs: [ParagraphEntry]

    public init(_ document: Document) {
        var sections: [SectionEntry] = []
        var paragraphs: [ParagraphEntry] = []
        func visit(_ section: Section, parent: Int?) {
            let index = sections.count
            sections.append(SectionEntry(section: section, parent: parent))
            for block in section.blocks {
                for paragraph in block.paragraphs {
                    paragraphs.append(ParagraphEntry(paragraph: paragraph, section: index))
                }
            }
            for child in section.children { visit(child, parent: index) }
        }
        for section in document.sections { visit(section, parent: nil) }
        for note in document.notes {
            for paragraph in note.paragraphs { paragraphs.append(ParagraphEntry(paragraph: paragraph, section: nil)) }
        }
        self.sections = sections
        self.paragraphs = paragraphs
    }

    /// Facts of an empty document, for contexts without one.
    public static let empty = DocumentFacts(
        Document(path: "", format: .outline, language: .unknown, metadata: DocumentMetadata(), sections: []))
}
