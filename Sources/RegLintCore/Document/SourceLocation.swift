/// Where a node of the section tree came from.
///
/// XML formats carry `line` and `column` (1-based; the column counts bytes, as compilers do);
/// DOCX carries the 1-based `paragraph` index in document order (table and text-box paragraphs
/// included). Every node also knows its `sectionPath`, e.g. `["Chương II", "Điều 5", "Khoản 2"]`,
/// and Akoma Ntoso nodes their `eId`.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file path exactly as it was given to the reader.
    public var file: String
    public var sectionPath: [String]
    public var eId: String?
    // Positions are stored as 32-bit numbers (0 = absent): a large document has hundreds of
    // thousands of locations, and this halves their size.
    private var storedLine: UInt32
    private var storedColumn: UInt32
    private var storedParagraph: UInt32

    public var line: Int? {
        get { storedLine == 0 ? nil : Int(storedLine) }
        set { storedLine = Self.store(newValue) }
    }

    /// Hashes the positions, the innermost section and the eId, not the file and the whole
    /// section path (equal locations agree on all of these): locations are dictionary keys in
    /// every check, and they come from one file there.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
        hasher.combine(storedParagraph)
        hasher.combine(sectionPath.count)
        hasher.combine(sectionPath.last)
        hasher.combine(eId)
    }

    public var column: Int? {
        get { storedColumn == 0 ? nil : Int(storedColumn) }
        set { storedColumn = Self.store(newValue) }
    }

    public var paragraph: Int? {
        get { storedParagraph == 0 ? nil : Int(storedParagraph) }
        set { storedParagraph = Self.store(newValue) }
    }

    public init(
        file: String, line: Int? = nil, column: Int? = nil, paragraph: Int? = nil,
        sectionPath: [String] = [], eId: String? = nil
    ) {
        self.file = file
        self.sectionPath = sectionPath
        self.eId = eId
        storedLine = Self.store(line)
        storedColumn = Self.store(column)
        storedParagraph = Self.store(paragraph)
    }

    private static func store(_ value: Int?) -> UInt32 {
        guard let value, value > 0 else { return 0 }
        return UInt32(clamping: value)
    }

    enum CodingKeys: String, CodingKey {
        case file, line, column, paragraph, sectionPath, eId
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file),
            line: try container.decodeIfPresent(Int.self, forKey: .line),
            column: try container.decodeIfPresent(Int.self, forKey: .column),
            paragraph: try container.decodeIfPresent(Int.self, forKey: .paragraph),
            sectionPath: try container.decodeIfPresent([String].self, forKey: .sectionPath) ?? [],
            eId: try container.decodeIfPresent(String.self, forKey: .eId))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encodeIfPresent(paragraph, forKey: .paragraph)
        try container.encode(sectionPath, forKey: .sectionPath)
        try container.encodeIfPresent(eId, forKey: .eId)
    }

    /// A short human description: `line 12:5`, `¶27`, or the section path.
    public var shortDescription: String {
        var parts: [String] = []
        if let line {
            parts.append(column.map { "line \(line):\($0)" } ?? "line \(line)")
        } else if let paragraph {
            parts.append("¶\(paragraph)")
        }
        if let eId { parts.append("#\(eId)") }
        return parts.joined(separator: " ")
    }
}
