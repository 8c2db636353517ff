import Foundation
import RegLintChecks
import RegLintCore

/// Renders section trees as JSON with full texts, for tools and golden tests.
enum TreeJSONRenderer {
    struct DocumentView: Encodable {
        var path: String
        var format: String
        var language: String
        var metadata: DocumentMetadata
        var sections: [SectionView]
        var notes: [NoteView]
        var comments: [Comment]
        /// The applicable profiles and their clauses (absent when not asked for).
        var profiles: [TreeProfileRenderer.ProfileView]?
    }

    struct SectionView: Encodable {
        var kind: String
        var number: String?
        var heading: String?
        var path: [String]
        var location: LocationView
        var blocks: [BlockView]
        var children: [SectionView]

        init(_ section: Section) {
            kind = section.kind.rawValue
            number = section.number
            heading = section.heading
            path = section.location.sectionPath
            location = LocationView(section.location)
            blocks = section.blocks.map(BlockView.init)
            children = section.children.map(SectionView.init)
        }
    }

    struct LocationView: Encodable {
        var line: Int?
        var column: Int?
        var paragraph: Int?
        var eId: String?

        init(_ location: SourceLocation) {
            line = location.line
            column = location.column
            paragraph = location.paragraph
            eId = location.eId
        }
    }

    struct BlockView: Encodable {
        var type: String
        var text: String?
        var links: [Link]?
        var rows: [[String]]?
        var location: LocationView

        init(_ block: Block) {
            location = LocationView(block.location)
            switch block {
            case .paragraph(let paragraph):
                type = "paragraph"
                text = paragraph.text
                links = paragraph.links.isEmpty ? nil : paragraph.links
            case .table(let table):
                type = "table"
                rows = table.rows.map { $0.cells.map(\.text) }
            }
        }
    }

    struct NoteView: Encodable {
        var kind: String
        var id: String
        var path: [String]
        var text: String
    }

    /// One document as a pretty-printed JSON object with sorted keys.
    static func render(_ document: Document, profiles: [ProfileMatch]? = nil) throws -> String {
        let view = DocumentView(
            path: document.path, format: document.format.rawValue, language: document.language.rawValue,
            metadata: document.metadata, sections: document.sections.map(SectionView.init),
            notes: document.notes.map { note in
                NoteView(
                    kind: note.kind.rawValue, id: note.id,
                    path: note.paragraphs.first?.location.sectionPath ?? [],
                    text: note.paragraphs.map(\.text).joined(separator: "\n"))
            },
            comments: document.comments, profiles: profiles.map(TreeProfileRenderer.views))
        return String(decoding: try JSONEncoder.deterministic.encode(view), as: UTF8.self)
    }
}
