import Foundation
import RegLintCore

/// Reads XML whose structure is explicit (Akoma Ntoso, or a schema described by an
/// ``XMLStructureMapping``) into a ``Document``, streaming: sections open and close with their
/// elements, so memory stays proportional to the text, not to the markup.
struct StructuredXMLReader {
    let profile: StructuredXMLProfile
    let path: String
    let language: Language?

    private enum Role {
        case section
        case paragraph
        case number
        case heading
        case title
        case documentNumber
        case table
        case row
        case cell
        case note
        case link
        case metadata
        case transparent
    }

    private struct TableState {
        var rows: [TableRow] = []
        var cells: [TableCell] = []
        var paragraphs: [Paragraph] = []
        var isHeader = false
        var columnSpan = 1
        var rowSpan = 1
        var location: SourceLocation
        var cellCollector = TextCollector()
        var cellLocation: SourceLocation
    }

    private struct State {
        var builder: SectionTreeBuilder
        var roles: [Role] = []
        var collectors: [(role: Role, collector: TextCollector, location: SourceLocation)] = []
        var tables: [TableState] = []
        var notes: [Note] = []
        var noteReferences: [Int] = []
        var noteLines: [Int] = []
        var noteParagraphs: [[Paragraph]] = []
        var ids: [String?] = []
        var titles: [String] = []
        var metadata = AkomaNtosoMetadata()
        var namespace: String?
        var suppressions = SuppressionCollector(usesLines: true)
    }

    /// Reads the file at `path`, streaming.
    func read() throws -> Document {
        var state = State(builder: SectionTreeBuilder(file: path, language: language))
        try XMLStreamReader.read(fileAt: path, tracksColumns: true) { reader in
            while let event = try reader.next() {
                switch event {
                case .start(let name): try start(name, reader: reader, state: &state)
                case .end: end(reader: reader, state: &state)
                case .text(let text): addText(text, line: reader.line, state: &state)
                case .processingInstruction(let target, let data):
                    if target == "reglint" {
                        let line = reader.line
                        state.suppressions.instruction(
                            data, position: line, location: SourceLocation(file: path, line: line))
                    }
                }
            }
        }
        var readerMetadata = state.metadata.documentMetadata
        if !state.titles.isEmpty {
            readerMetadata.title = state.titles.joined(separator: " ")
        }
        let built = state.builder.finish(readerMetadata: readerMetadata)
        let locator = NoteLocator(sections: built.sections, keys: Set(state.noteLines.map(NoteLocator.Key.line)))
        let notes = zip(state.notes, state.noteLines).map { locator.place($0, referencedAt: .line($1)) }
        return Document(
            path: path, format: profile.format, language: language ?? state.metadata.language ?? built.language,
            metadata: built.metadata, sections: built.sections, notes: notes,
            suppressions: state.suppressions.suppressionsFinishing(at: Int(Int32.max)))

    }

    private func start(_ name: XMLStreamReader.Name, reader: XMLStreamReader, state: inout State) throws {
        if state.namespace == nil { state.namespace = name.namespace }
        let local = name.namespace == state.namespace ? name.localName : ""
        let id = profile.idAttributes.lazy.compactMap { reader.attribute($0) }.first
        state.ids.append(id ?? state.ids.last ?? nil)
        if state.roles.last == .metadata || local == profile.metadataElement {
            state.metadata.start(local, reader: reader)
            push(.metadata, state: &state)
            return
        }
        if profile.skip.contains(local) {
            state.ids.removeLast()
            try reader.skipElement()
            return
        }
        let eId = state.ids.last ?? nil
        var location: SourceLocation {
            SourceLocation(file: path, line: reader.line, column: reader.elementColumn(), eId: eId)
        }
        let topRole = state.collectors.last?.role
        let isInsideText = topRole != nil && topRole != .note
        if profile.notes.contains(local), isInsideText {
            state.noteReferences.append(state.collectors.last?.location.line ?? 0)
            state.noteParagraphs.append([])
            state.collectors.append((.note, TextCollector(), location))
            push(.note, state: &state)
        } else if isInsideText {
            startInline(local, reader: reader, state: &state)
        } else if let kind = profile.sections[local], state.tables.isEmpty {
            state.builder.openSection(kind: kind, location: location)
            push(.section, state: &state)
        } else if profile.tables.contains(local) {
            state.tables.append(TableState(location: location, cellLocation: location))
            push(.table, state: &state)
        } else if profile.rows.contains(local), !state.tables.isEmpty {
            push(.row, state: &state)
        } else if profile.cells.contains(local) || profile.headerCells.contains(local), !state.tables.isEmpty {
            let last = state.tables.count - 1
            state.tables[last].isHeader = profile.headerCells.contains(local)
            state.tables[last].columnSpan =
                reader.attribute("colspan").flatMap { Int($0) }.map { max(1, min($0, 1000)) } ?? 1
            state.tables[last].rowSpan =
                reader.attribute("rowspan").flatMap { Int($0) }.map { max(1, min($0, 1000)) } ?? 1
            state.tables[last].cellCollector = TextCollector()
            state.tables[last].cellLocation = location
            push(.cell, state: &state)
        } else if profile.paragraphs.contains(local) {
            state.collectors.append((.paragraph, TextCollector(), location))
            push(.paragraph, state: &state)
        } else if profile.title.contains(local) || profile.documentNumbers.contains(local) {
            let role: Role = profile.title.contains(local) ? .title : .documentNumber
            state.collectors.append((role, TextCollector(), location))
            push(role, state: &state)
        } else if profile.number.contains(local), state.tables.isEmpty {
            state.collectors.append((.number, TextCollector(), location))
            push(.number, state: &state)
        } else if profile.heading.contains(local), state.tables.isEmpty {
            state.collectors.append((.heading, TextCollector(), location))
            push(.heading, state: &state)
        } else {
            push(.transparent, state: &state)
        }
    }

    /// Inside a paragraph: links, line breaks, docTitle and the like; everything else is text.
    private func startInline(_ local: String, reader: XMLStreamReader, state: inout State) {
        let last = state.collectors.count - 1
        if let attribute = profile.links[local], let target = reader.attribute(attribute) {
            state.collectors[last].collector.openLink(target: target)
            push(.link, state: &state)
            return
        }
        if profile.lineBreaks.contains(local) { state.collectors[last].collector.appendBreak() }
        if profile.title.contains(local) || profile.documentNumbers.contains(local) {
            let role: Role = profile.title.contains(local) ? .title : .documentNumber
            state.collectors.append((role, TextCollector(), state.collectors[last].location))
            push(role, state: &state)
            return
        }
        state.metadata.startInline(local, reader: reader)
        push(.transparent, state: &state)
    }

    private func push(_ role: Role, state: inout State) {
        state.roles.append(role)
    }

    private func end(reader: XMLStreamReader, state: inout State) {
        guard let role = state.roles.popLast() else { return }
        state.ids.removeLast()
        switch role {
        case .section:
            state.builder.closeSection()
        case .paragraph, .title, .documentNumber, .number, .heading:
            finishCollector(role, state: &state)
        case .note:
            guard let (_, collector, location) = state.collectors.popLast() else { return }
            var paragraphs = state.noteParagraphs.popLast() ?? []
            if !collector.isBlank {
                paragraphs.append(
                    Paragraph(text: collector.text, location: location, spans: collector.spans, links: collector.links))
            }
            let reference = state.noteReferences.popLast() ?? 0
            if !paragraphs.isEmpty {
                let id = location.eId ?? String(state.notes.count + 1)
                state.notes.append(Note(kind: .footnote, id: id, paragraphs: paragraphs))
                state.noteLines.append(reference)
            }

        case .link:
            if !state.collectors.isEmpty { state.collectors[state.collectors.count - 1].collector.closeLink() }
        case .cell:
            finishCell(state: &state)
        case .row:
            let last = state.tables.count - 1
            if last >= 0, !state.tables[last].cells.isEmpty {
                state.tables[last].rows.append(TableRow(cells: state.tables[last].cells))
                state.tables[last].cells = []
            }
        case .table:
            finishTable(state: &state)
        case .metadata:
            state.metadata.end()
        case .transparent:
            break
        }
    }

    private func finishCollector(_ role: Role, state: inout State) {
        guard let (_, collector, location) = state.collectors.popLast() else { return }
        let text = collector.text
        switch role {
        case .number:
            state.builder.setNumber(text)
        case .heading:
            state.builder.setHeading(text)
        case .title, .documentNumber:
            if role == .title, !text.isEmpty { state.titles.append(text) }
            if role == .documentNumber, !text.isEmpty { state.metadata.statedNumber(text) }
            if let last = state.collectors.indices.last {
                state.collectors[last].collector.append(text, line: location.line ?? 0)
            }
        default:
            guard !collector.isBlank else { return }
            let paragraph = Paragraph(text: text, location: location, spans: collector.spans, links: collector.links)
            if !state.noteParagraphs.isEmpty, state.collectors.last?.role == .note {
                state.noteParagraphs[state.noteParagraphs.count - 1].append(paragraph)
            } else if let last = state.tables.indices.last {
                state.tables[last].paragraphs.append(paragraph)
            } else {
                state.builder.addBlock(.paragraph(paragraph))
            }
        }
    }

    private func finishCell(state: inout State) {
        guard let last = state.tables.indices.last else { return }
        var table = state.tables[last]
        var paragraphs = table.paragraphs
        if !table.cellCollector.isBlank {
            paragraphs.append(
                Paragraph(
                    text: table.cellCollector.text, location: table.cellLocation, spans: table.cellCollector.spans))
        }
        table.cells.append(
            TableCell(
                paragraphs: paragraphs, columnSpan: table.columnSpan, rowSpan: table.rowSpan, isHeader: table.isHeader))
        table.paragraphs = []
        state.tables[last] = table
    }

    private func finishTable(state: inout State) {
        guard var table = state.tables.popLast() else { return }
        if !table.cells.isEmpty { table.rows.append(TableRow(cells: table.cells)) }
        let built = Table(rows: table.rows, location: table.location)
        if let outer = state.tables.indices.last {
            // A table inside a cell: its paragraphs belong to that cell.
            state.tables[outer].paragraphs.append(contentsOf: built.rows.flatMap { $0.cells.flatMap(\.paragraphs) })
        } else if !built.rows.isEmpty {
            state.builder.addBlock(.table(built))
        }
    }

    private func addText(_ text: String, line: Int, state: inout State) {
        if state.roles.last == .metadata { return }
        if let last = state.collectors.indices.last {
            state.collectors[last].collector.append(text, line: line)
        } else if let last = state.tables.indices.last, state.roles.contains(.cell) {
            state.tables[last].cellCollector.append(text, line: line)
        }
    }
}
