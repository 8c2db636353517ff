/// Where a node of the section tree came from.
///
/// XML formats carry `line` and `column` (1-based; the column counts bytes, as compilers do);
/// DOCX carries the 1-based `paragraph` index in document order (table and text-box paragraphs
/// included). Every node also knows its `sectionPath`, e.g. `["Chương II", "Điều 5", "Khoản 2"]`,
/// and Akoma Ntoso nodes their `eId`.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file path exactly as it was given to the reader.
    public var file: String
    public var line: Int?
    public var column: Int?
    public var paragraph: Int?
    public var sectionPath: [String]
    public var eId: String?

    public init(
        file: String, line: Int? = nil, column: Int? = nil, paragraph: Int? = nil,
        sectionPath: [String] = [], eId: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.paragraph = paragraph
        self.sectionPath = sectionPath
        self.eId = eId
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
