import RegLintCore

/// What the structured-XML reader needs to know about a schema: element roles by local name.
/// Akoma Ntoso has a profile of its own (AkomaNtoso/); every other schema gets one from an
/// ``XMLStructureMapping`` (a built-in profile's or a user's).
struct StructuredXMLProfile: Sendable {
    var format: DocumentFormat
    var sections: [String: SectionKind]
    var number: Set<String>
    var heading: Set<String>
    var paragraphs: Set<String>
    var tables: Set<String>
    var rows: Set<String>
    var cells: Set<String>
    var headerCells: Set<String>
    var title: Set<String>
    /// Inline elements stating the document's number (Akoma Ntoso `docNumber`).
    var documentNumbers: Set<String> = []
    var skip: Set<String>
    /// Inline elements that link somewhere, with the attribute that holds the target.
    var links: [String: String] = [:]
    /// Elements whose content is a note, kept out of the paragraph around it.
    var notes: Set<String> = []
    /// Inline elements that break a line.
    var lineBreaks: Set<String> = []
    /// The attribute holding a node's identifier (`eId` in Akoma Ntoso 3, `id` in 2.0).
    var idAttributes: [String] = []
    /// The element holding document metadata, read by ``AkomaNtosoMetadata``.
    var metadataElement: String?
    /// Inline elements outside a paragraph (`b`, `span`, `person`, `mod` …): their text joins
    /// the text around them in one paragraph. Any other element that is neither a section, a
    /// paragraph, a number, a heading nor a table part ends a paragraph of loose text.
    var inline: Set<String> = []
    /// Elements holding text quoted from another instrument (Akoma Ntoso `quotedStructure`,
    /// `embeddedStructure`): a section of kind ``SectionKind/quotation``, even inside a paragraph.
    var quotations: Set<String> = []
    /// Elements marking omitted text (Akoma Ntoso `omissis`): a paragraph of their own.
    var omissions: Set<String> = []
    /// A number or heading element belongs to a section only as its direct child (Akoma Ntoso);
    /// otherwise (mapped schemas) to the innermost enclosing section, through wrappers.
    var numbersAreSectionChildren = false

    /// Selectors `name[attribute=value]` by element name: an element with that attribute value is
    /// looked up under the selector, before its plain name.
    var conditions: [String: [(attribute: String, value: String, key: String)]] = [:]
    /// Selectors `parent > name` by element name: an element directly inside `parent` is looked
    /// up under the selector, before its attribute conditions and its plain name.
    var parentSelectors: [String: [(parent: String, key: String)]] = [:]
    /// Number, heading and metadata elements (by key) whose text is an attribute's value (`name@attribute`).
    var valueAttributes: [String: String] = [:]
    /// Mapped metadata (schemas other than Akoma Ntoso, whose `meta` has a reader of its own).
    var metadataTitle: Set<String> = []
    var metadataNumber: Set<String> = []
    var metadataDates: [String: String] = [:]
    var metadataElements: Set<String> = []

    init(mapping: XMLStructureMapping, format: DocumentFormat = .mappedXML) {
        self.format = format
        var conditions: [String: [(attribute: String, value: String, key: String)]] = [:]
        var valueAttributes: [String: String] = [:]
        var parentSelectors: [String: [(parent: String, key: String)]] = [:]
        /// Registers a selector's condition and value attribute and returns its lookup key.
        func key(_ selector: String) -> String {
            // `ScheduleBody > P1`: the element only directly inside that parent.
            let steps = selector.split(separator: ">").map { $0.trimmingWhitespace }
            if steps.count == 2, !steps[0].isEmpty, !steps[1].isEmpty {
                let key = steps[0] + " > " + steps[1]
                if !(parentSelectors[steps[1]]?.contains(where: { $0.key == key }) ?? false) {
                    parentSelectors[steps[1], default: []].append((steps[0], key))
                }
                return key
            }
            var key = selector
            if let at = key.lastIndex(of: "@"), !key[at...].contains("]") {
                let attribute = String(key[key.index(after: at)...])
                key = String(key[..<at])
                valueAttributes[key] = attribute
            }
            if let open = key.firstIndex(of: "["), key.hasSuffix("]"),
                let equals = key[open...].firstIndex(of: "=")
            {
                let name = String(key[..<open])
                let attribute = String(key[key.index(after: open)..<equals])
                let value = String(key[key.index(after: equals)..<key.index(before: key.endIndex)])
                if !(conditions[name]?.contains(where: { $0.key == key }) ?? false) {
                    conditions[name, default: []].append((attribute, value, key))
                }
            }
            return key
        }
        func keys(_ selectors: [String]) -> Set<String> { Set(selectors.map(key)) }
        sections = Dictionary(mapping.sections.map { (key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        number = keys(mapping.number)
        heading = keys(mapping.heading)
        paragraphs = keys(mapping.paragraphs)
        tables = keys(mapping.tables)
        rows = keys(mapping.rows)
        cells = keys(mapping.cells)
        headerCells = keys(mapping.headerCells)
        title = keys(mapping.title)
        skip = keys(mapping.skip)
        inline = keys(mapping.inline)
        quotations = keys(mapping.quotations)
        links = Dictionary(mapping.links.map { (key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        notes = keys(mapping.notes)
        idAttributes = mapping.ids
        if let metadata = mapping.metadata {
            metadataElements = keys(metadata.elements)
            metadataTitle = keys(metadata.title)
            metadataNumber = keys(metadata.number)
            metadataDates = Dictionary(
                metadata.dates.map { (key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        // Conditions are tried in a fixed order (longest selector first), whatever the YAML's order.
        self.conditions = conditions.mapValues { selectors in
            selectors.sorted { ($0.key.count, $1.key) > ($1.key.count, $0.key) }
        }
        self.valueAttributes = valueAttributes
        self.parentSelectors = parentSelectors.mapValues { $0.sorted { $0.key < $1.key } }
    }

    /// Whether `local` is a metadata block (Akoma Ntoso `meta`, a mapping's `metadata.elements`).
    func isMetadata(_ local: String) -> Bool {
        local == metadataElement || metadataElements.contains(local)
    }
}
