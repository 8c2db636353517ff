/// A regulation document as a reader built it: metadata and a section tree.
public struct Document: Sendable, Equatable, Codable {
    /// The path exactly as given.
    public var path: String
    public var format: DocumentFormat
    public var language: Language
    public var metadata: DocumentMetadata
    /// Top-level sections in document order; text before the first heading is a `.preamble`.
    public var sections: [Section]
    /// Footnotes and endnotes (DOCX) or authorial notes (Akoma Ntoso), never part of body text.
    public var notes: [Note]
    /// Reviewer comments, kept apart from the body text.
    public var comments: [Comment]
    /// Inline suppressions, in document order.
    public var suppressions: [Suppression]
    /// Identifiers a link inside the document can point at: every Akoma Ntoso `eId`, `id` and
    /// `GUID` of the body (any element, not only sections). Empty when the reader does not
    /// collect them (DOCX, outlines).
    public var anchors: Set<String>

    public init(
        path: String, format: DocumentFormat, language: Language, metadata: DocumentMetadata,
        sections: [Section], notes: [Note] = [], comments: [Comment] = [], suppressions: [Suppression] = [],
        anchors: Set<String> = []
    ) {
        self.path = path
        self.format = format
        self.language = language
        self.metadata = metadata
        self.sections = sections
        self.notes = notes
        self.comments = comments
        self.suppressions = suppressions
        self.anchors = anchors
    }

    /// Every section in document order, depth first.
    public var allSections: [Section] {
        sections.flatMap(\.allSections)
    }

    /// How many sections the tree holds, how many of them have a heading, and how many
    /// paragraphs stand in them (table cells included, notes not), counted without building
    /// arrays: for reserving the arrays a pass over a large document fills.
    package var sectionCounts: (sections: Int, headings: Int, paragraphs: Int) {
        var count = (sections: 0, headings: 0, paragraphs: 0)
        // By index, so that no section is copied on the way.
        func add(_ sections: [Section]) {
            for index in sections.indices {
                count.sections += 1
                if sections[index].heading != nil { count.headings += 1 }
                for block in sections[index].blocks { count.paragraphs += block.paragraphCount }
                add(sections[index].children)
            }
        }
        add(sections)
        return count
    }

    /// Every paragraph in document order: section blocks, table cells, then notes.
    public var allParagraphs: [Paragraph] {
        allSections.flatMap { $0.blocks.flatMap(\.paragraphs) } + notes.flatMap(\.paragraphs)
    }
}

/// The file format a document was read from.
public enum DocumentFormat: String, Sendable, Codable {
    case docx
    /// Word's Flat OPC XML (`<pkg:package>`, "Word XML Document").
    case flatOPC = "flat-opc"
    case akomaNtoso = "akoma-ntoso"
    /// Another XML schema read through an `xml_mappings` entry of the configuration.
    case mappedXML = "xml"
    /// US legislative XML (USLM): the US Code, bills, public laws, CFR volumes.
    case uslm
    /// EU Official Journal XML (Formex 4).
    case formex
    /// UK legislation XML (CLML, legislation.gov.uk).
    case clml
    /// NIST OSCAL control catalogs and profiles.
    case oscal
    /// A plain-text outline (check examples and tests).
    case outline
    /// A UTF-8 `.txt` file, read like an outline (one paragraph a line).
    case plainText = "text"
}

extension DocumentFormat {
    /// XML whose structure its markup states (sections, numbers, headings as elements).
    public var isStructuredXML: Bool {
        [.akomaNtoso, .mappedXML, .uslm, .formex, .clml, .oscal].contains(self)
    }
}

/// What a document says about itself.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    /// The reader's best statement of the title.
    public var title: String?
    /// The number or symbol, e.g. `12/QC-STTTT` (from "Số: 12/QC-STTTT") or `ISP-01`.
    public var number: String?
    /// A stable identifier when the format has one (Akoma Ntoso FRBR work URI).
    public var identifier: String?
    /// The issuing body.
    public var issuer: String?
    public var dates: [DocumentDate]
    /// Identifiers or numbers of instruments this document declares it replaces.
    public var replaces: [String]

    public init(
        title: String? = nil, number: String? = nil, identifier: String? = nil,
        issuer: String? = nil, dates: [DocumentDate] = [], replaces: [String] = []
    ) {
        self.title = title
        self.number = number
        self.identifier = identifier
        self.issuer = issuer
        self.dates = dates
        self.replaces = replaces
    }
}

/// A dated event in a document's life: `issued`, `effective`, `created`, or a format's own name.
public struct DocumentDate: Sendable, Equatable, Codable {
    public var kind: String
    public var day: Day

    public init(kind: String, day: Day) {
        self.kind = kind
        self.day = day
    }
}

/// A footnote, endnote or authorial note.
public struct Note: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case footnote, endnote
    }

    public var kind: Kind
    public var id: String
    public var paragraphs: [Paragraph]

    public init(kind: Kind, id: String, paragraphs: [Paragraph]) {
        self.kind = kind
        self.id = id
        self.paragraphs = paragraphs
    }
}

/// A reviewer comment and the body paragraphs its range covers.
public struct Comment: Sendable, Equatable, Codable {
    public var id: String
    public var author: String?
    public var text: String
    /// 1-based paragraph indexes of the first and last paragraph of the commented range.
    public var startParagraph: Int?
    public var endParagraph: Int?

    public init(
        id: String, author: String?, text: String, startParagraph: Int?, endParagraph: Int?
    ) {
        self.id = id
        self.author = author
        self.text = text
        self.startParagraph = startParagraph
        self.endParagraph = endParagraph
    }
}
