import RegLintCore

/// Collects what an Akoma Ntoso `<meta>` block and the preface say about the document: FRBR
/// work identifier, number, name, date, language and author, and the instruments it replaces
/// (`activeModifications` of type repeal or substitution).
struct AkomaNtosoMetadata {
    private var path: [String] = []
    private var workURI: String?
    private var number: String?
    private var name: String?
    private var workDate: Day?
    private var authorReference: String?
    private var organizations: [String: String] = [:]
    private var languageCode: String?
    private var replaces: [String] = []
    private var modificationType: String?
    private var documentDate: Day?
    private var statedNumberText: String?

    mutating func start(_ local: String, reader: XMLStreamReader) {
        path.append(local)
        let inWork = path.contains("FRBRWork")
        switch local {
        case "FRBRthis" where inWork && workURI == nil:
            workURI = reader.attribute("value")
        case "FRBRnumber" where inWork && number == nil:
            number = reader.attribute("value")
        case "FRBRname" where inWork && name == nil:
            name = reader.attribute("value")
        case "FRBRdate" where inWork && workDate == nil:
            workDate = reader.attribute("date").flatMap(Day.init(iso:))
        case "FRBRauthor" where inWork && authorReference == nil:
            authorReference = reader.attribute("href")
        case "FRBRlanguage" where path.contains("FRBRExpression") && languageCode == nil:
            languageCode = reader.attribute("language")
        case "TLCOrganization":
            if let id = reader.attribute("eId") ?? reader.attribute("id"), let shown = reader.attribute("showAs") {
                organizations[id] = shown
            }
        case "textualMod" where path.contains("activeModifications"):
            modificationType = reader.attribute("type")
        case "destination" where modificationType == "repeal" || modificationType == "substitution":
            if let href = reader.attribute("href") { replaces.append(href) }
        default:
            break
        }
    }

    mutating func end() {
        if path.popLast() == "textualMod" { modificationType = nil }
    }

    /// Inline preface elements with attributes worth keeping (`docDate date="…"`).
    mutating func startInline(_ local: String, reader: XMLStreamReader) {
        if local == "docDate", documentDate == nil {
            documentDate = reader.attribute("date").flatMap(Day.init(iso:))
        }
    }

    /// The text of a `docNumber`, e.g. `Số: 07/QĐ-SKHCN`.
    mutating func statedNumber(_ text: String) {
        if statedNumberText == nil { statedNumberText = text }
    }

    var language: Language? {
        guard let code = languageCode?.lowercased() else { return nil }
        if code.hasPrefix("vi") { return .vi }
        if code.hasPrefix("en") { return .en }
        return .unknown
    }

    var documentMetadata: DocumentMetadata {
        var metadata = DocumentMetadata()
        metadata.title = name
        metadata.identifier = workURI
        if let stated = statedNumberText {
            let withoutWord = stated.hasPrefix("Số") || stated.hasPrefix("SỐ") ? String(stated.dropFirst(2)) : stated
            metadata.number = withoutWord.drop(while: { $0 == ":" || $0 == "." || $0.isWhitespace }).trimmingWhitespace
        } else {
            metadata.number = number
        }
        if let author = authorReference {
            let key = author.hasPrefix("#") ? String(author.dropFirst()) : author
            metadata.issuer = organizations[key]
        }
        if let day = documentDate ?? workDate { metadata.dates.append(DocumentDate(kind: "issued", day: day)) }
        metadata.replaces = replaces
        return metadata
    }
}
