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

    /// Orders kinds by declaration order (preamble first), so sorted output is stable.
    public static func < (lhs: SectionKind, rhs: SectionKind) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
