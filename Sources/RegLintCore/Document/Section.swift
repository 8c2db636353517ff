/// A node of the section tree: part › chapter › section › article › clause › point.
public struct Section: Sendable, Equatable, Codable {
    public var kind: SectionKind
    /// The number label as printed, e.g. `Điều 5.`, `Chương II`, `4.2`, `(a)`.
    public var number: String?
    /// The heading text after the number, e.g. `Phạm vi điều chỉnh`.
    public var heading: String?
    /// Paragraphs and tables directly inside this section, before and between its children.
    public var blocks: [Block]
    public var children: [Section]
    public var location: SourceLocation

    public init(
        kind: SectionKind, number: String? = nil, heading: String? = nil, blocks: [Block] = [],
        children: [Section] = [], location: SourceLocation
    ) {
        self.kind = kind
        self.number = number
        self.heading = heading
        self.blocks = blocks
        self.children = children
        self.location = location
    }

    /// The short name this section contributes to a section path, e.g. `Điều 5` or `Khoản 2`.
    public var pathComponent: String {
        location.sectionPath.last ?? kind.rawValue
    }

    /// The number without keyword or punctuation: `Điều 5.` → `5`, `(a)` → `a`, `4.2.` → `4.2`.
    public var numberValue: String? {
        number.map(SectionNumber.value(of:))
    }

    /// This section and all its descendants in document order.
    public var allSections: [Section] {
        [self] + children.flatMap(\.allSections)
    }
}
