import RegLintCore

/// Collects the title, number and dates a mapped schema's metadata block states (the
/// `metadata:` key of an ``XMLStructureMapping``): the first of each wins.
struct MappedMetadata {
    private enum Field {
        case title, number, date(String)
    }

    private var title: String?
    private var number: String?
    private var dates: [DocumentDate] = []
    /// The field being read, and the depth of the element that holds it.
    private var capture: (field: Field, depth: Int, text: TextCollector)?

    mutating func start(_ local: String, reader: XMLStreamReader, profile: StructuredXMLProfile, depth: Int) {
        guard capture == nil else { return }
        let field: Field
        if profile.metadataTitle.contains(local), title == nil {
            field = .title
        } else if profile.metadataNumber.contains(local), number == nil {
            field = .number
        } else if let kind = profile.metadataDates[local], !dates.contains(where: { $0.kind == kind }) {
            if let value = reader.attribute("date") ?? reader.attribute("ISO") ?? reader.attribute("value"),
                let day = Self.day(value)
            {
                dates.append(DocumentDate(kind: kind, day: day))
                return
            }
            field = .date(kind)
        } else {
            return
        }
        var text = TextCollector()
        if let attribute = profile.valueAttributes[local], let value = reader.attribute(attribute) {
            text.append(value, line: 0)
        }
        capture = (field, depth, text)
    }

    mutating func addText(_ text: String) {
        capture?.text.append(text, line: 0)
    }

    /// An element starts inside the field being read: its words stay apart from those before.
    mutating func breakText() {
        capture?.text.appendBreak()
    }

    /// Ends the element at `depth` (the number of elements still open outside it).
    mutating func end(depth: Int) {
        guard let open = capture, open.depth == depth else { return }
        capture = nil
        let text = open.text.text
        guard !text.isEmpty else { return }
        switch open.field {
        case .title: title = text
        case .number: number = text
        case .date(let kind): if let day = Self.day(text) { dates.append(DocumentDate(kind: kind, day: day)) }
        }
    }

    /// Adds what was found to `metadata`, leaving what another source stated.
    func fill(_ metadata: inout DocumentMetadata) {
        if metadata.title == nil { metadata.title = title }
        if metadata.number == nil { metadata.number = number }
        for date in dates where !metadata.dates.contains(where: { $0.kind == date.kind }) {
            metadata.dates.append(date)
        }
    }

    /// `2024-03-13`, `20240313` or a timestamp starting with a date.
    static func day(_ text: String) -> Day? {
        let digits = text.prefix(10)
        if let day = Day(iso: String(digits)) { return day }
        let compact = text.prefix(8)
        guard compact.count == 8, compact.allSatisfy(\.isASCII), compact.allSatisfy(\.isNumber) else { return nil }
        let string = String(compact)
        return Day(iso: "\(string.prefix(4))-\(string.dropFirst(4).prefix(2))-\(string.suffix(2))")
    }
}
