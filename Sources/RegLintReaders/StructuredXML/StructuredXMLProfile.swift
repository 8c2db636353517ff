import RegLintCore

/// What the structured-XML reader needs to know about a schema: element roles by local name.
/// Akoma Ntoso has a built-in profile; other schemas get one from an ``XMLStructureMapping``.
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

    init(mapping: XMLStructureMapping) {
        format = .mappedXML
        sections = mapping.sections
        number = Set(mapping.number)
        heading = Set(mapping.heading)
        paragraphs = Set(mapping.paragraphs)
        tables = Set(mapping.tables)
        rows = Set(mapping.rows)
        cells = Set(mapping.cells)
        headerCells = Set(mapping.headerCells)
        title = Set(mapping.title)
        skip = Set(mapping.skip)
    }

    /// Akoma Ntoso 3.0 (and its drafts, 2.0 and national profiles, which share element names).
    static let akomaNtoso: StructuredXMLProfile = {
        var profile = StructuredXMLProfile(
            mapping: XMLStructureMapping(
                sections: [
                    "book": .part, "tome": .part, "part": .part, "subpart": .part, "title": .part,
                    "subtitle": .part, "chapter": .chapter, "subchapter": .chapter, "section": .section,
                    "subsection": .clause, "article": .article, "rule": .article, "paragraph": .clause,
                    "subrule": .clause, "clause": .clause, "subparagraph": .point, "subclause": .point,
                    "point": .point, "indent": .point, "alinea": .point, "item": .point,
                    "hcontainer": .other, "level": .other, "division": .other, "transitional": .other,
                    "proviso": .other, "preface": .preamble, "preamble": .preamble, "coverPage": .preamble,
                    "conclusions": .other, "attachment": .annex, "annex": .annex, "introduction": .other,
                    "background": .other, "arguments": .other, "remedies": .other, "motivation": .other,
                    "decision": .other, "debateSection": .other, "crossHeading": .other,
                    // Titled blocks (explanatory memoranda, notes), numbered recitals, a judgment's header.
                    "tblock": .other, "blockContainer": .other, "recital": .other, "header": .preamble,
                    // Debate sections (AKN's speechSection group besides debateSection).
                    "address": .other, "adjournment": .other, "administrationOfOath": .other,
                    "communication": .other, "declarationOfVote": .other, "ministerialStatements": .other,
                    "nationalInterest": .other, "noticesOfMotion": .other, "oralStatements": .other,
                    "papers": .other, "personalStatements": .other, "petitions": .other, "pointOfOrder": .other,
                    "prayers": .other, "proceduralMotions": .other, "questions": .other, "resolutions": .other,
                    "rollCall": .other, "writtenStatements": .other,
                ],
                number: ["num"], heading: ["heading", "subheading"],
                paragraphs: ["p", "listIntroduction", "listWrapUp", "block", "tocItem"],
                cells: ["td"], headerCells: ["th"], skip: ["componentRef", "documentRef", "img"]))
        profile.format = .akomaNtoso
        profile.title = ["docTitle"]
        profile.documentNumbers = ["docNumber"]
        profile.links = ["ref": "href", "rref": "from", "mref": "href", "a": "href"]
        profile.notes = ["authorialNote", "note"]
        profile.lineBreaks = ["eol", "eop", "br"]
        profile.idAttributes = ["eId", "id", "GUID"]
        profile.metadataElement = "meta"
        profile.inline = akomaNtosoInline
        profile.quotations = ["quotedStructure", "embeddedStructure"]
        profile.omissions = ["omissis"]
        profile.numbersAreSectionChildren = true
        return profile
    }()

    /// Akoma Ntoso's inline elements (the schema's `inline`, `HTMLinline`, `markers` and
    /// `inlineCM` groups), less those the reader gives a role of their own (links, notes, line
    /// breaks, `docTitle`, `docNumber`, `omissis`, quoted structures).
    static let akomaNtosoInline: Set<String> = [
        "abbr", "affectedDocument", "argument", "b", "change", "concept", "courtType", "date", "decoration", "def",
        "del", "docAuthority", "docCommittee", "docDate", "docIntroducer", "docJurisdiction", "docProponent",
        "docPurpose", "docStage", "docStatus", "docType", "docketNumber", "embeddedText", "entity", "event",
        "extractText", "fillIn", "i", "inline", "ins", "judge", "lawyer", "legislature", "location", "marker", "mmod",
        "mod", "neutralCitation", "noteRef", "object", "opinion", "organization", "outcome", "party", "passiveRef",
        "person", "placeholder", "popup", "process", "quantity", "quotedText", "recordedTime", "relatedDocument",
        "remark", "rmod", "role", "session", "shortTitle", "signature", "span", "sub", "sup", "term", "time", "u",
        "vote",
    ]
}
