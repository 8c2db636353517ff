/// The structural role of a ``Section`` in a regulation's hierarchy.
///
/// Vietnamese and English names map onto one vocabulary: *phần* → part, *chương* → chapter,
/// *mục* → section, *điều* → article, *khoản* → clause, *điểm* → point, *phụ lục* → annex.
public enum SectionKind: String, Sendable, Codable, CaseIterable, Comparable {
    case preamble
    case part
    case chapter
    case section
    case article
    case clause
    case point
    case annex
    case other
    /// Text quoted from or into another instrument: an amendment's inserted provisions (Akoma
    /// Ntoso `quotedStructure`, `embeddedStructure`; a DOCX block in quotation marks after
    /// "insert:"). Its descendants belong to that instrument, so checks of this document's own
    /// numbering and cross-references skip them; their text stays in the tree.
    case quotation

    /// Orders kinds by declaration order (preamble first), so sorted output is stable.
    public static func < (lhs: SectionKind, rhs: SectionKind) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
