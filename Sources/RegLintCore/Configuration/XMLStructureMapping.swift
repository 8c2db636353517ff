/// How to read an XML schema reglint has no reader for: which elements are sections, which hold
/// their number and heading, which are paragraphs and tables.
///
/// In `.reglint.yml`:
/// ```yaml
/// xml_mappings:
///   - namespace: "urn:example:house-rules"   # the root element's namespace ("" for none)
///     root: rules                            # optional: the root element's local name
///     title: [title]                         # elements whose text is the document title
///     sections: {chapter: chapter, rule: article, item: point}
///     number: [no]
///     heading: [name]
///     paragraphs: [para]
/// ```
/// Element names are local names in the mapped namespace; tables default to HTML's
/// `table`/`tr`/`td`/`th`.
public struct XMLStructureMapping: Sendable, Equatable, Codable {
    public var namespace: String?
    public var root: String?
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

    public init(
        namespace: String? = nil, root: String? = nil, title: [String] = [],
        sections: [String: SectionKind] = [:], number: [String] = [], heading: [String] = [],
        paragraphs: [String] = [], tables: [String] = ["table"], rows: [String] = ["tr"],
        cells: [String] = ["td"], headerCells: [String] = ["th"], skip: [String] = []
    ) {
        self.namespace = namespace
        self.root = root
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
    }

    enum CodingKeys: String, CodingKey {
        case namespace, root, title, sections, number, heading, paragraphs, tables, rows, cells, skip
        case headerCells = "header_cells"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = XMLStructureMapping()
        func names(_ key: CodingKeys, _ fallback: [String]) throws -> [String] {
            if let list = try? container.decodeIfPresent([String].self, forKey: key) { return list }
            if let single = try container.decodeIfPresent(String.self, forKey: key) { return [single] }
            return fallback
        }
        namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        root = try container.decodeIfPresent(String.self, forKey: .root)
        title = try names(.title, defaults.title)
        sections = try container.decodeIfPresent([String: SectionKind].self, forKey: .sections) ?? [:]
        number = try names(.number, defaults.number)
        heading = try names(.heading, defaults.heading)
        paragraphs = try names(.paragraphs, defaults.paragraphs)
        tables = try names(.tables, defaults.tables)
        rows = try names(.rows, defaults.rows)
        cells = try names(.cells, defaults.cells)
        headerCells = try names(.headerCells, defaults.headerCells)
        skip = try names(.skip, defaults.skip)
    }

    /// Whether this mapping is for a document whose root element is `{namespace}localName`.
    public func matches(rootNamespace: String, rootName: String) -> Bool {
        if let namespace, namespace != rootNamespace { return false }
        if let root, root != rootName { return false }
        return namespace != nil || root != nil
    }
}
