/// A unit of content inside a ``Section``: a paragraph or a table.
public enum Block: Sendable, Equatable, Codable {
    case paragraph(Paragraph)
    case table(Table)

    public var location: SourceLocation {
        switch self {
        case .paragraph(let paragraph): paragraph.location
        case .table(let table): table.location
        }
    }

    /// Every paragraph of the block: the paragraph itself, or a table's cell paragraphs row by row.
    public var paragraphs: [Paragraph] {
        switch self {
        case .paragraph(let paragraph): [paragraph]
        case .table(let table): table.rows.flatMap { $0.cells.flatMap(\.paragraphs) }
        }
    }

    /// The number of ``paragraphs``, without building the array.
    package var paragraphCount: Int {
        switch self {
        case .paragraph: 1
        case .table(let table): table.rows.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.paragraphs.count } }
        }
    }
}
