/// How to read an XML schema reglint has no reader for: which elements are sections, which hold
/// their number and heading, which are paragraphs and tables.
///
/// In `.reglint.yml`:
/// ```yaml
/// xml_mappings:
///   - namespace: "urn:example:house-rules"   # the root element's namespace ("" for none)
///     root: rules                            # optional: the root element's local name (or a list)
///     title: [title]                         # elements whose text is the document title
///     sections: {chapter: chapter, rule: article, item: point}
///     number: [no]
///     heading: [name]
///     paragraphs: [para]
/// ```
/// Element names are local names in the mapped namespace (`dc:`, `dcterms:` and `xhtml:` name
/// elements of Dublin Core and XHTML); `name[attribute=value]` selects only the elements with
/// that attribute value, and a number, heading or metadata element written `name@attribute`
/// takes its text from that attribute. Tables default to HTML's `table`/`tr`/`td`/`th`. The
/// built-in profiles (USLM, Formex, CLML, OSCAL) are entries of this shape.
public struct XMLStructureMapping: Sendable, Equatable, Codable {
    public var namespace: String?
    /// Local names the root element may have (any when empty).
    public var roots: [String]
    public var title: [String]
    public var sections: [String: SectionKind]
    public var number: [String]
    public var heading: [String]
    public var paragraphs: [String]
    public var tables: [String]
    public var rows: [String]
    public var cells: [String]
    public var headerCells: [String]
    /// Elements skipped with everything inside them.
    public var skip: [String]
    /// Elements whose text continues the paragraph around them (`b`, `i`, `ref` …); any other
    /// element ends a paragraph of loose text.
    public var inline: [String]
    /// Elements quoting another instrument (amendments): a section of kind `quotation`.
    public var quotations: [String]
    /// Inline elements that link somewhere → the attribute holding the target.
    public var links: [String: String]
    /// Elements whose content is a note (footnote), kept out of the paragraph around it.
    public var notes: [String]
    /// Attributes holding an element's identifier (internal links can target them).
    public var ids: [String]
    /// Where the document's metadata is, and which of its elements give title, number and dates.
    public var metadata: MetadataMapping?

    /// The metadata block of a schema: not body text; its `title`, `number` and `dates`
    /// elements fill the document's metadata.
    public struct MetadataMapping: Sendable, Equatable, Codable {
        /// Elements holding metadata (their text is not body text).
        public var elements: [String]
        public var title: [String]
        public var number: [String]
        /// Element → date kind (`issued`, `effective`, `created`, …); the date is the element's
        /// `date`, `ISO` or `value` attribute, else its text (`2024-03-13` or `20240313`).
        public var dates: [String: String]

        public init(elements: [String] = [], title: [String] = [], number: [String] = [], dates: [String: String] = [:])
        {
            self.elements = elements
            self.title = title
            self.number = number
            self.dates = dates
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            elements = try container.names(.elements) ?? []
            title = try container.names(.title) ?? []
            number = try container.names(.number) ?? []
            dates = try container.decodeIfPresent([String: String].self, forKey: .dates) ?? [:]
        }
    }

    public init(
        namespace: String? = nil, root: String? = nil, title: [String] = [],
        sections: [String: SectionKind] = [:], number: [String] = [], heading: [String] = [],
        paragraphs: [String] = [], tables: [String] = ["table"], rows: [String] = ["tr"],
        cells: [String] = ["td"], headerCells: [String] = ["th"], skip: [String] = []
    ) {
        self.namespace = namespace
        self.roots = root.map { [$0] } ?? []
        self.title = title
        self.sections = sections
        self.number = number
        self.heading = heading
        self.paragraphs = paragraphs
        self.tables = tables
        self.rows = rows
        self.cells = cells
        self.headerCells = headerCells
        self.skip = skip
        inline = []
        quotations = []
        links = [:]
        notes = []
        ids = []
        metadata = nil
    }

    /// The first root name, if the mapping names any.
    public var root: String? { roots.first }

    enum CodingKeys: String, CodingKey {
        case namespace, title, sections, number, heading, paragraphs, tables, rows, cells, skip
        case inline, quotations, links, notes, ids, metadata
        case roots = "root"
        case headerCells = "header_cells"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = XMLStructureMapping()
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        roots = try container.names(.roots) ?? []
        title = try container.names(.title) ?? defaults.title
        sections = try container.decodeIfPresent([String: SectionKind].self, forKey: .sections) ?? [:]
        number = try container.names(.number) ?? defaults.number
        heading = try container.names(.heading) ?? defaults.heading
        paragraphs = try container.names(.paragraphs) ?? defaults.paragraphs
        tables = try container.names(.tables) ?? defaults.tables
        rows = try container.names(.rows) ?? defaults.rows
        cells = try container.names(.cells) ?? defaults.cells
        headerCells = try container.names(.headerCells) ?? defaults.headerCells
        skip = try container.names(.skip) ?? defaults.skip
        inline = try container.names(.inline) ?? []
        quotations = try container.names(.quotations) ?? []
        links = try container.decodeIfPresent([String: String].self, forKey: .links) ?? [:]
        notes = try container.names(.notes) ?? []
        ids = try container.names(.ids) ?? []
        metadata = try container.decodeIfPresent(MetadataMapping.self, forKey: .metadata)
    }

    /// Whether this mapping is for a document whose root element is `{namespace}localName`.
    public func matches(rootNamespace: String, rootName: String) -> Bool {
        if let namespace, namespace != rootNamespace { return false }
        if !roots.isEmpty, !roots.contains(rootName) { return false }
        return namespace != nil || !roots.isEmpty
    }
}

extension KeyedDecodingContainer {
    /// One name or a list of names; nil when the key is absent.
    fileprivate func names(_ key: Key) throws -> [String]? {
        if let list = try? decodeIfPresent([String].self, forKey: key) { return list }
        if let single = try decodeIfPresent(String.self, forKey: key) { return [single] }
        return nil
    }
}
