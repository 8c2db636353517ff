import Foundation
import RegLintCore

/// Reads a WordprocessingML package (`.docx` or Flat OPC) into a ``Document``.
struct DocxReader {
    let path: String
    let format: DocumentFormat
    let language: Language?

    func read(_ package: OPCPackage) throws -> Document {
        let rootRelationships = try package.relationships(of: "", file: path)
        let mainPart =
            rootRelationships.first { $0.kind == "officeDocument" && !$0.isExternal }?.target ?? "word/document.xml"
        guard let mainData = try package.part(mainPart) else {
            throw ReaderError.missingPart(file: path, part: mainPart)
        }
        guard FileSignature.looksLikeXML([UInt8](mainData.prefix(512))) else {
            throw ReaderError.badArchive(file: path, detail: "the main part \(mainPart) is not XML")
        }
        let relationships = try package.relationships(of: mainPart, file: path)
        func related(_ kind: String) throws -> (name: String, data: Data)? {
            guard let relationship = relationships.first(where: { $0.kind == kind && !$0.isExternal }),
                let data = try package.part(relationship.target)
            else { return nil }
            return (relationship.target, data)
        }
        let styles =
            try related("styles").map { try StyleSheet(data: $0.data, file: path, part: $0.name) } ?? StyleSheet()
        let numbering =
            try related("numbering").map { try NumberingDefinitions(data: $0.data, file: path, part: $0.name) }
            ?? NumberingDefinitions()
        var hyperlinks: [String: String] = [:]
        for relationship in relationships where relationship.kind == "hyperlink" {
            hyperlinks[relationship.id] = relationship.target
        }
        var converter = WordParagraphConverter(path: path, styles: styles, numbering: numbering)

        var builder = SectionTreeBuilder(file: path, language: language)
        var body = WordprocessingMLReader(file: path, part: mainPart, styles: styles, hyperlinkTargets: hyperlinks)
        var noteReferences: [String: Int] = [:]
        try body.read(mainData) { item, _ in
            switch item {
            case .paragraph(let wordParagraph):
                for id in wordParagraph.noteReferences { noteReferences[id] = wordParagraph.index }
                if let (paragraph, hints) = converter.paragraph(wordParagraph) {
                    builder.addParagraph(paragraph, hints: hints)
                }
            case .table(let wordTable):
                for id in wordTable.rows.flatMap({ $0.flatMap { $0.paragraphs.flatMap(\.noteReferences) } }) {
                    noteReferences[id] = wordTable.firstParagraphIndex
                }
                builder.addTable(converter.table(wordTable))
            }
        }

        var notesConverter = WordParagraphConverter(path: path, styles: styles, numbering: numbering)
        var notes: [Note] = []
        for (kind, noteKind) in [("footnotes", Note.Kind.footnote), ("endnotes", Note.Kind.endnote)] {
            guard let (name, data) = try related(kind) else { continue }
            var reader = WordprocessingMLReader(file: path, part: name, styles: styles, hyperlinkTargets: hyperlinks)
            var byID: [(String, [Paragraph])] = []
            try reader.read(data) { item, story in
                let paragraphs = notesConverter.paragraphs(of: item, location: noteReferences[story.id])
                guard !paragraphs.isEmpty else { return }
                if byID.last?.0 == story.id {
                    byID[byID.count - 1].1 += paragraphs
                } else {
                    byID.append((story.id, paragraphs))
                }
            }
            notes += byID.map { Note(kind: noteKind, id: $0.0, paragraphs: $0.1) }
        }

        var comments: [Comment] = []
        if let (name, data) = try related("comments") {
            var reader = WordprocessingMLReader(file: path, part: name, styles: styles, hyperlinkTargets: hyperlinks)
            try reader.read(data) { item, story in
                let text = notesConverter.paragraphs(of: item, location: nil).map(\.text).joined(separator: "\n")
                if let last = comments.indices.last, comments[last].id == story.id {
                    comments[last].text += "\n" + text
                } else {
                    let range = body.commentRanges[story.id]
                    comments.append(
                        Comment(
                            id: story.id, author: story.author, text: text, startParagraph: range?.start,
                            endParagraph: range?.end))
                }
            }
        }

        let coreName = rootRelationships.first { $0.kind == "core-properties" }?.target ?? "docProps/core.xml"
        let core =
            try package.part(coreName).map { try CoreProperties(data: $0, file: path, part: coreName) }
            ?? CoreProperties()
        var built = builder.finish()
        if built.metadata.title == nil { built.metadata.title = core.title }
        if let created = core.created { built.metadata.dates.append(DocumentDate(kind: "created", day: created)) }
        let referenceKeys = notes.compactMap { $0.paragraphs.first?.location.paragraph.map(NoteLocator.Key.paragraph) }
        let locator = NoteLocator(sections: built.sections, keys: Set(referenceKeys))
        return Document(
            path: path, format: format, language: built.language, metadata: built.metadata,
            sections: built.sections,
            notes: notes.map { note in
                locator.place(
                    note, referencedAt: note.paragraphs.first?.location.paragraph.map(NoteLocator.Key.paragraph))
            },
            comments: comments, suppressions: Self.suppressions(from: comments, path: path))
    }

    /// Word comments whose text starts `reglint: disable RULE …` silence those rules over the
    /// paragraphs the comment covers.
    static func suppressions(from comments: [Comment], path: String) -> [Suppression] {
        comments.compactMap { comment in
            let text = comment.text.trimmingWhitespace
            // reglint's own comments (`reglint annotate`) report findings; they never silence one.
            guard comment.author != DocxAnnotator.author, text.lowercased().hasPrefix("reglint:"),
                let start = comment.startParagraph
            else { return nil }
            let instruction = text.dropFirst("reglint:".count).trimmingWhitespace
            guard instruction.hasPrefix("disable") else { return nil }
            let rules = Suppression.ruleList(Substring(instruction.dropFirst("disable".count)))
            let end = max(start, comment.endParagraph ?? start)
            return Suppression(
                rules: rules, range: .paragraphs(start...end), location: SourceLocation(file: path, paragraph: start))
        }
    }
}
