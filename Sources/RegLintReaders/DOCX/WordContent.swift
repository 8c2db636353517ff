import RegLintCore

/// A paragraph as WordprocessingML states it, before automatic numbering is applied.
struct WordParagraph {
    var index: Int
    var text = ""
    var utf16Length = 0
    var spans: [TextSpan] = []
    var links: [Link] = []
    var styleID: String?
    var numberingID: String?
    var numberingLevel: Int?
    var outlineLevel: Int?
    var isMarkDeleted = false
    var boldLength = 0
    var plainLength = 0
    /// Text boxes anchored in this paragraph, delivered right after it.
    var nested: [WordItem] = []
    var noteReferences: [String] = []

    /// Appends visible text from run number `run`.
    mutating func append(_ piece: String, run: Int, isBold: Bool) {
        guard !piece.isEmpty else { return }
        let length = piece.utf16.count
        if let last = spans.last, case .run(let index, _) = last.source, index == run,
            last.offset + last.length == utf16Length
        {
            spans[spans.count - 1].length += length
        } else {
            spans.append(TextSpan(offset: utf16Length, length: length, source: .run(index: run, offset: 0)))
        }
        text += piece
        utf16Length += length
        let visible = Self.visibleScalarCount(piece)
        if isBold { boldLength += visible } else { plainLength += visible }
    }

    /// The scalars of `piece` that are not white space (ASCII by value, the rest by property).
    private static func visibleScalarCount(_ piece: String) -> Int {
        var count = 0
        for scalar in piece.unicodeScalars where !scalar.isWhitespace { count += 1 }
        return count
    }

    /// This paragraph's content placed before `next`'s (a deleted paragraph mark joins them).
    func joined(before next: WordParagraph) -> WordParagraph {
        var result = next
        result.index = index
        result.text = text + next.text
        result.utf16Length = utf16Length + next.utf16Length
        result.spans = spans + next.spans.map { $0.shifted(by: utf16Length) }
        result.links = links + next.links.map { $0.shifted(by: utf16Length) }
        result.boldLength += boldLength
        result.plainLength += plainLength
        result.nested = nested + next.nested
        result.noteReferences = noteReferences + next.noteReferences
        return result
    }
}

/// A table cell with its grid position, before vertical merges are resolved.
struct WordCell {
    var paragraphs: [WordParagraph] = []
    var columnSpan = 1
    var verticalMerge: String?
    /// Grid columns left empty before this cell (`w:gridBefore` of its row, on the first cell).
    var columnsBefore = 0
}

/// A table as WordprocessingML states it.
struct WordTable {
    var rows: [[WordCell]] = []
    var firstParagraphIndex: Int
}

/// What the WordprocessingML reader delivers, in document order.
enum WordItem {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// The story a paragraph belongs to: the body, or a footnote, endnote or comment.
struct WordStory: Equatable {
    enum Kind: Equatable {
        case body, footnote, endnote, comment
    }

    var kind: Kind
    var id: String = ""
    var author: String?

    static let body = WordStory(kind: .body)
}

/// A comment's anchor range, by paragraph index.
struct WordCommentRange {
    var start: Int?
    var end: Int?
}
