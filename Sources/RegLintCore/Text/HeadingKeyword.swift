/// A word that opens a structural heading, such as `Điều` or `Chapter`, and what it opens.
package struct HeadingKeyword: Sendable {
    package let word: String
    package let kind: SectionKind
    /// Depth in the hierarchy: part and annex 0, chapter 1, mục 2, article 3.
    package let level: Int
    package let language: Language

    /// Every keyword, longest first so `Phụ lục` wins over shorter words.
    package static let all: [HeadingKeyword] = [
        .init(word: "Phụ lục", kind: .annex, level: 0, language: .vi),
        .init(word: "Appendix", kind: .annex, level: 0, language: .en),
        .init(word: "Schedule", kind: .annex, level: 0, language: .en),
        .init(word: "Chapter", kind: .chapter, level: 1, language: .en),
        .init(word: "Section", kind: .section, level: 3, language: .en),
        .init(word: "Article", kind: .article, level: 3, language: .en),
        .init(word: "Chương", kind: .chapter, level: 1, language: .vi),
        .init(word: "Annex", kind: .annex, level: 0, language: .en),
        .init(word: "Phần", kind: .part, level: 0, language: .vi),
        .init(word: "Điều", kind: .article, level: 3, language: .vi),
        .init(word: "Part", kind: .part, level: 0, language: .en),
        .init(word: "Mục", kind: .section, level: 2, language: .vi),
    ]

    /// Whether `text` starts with this word (first letter capital; the rest in either case)
    /// followed by white space or the end.
    package func matchesPrefix(of text: Substring) -> Bool {
        // The keyword's first letter is a capital with no other capital that lowercases to it.
        guard text.unicodeScalars.first == word.unicodeScalars.first, let first = text.first, first.isUppercase else {
            return false
        }
        let head = text.prefix(word.count)
        guard head.count == word.count,
            head.lowercased() == word.lowercased()
        else { return false }
        let rest = text.dropFirst(word.count)
        return rest.first.map { $0.isWhitespace } ?? true
    }

    /// The word used in section paths for a kind, e.g. `Khoản` for a Vietnamese clause.
    package static func pathWord(for kind: SectionKind, language: Language) -> String {
        switch (kind, language) {
        case (.part, .vi): "Phần"
        case (.chapter, .vi): "Chương"
        case (.section, .vi): "Mục"
        case (.article, .vi): "Điều"
        case (.clause, .vi): "Khoản"
        case (.point, .vi): "Điểm"
        case (.annex, .vi): "Phụ lục"
        case (.preamble, _): "Preamble"
        case (.part, _): "Part"
        case (.chapter, _): "Chapter"
        case (.section, _): "Section"
        case (.article, _): "Article"
        case (.clause, _): "Clause"
        case (.point, _): "Point"
        case (.annex, _): "Annex"
        case (.other, _): "Other"
        case (.quotation, _): "Quotation"
        }
    }
}
