/// What several checks need from one document, computed once by the engine and shared through
/// ``CheckContext/facts``: the sections in document order with their parents, and every
/// paragraph with the section it stands in, and the citations in them. Extractors for figures
/// and defined terms add their results here too, so no check recomputes them.
public struct DocumentFacts: Sendable {
    /// A section in document order and the index of its parent in ``sections``.
    public struct SectionEntry: Sendable {
        public let section: Section
        public let parent: Int?
        /// The section is, or stands inside, a ``SectionKind/quotation``: it belongs to another
        /// instrument, so checks of this document's own structure skip it.
        public let isQuoted: Bool
        /// ``Section/numberValue``, read once for every check.
        public let numberValue: String?
    }

    /// A paragraph (body, table cell or note) and the index of its section in ``sections``.
    public struct ParagraphEntry: Sendable {
        public let paragraph: Paragraph
        public let section: Int?
        /// The paragraph stands in a table cell.
        public let isInTable: Bool
        /// The paragraph stands inside a ``SectionKind/quotation`` (text of another instrument).
        public let isQuoted: Bool
    }

    public let sections: [SectionEntry]
    public let paragraphs: [ParagraphEntry]
    /// Where each section's own paragraphs start in ``paragraphs`` (they are contiguous: a
    /// section's paragraphs come before its children's), and one past the last section's.
    private let paragraphStarts: [Int32]
    /// The index in ``paragraphs`` of each citation's paragraph.
    private let citationParagraphs: [Int32]
    /// Citations of other instruments, internal references and links, in document order.
    public let citations: [Citation]
    /// Counts, money, percentages, durations and dates stated in the paragraphs, in order (see
    /// ``FigureExtractor``); ``Figure/paragraph`` indexes ``paragraphs``.
    public let figures: [Figure]

    /// The facts of `document`; `language` (the configured one when the document does not say)
    /// reads numbers whose digits are ambiguous.
    public init(_ document: Document, language: Language? = nil) {
        // Counted first: a large document has hundreds of thousands of entries, and arrays grown
        // by appending would hold up to twice their size.
        let counts = document.sectionCounts
        let sectionCount = counts.sections
        let paragraphCount = counts.paragraphs + document.notes.reduce(0) { $0 + $1.paragraphs.count }
        var sections: [SectionEntry] = []
        var paragraphs: [ParagraphEntry] = []
        var paragraphStarts: [Int32] = []
        sections.reserveCapacity(sectionCount)
        paragraphs.reserveCapacity(paragraphCount)
        paragraphStarts.reserveCapacity(sectionCount + 1)
        func visit(_ section: Section, parent: Int?, inQuotation: Bool) {
            let index = sections.count
            let isQuoted = inQuotation || section.kind == .quotation
            paragraphStarts.append(Int32(clamping: paragraphs.count))
            sections.append(
                SectionEntry(section: section, parent: parent, isQuoted: isQuoted, numberValue: section.numberValue))
            for block in section.blocks {
                var isTable = false
                if case .table = block { isTable = true }
                for paragraph in block.paragraphs {
                    paragraphs.append(
                        ParagraphEntry(paragraph: paragraph, section: index, isInTable: isTable, isQuoted: isQuoted))
                }
            }
            for child in section.children { visit(child, parent: index, inQuotation: isQuoted) }
        }
        for section in document.sections { visit(section, parent: nil, inQuotation: false) }
        paragraphStarts.append(Int32(clamping: paragraphs.count))
        for note in document.notes {
            for paragraph in note.paragraphs {
                paragraphs.append(ParagraphEntry(paragraph: paragraph, section: nil, isInTable: false, isQuoted: false))
            }
        }
        self.sections = sections
        self.paragraphs = paragraphs
        self.paragraphStarts = paragraphStarts
        let plainParagraphs = paragraphs.map(\.paragraph)
        (citations, citationParagraphs) = CitationExtractor.citationsAndParagraphs(in: plainParagraphs)
        let language = document.language == .unknown ? (language ?? .unknown) : document.language
        figures = FigureExtractor.figures(in: plainParagraphs, language: language)
    }

    /// The indices in ``paragraphs`` of the paragraphs that stand directly in section `index`
    /// (its blocks, not its children's).
    package func paragraphIndices(ofSection index: Int) -> Range<Int> {
        Int(paragraphStarts[index])..<Int(paragraphStarts[index + 1])
    }

    /// The index in ``paragraphs`` of the paragraph that citation `index` (of ``citations``)
    /// stands in.
    package func paragraphIndex(ofCitation index: Int) -> Int {
        Int(citationParagraphs[index])
    }

    /// The paragraph that citation `index` (of ``citations``) stands in.
    package func paragraph(ofCitation index: Int) -> ParagraphEntry {
        paragraphs[paragraphIndex(ofCitation: index)]
    }

    /// Facts of an empty document, for contexts without one.
    public static let empty = DocumentFacts(
        Document(path: "", format: .outline, language: .unknown, metadata: DocumentMetadata(), sections: []))
}
