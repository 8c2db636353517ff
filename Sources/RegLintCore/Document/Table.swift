/// A table: rows of cells, each cell holding paragraphs.
public struct Table: Sendable, Equatable, Codable {
    public var rows: [TableRow]
    public var location: SourceLocation

    public init(rows: [TableRow], location: SourceLocation) {
        self.rows = rows
        self.location = location
    }

    /// The number of columns of the widest row, counting column spans.
    public var columnCount: Int {
        rows.map { $0.cells.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0
    }
}

/// One row of a ``Table``.
public struct TableRow: Sendable, Equatable, Codable {
    public var cells: [TableCell]

    public init(cells: [TableCell]) {
        self.cells = cells
    }
}

/// One cell of a ``TableRow``.
///
/// A cell covered by a vertical merge from the row above is kept (so rows stay aligned) with
/// `isMergedContinuation` set and no text; the merge's first cell carries the `rowSpan`.
public struct TableCell: Sendable, Equatable, Codable {
    public var paragraphs: [Paragraph]
    public var columnSpan: Int
    public var rowSpan: Int
    public var isMergedContinuation: Bool
    public var isHeader: Bool

    public init(
        paragraphs: [Paragraph], columnSpan: Int = 1, rowSpan: Int = 1,
        isMergedContinuation: Bool = false, isHeader: Bool = false
    ) {
        self.paragraphs = paragraphs
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.isMergedContinuation = isMergedContinuation
        self.isHeader = isHeader
    }

    /// The cell's paragraphs joined by newlines.
    public var text: String {
        paragraphs.map(\.text).joined(separator: "\n")
    }
}
