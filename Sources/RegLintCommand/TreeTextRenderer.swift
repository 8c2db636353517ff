import RegLintCore

/// Renders a document's section tree as indented text for people.
///
/// ```
/// corpus/vi/quy-che.docx  (docx, vi)
///   title: QUY CHẾ Làm việc của Sở …
/// ├─ preamble  ¶1
/// │    ¶3  "Căn cứ Luật Tổ chức chính quyền địa phương …"
/// └─ chapter Chương I — QUY ĐỊNH CHUNG  ¶12
///    └─ article Điều 1. — Phạm vi điều chỉnh  ¶14
///       ├─ clause 1.  ¶15  "1. Quy chế này quy định …"
/// ```
enum TreeTextRenderer {
    static let previewLength = 72

    /// The whole rendering as one string (for tests and small documents).
    static func render(_ document: Document) -> String {
        var text = ""
        render(document) { text += $0 + "\n" }
        return text
    }

    /// Renders line by line into `emit`, so a large tree is never held as text in memory.
    static func render(_ document: Document, emit: (String) -> Void) {
        emit("\(document.path)  (\(document.format.rawValue), \(document.language.rawValue))")
        let metadata = document.metadata
        let fields: [(String, String?)] = [
            ("title", metadata.title), ("number", metadata.number), ("identifier", metadata.identifier),
            ("issuer", metadata.issuer),
        ]
        for (label, value) in fields {
            if let value { emit("  \(label): \(value)") }
        }
        for date in metadata.dates { emit("  \(date.kind): \(date.day)") }
        for replaced in metadata.replaces { emit("  replaces: \(replaced)") }
        for (index, section) in document.sections.enumerated() {
            render(section, prefix: "", isLast: index == document.sections.count - 1, emit: emit)
        }
        if !document.notes.isEmpty {
            emit("notes")
            for note in document.notes {
                let path = note.paragraphs.first?.location.sectionPath.joined(separator: " › ") ?? ""
                let text = note.paragraphs.map(\.text).joined(separator: " ")
                emit("  \(note.kind.rawValue) \(note.id) [\(path)]  \(quoted(text))")
            }
        }
        if !document.comments.isEmpty {
            emit("comments")
            for comment in document.comments {
                let author = comment.author.map { " by \($0)" } ?? ""
                let range = [comment.startParagraph, comment.endParagraph].map { $0.map { "¶\($0)" } ?? "?" }
                    .joined(separator: "–")
                emit("  comment \(comment.id)\(author) (\(range))  \(quoted(comment.text))")
            }
        }
    }

    private static func render(_ section: Section, prefix: String, isLast: Bool, emit: (String) -> Void) {
        var line = prefix + (isLast ? "└─ " : "├─ ") + section.kind.rawValue
        if let number = section.number { line += " " + number }
        if let heading = section.heading { line += " — " + preview(heading) }
        let location = section.location.shortDescription
        if !location.isEmpty { line += "  " + location }
        var blocks = section.blocks
        let inlinesText = [.clause, .point, .other].contains(section.kind)
        if inlinesText, section.heading == nil, case .paragraph(let first)? = blocks.first {
            line += "  " + quoted(first.text)
            blocks.removeFirst()
        }
        emit(line)
        let childPrefix = prefix + (isLast ? "   " : "│  ")
        let blockPrefix = childPrefix + (section.children.isEmpty ? "   " : "│  ")
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                emit(blockPrefix + paragraph.location.shortDescription + "  " + quoted(paragraph.text))
            case .table(let table):
                emit(
                    blockPrefix + "table \(table.rows.count)×\(table.columnCount)  " + table.location.shortDescription)
                for (index, row) in table.rows.enumerated() {
                    let cells = row.cells.map { cell in
                        cell.isMergedContinuation ? "⋮" : preview(cell.text, limit: 30)
                    }
                    emit(blockPrefix + "  row \(index + 1): " + cells.joined(separator: " | "))
                }
            }
        }
        for (index, child) in section.children.enumerated() {
            render(child, prefix: childPrefix, isLast: index == section.children.count - 1, emit: emit)
        }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + preview(text) + "\""
    }

    static func preview(_ text: String, limit: Int = previewLength) -> String {
        let collapsed = text.collapsingWhitespace
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit - 1)) + "…"
    }
}
