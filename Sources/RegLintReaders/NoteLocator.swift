import RegLintCore

/// Gives notes the section path of the paragraph that references them, plus `Footnote N`.
struct NoteLocator {
    /// Where a note is referenced: a DOCX paragraph index or an XML line.
    enum Key: Hashable {
        case paragraph(Int)
        case line(Int)
    }

    private var paths: [Key: [String]] = [:]

    /// Indexes the section paths of the paragraphs that `keys` name, walking the tree in place.
    init(sections: [Section], keys wanted: Set<Key>) {
        guard !wanted.isEmpty else { return }
        func visit(_ section: Section) {
            for block in section.blocks {
                if case .paragraph(let paragraph) = block {
                    for key in Self.keys(of: paragraph.location) where wanted.contains(key) {
                        paths[key] = section.location.sectionPath
                    }
                }
            }
            for key in Self.keys(of: section.location) where wanted.contains(key) && paths[key] == nil {
                paths[key] = section.location.sectionPath
            }
            for child in section.children { visit(child) }
        }
        for section in sections { visit(section) }
    }

    private static func keys(of location: SourceLocation) -> [Key] {
        [location.paragraph.map(Key.paragraph), location.line.map(Key.line)].compactMap { $0 }
    }

    func place(_ note: Note, referencedAt key: Key?) -> Note {
        var note = note
        let label = (note.kind == .footnote ? "Footnote " : "Endnote ") + note.id
        let base = key.flatMap { paths[$0] } ?? []
        for index in note.paragraphs.indices {
            note.paragraphs[index].location.sectionPath = base + [label]
        }
        return note
    }
}
