import Foundation
import RegLintCore

/// Reads XML whose structure is explicit (Akoma Ntoso, or a schema described by an
/// ``XMLStructureMapping``) into a ``Document``, streaming: sections open and close with their
/// elements, so memory stays proportional to the text, not to the markup.
struct StructuredXMLReader {
    let profile: StructuredXMLProfile
    let path: String
    let language: Language?
    /// Elements that continue the text around them (links, breaks, inline titles…), gathered
    /// once: every element of the document is looked up here.
    private let inlineElements: Set<String>

    init(profile: StructuredXMLProfile, path: String, language: Language?) {
        self.profile = profile
        self.path = path
        self.language = language
        inlineElements = profile.inline.union(profile.links.keys).union(profile.lineBreaks).union(profile.title)
            .union(profile.documentNumbers)
    }

    private enum Role {
        case section
        case quotation
        case paragraph
        /// Text outside any paragraph element (in a list item, a caption, a speaker's name …),
        /// collected as a paragraph of the element that holds it. A collector role only.
        case loose
        case omission
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

    /// Text being collected into a paragraph, number, heading, title or note.
    private struct OpenCollector {
        var role: Role
        var collector = TextCollector()
        var location: SourceLocation
        /// For loose text: the number of open elements when it started, so it ends with the
        /// element that holds it (the one at that depth).
        var depth = 0
        /// The paragraph goes on after a quotation or omission: its location moves to its next text.
        var isResumed = false
    }

    /// What the reader knows of an open section: whether its number and heading are taken.
    private struct OpenSection {
        var hasNumber = false
        var hasHeading = false
    }

    private struct State {
        var builder: SectionTreeBuilder
        var roles: [Role] = []
        /// The names of the open elements that have a role (``roles``, one for one), for
        /// `parent > name` selectors; `nextName` is the one the element being started pushes.
        var names: [String] = []
        var nextName = ""
        var collectors: [OpenCollector] = []
        /// Collectors of the paragraphs a quotation interrupts, restored when it ends.
        var interrupted: [[OpenCollector]] = []
        var sections: [OpenSection] = []
        var tables: [TableState] = []
        var notes: [Note] = []
        var noteReferences: [Int] = []
        var noteLines: [Int] = []
        var noteParagraphs: [[Paragraph]] = []
        var ids: [String?] = []
        var anchors: Set<String> = []
        var titles: [String] = []
        var metadata = AkomaNtosoMetadata()
        var mappedMetadata = MappedMetadata()
        var namespace: String?
        var suppressions = SuppressionCollector(usesLines: true)

        /// What each key names, looked up once per key.
        var elements: [String: Element] = [:]

        var isInCell: Bool { !tables.isEmpty && roles.contains(.cell) }
    }

    /// What the profile makes of elements of one key: an element is looked up once instead of
    /// once in each set of names.
    private struct Element {
        var roles: ElementRoles
        var section: SectionKind?
    }

    /// The roles the profile gives an element, as flags.
    private struct ElementRoles: OptionSet {
        let rawValue: UInt32

        static let metadata = Self(rawValue: 1 << 0)
        static let mappedMetadata = Self(rawValue: 1 << 1)
        static let skip = Self(rawValue: 1 << 2)
        static let quotation = Self(rawValue: 1 << 3)
        static let omission = Self(rawValue: 1 << 4)
        static let inline = Self(rawValue: 1 << 5)
        static let note = Self(rawValue: 1 << 6)
        static let paragraph = Self(rawValue: 1 << 7)
        static let table = Self(rawValue: 1 << 8)
        static let row = Self(rawValue: 1 << 9)
        static let cell = Self(rawValue: 1 << 10)
        static let headerCell = Self(rawValue: 1 << 11)
        static let title = Self(rawValue: 1 << 12)
        static let documentNumber = Self(rawValue: 1 << 13)
        static let number = Self(rawValue: 1 << 14)
        static let heading = Self(rawValue: 1 << 15)
    }

    /// What elements of key `local` are, worked out on the first one.
    private func lookUp(_ local: String, state: inout State) -> Element {
        if let known = state.elements[local] { return known }
        let flags: [(ElementRoles, Bool)] = [
            (.metadata, profile.isMetadata(local)),
            (
                .mappedMetadata,
                profile.metadataTitle.contains(local) || profile.metadataNumber.contains(local)
                    || profile.metadataDates[local] != nil
            ),
            (.skip, profile.skip.contains(local)), (.quotation, profile.quotations.contains(local)),
            (.omission, profile.omissions.contains(local)), (.inline, isInline(local)),
            (.note, profile.notes.contains(local)), (.paragraph, profile.paragraphs.contains(local)),
            (.table, profile.tables.contains(local)), (.row, profile.rows.contains(local)),
            (.cell, profile.cells.contains(local)), (.headerCell, profile.headerCells.contains(local)),
            (.title, profile.title.contains(local)), (.documentNumber, profile.documentNumbers.contains(local)),
            (.number, profile.number.contains(local)), (.heading, profile.heading.contains(local)),
        ]
        var roles: ElementRoles = []
        for (flag, holds) in flags where holds { roles.insert(flag) }
        let element = Element(roles: roles, section: profile.sections[local])
        state.elements[local] = element
        return element
    }

    /// Reads the file at `path`, streaming.
    func read() throws -> Document {
        var state = State(builder: SectionTreeBuilder(file: path, language: language))
        try XMLStreamReader.read(fileAt: path, tracksColumns: true) { reader in
            while let event = try reader.next() {
                switch event {
                case .start(let name): try start(name, reader: reader, state: &state)
                case .end(let name): end(name, reader: reader, state: &state)
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
        state.mappedMetadata.fill(&readerMetadata)
        let built = state.builder.finish(readerMetadata: readerMetadata)
        let locator = NoteLocator(sections: built.sections, keys: Set(state.noteLines.map(NoteLocator.Key.line)))
        let notes = zip(state.notes, state.noteLines).map { locator.place($0, referencedAt: .line($1)) }
        return Document(
            path: path, format: profile.format, language: language ?? state.metadata.language ?? built.language,
            metadata: built.metadata, sections: built.sections, notes: notes,
            suppressions: state.suppressions.suppressionsFinishing(at: Int(Int32.max)), anchors: state.anchors)
    }

    private func start(_ name: XMLStreamReader.Name, reader: XMLStreamReader, state: inout State) throws {
        if state.namespace == nil { state.namespace = name.namespace }
        let local = key(of: name, reader: reader, state: &state)
        let found = lookUp(local, state: &state)
        let roles = found.roles
        if state.roles.last == .metadata || roles.contains(.metadata) {
            state.ids.append(state.ids.last ?? nil)
            state.metadata.start(local, reader: reader)
            if roles.contains(.mappedMetadata) {
                state.mappedMetadata.start(local, reader: reader, profile: profile, depth: state.roles.count)
            }
            push(.metadata, state: &state)
            return
        }
        // A metadata field named by a selector (Formex `ACT > TITLE`) is read in the body too, and
        // stays body text; plain names (OSCAL `title`) are metadata only inside the metadata block.
        state.mappedMetadata.breakText()
        if local != state.nextName, roles.contains(.mappedMetadata) {
            state.mappedMetadata.start(local, reader: reader, profile: profile, depth: state.roles.count)
        }
        var id: String?
        for case let value? in reader.attributes(profile.idAttributes) {
            if id == nil { id = value }
            if !value.isEmpty { state.anchors.insert(value) }
        }
        state.ids.append(id ?? state.ids.last ?? nil)
        if roles.contains(.skip) {
            state.ids.removeLast()
            try reader.skipElement()
            return
        }
        let eId = state.ids.last ?? nil
        var location: SourceLocation {
            SourceLocation(file: path, line: reader.line, column: reader.elementColumn(), eId: eId)
        }
        if roles.contains(.quotation), startQuotation(at: location, state: &state) { return }
        if roles.contains(.omission), startOmission(at: location, state: &state) { return }
        // Loose text: an inline element continues it (or starts it), any other element ends it.
        if roles.contains(.inline) {
            if state.collectors.isEmpty, !state.isInCell {
                state.collectors.append(OpenCollector(role: .loose, location: location, depth: state.roles.count))
            }
        } else if state.collectors.last?.role == .loose {
            finishLoose(state: &state)
        } else if state.collectors.isEmpty, state.isInCell {
            breakCellText(state: &state)  // `<td><ol><li>one</li><li>two</li></ol></td>`: one two
        }
        let topRole = state.collectors.last?.role
        let isInsideText = topRole != nil && topRole != .note
        if roles.contains(.note), isInsideText {
            state.noteReferences.append(state.collectors.last?.location.line ?? 0)
            state.noteParagraphs.append([])
            state.collectors.append(OpenCollector(role: .note, location: location))
            push(.note, state: &state)
        } else if isInsideText, !profile.numbersAreSectionChildren, roles.contains(.paragraph),
            topRole == .paragraph || topRole == .loose
        {
            // A paragraph element inside a paragraph (USLM `content` holding `p`s): one of its own.
            splitParagraph(state: &state)
            state.collectors.append(OpenCollector(role: .paragraph, location: location))
            push(.paragraph, state: &state)
        } else if isInsideText {
            startInline(local, reader: reader, state: &state)
        } else if let kind = found.section, state.tables.isEmpty {
            state.builder.openSection(kind: kind, location: location)
            state.sections.append(OpenSection())
            push(.section, state: &state)
        } else if roles.contains(.table) {
            state.tables.append(TableState(location: location, cellLocation: location))
            push(.table, state: &state)
        } else if roles.contains(.row), !state.tables.isEmpty {
            push(.row, state: &state)
        } else if !roles.isDisjoint(with: [.cell, .headerCell]), !state.tables.isEmpty {
            let last = state.tables.count - 1
            state.tables[last].isHeader = roles.contains(.headerCell)
            state.tables[last].columnSpan =
                reader.attribute("colspan").flatMap { Int($0) }.map { max(1, min($0, 1000)) } ?? 1
            state.tables[last].rowSpan =
                reader.attribute("rowspan").flatMap { Int($0) }.map { max(1, min($0, 1000)) } ?? 1
            state.tables[last].cellCollector = TextCollector()
            state.tables[last].cellLocation = location
            push(.cell, state: &state)
        } else if roles.contains(.paragraph) {
            state.collectors.append(OpenCollector(role: .paragraph, location: location))
            push(.paragraph, state: &state)
        } else if !roles.isDisjoint(with: [.title, .documentNumber]) {
            // In a table cell (elsewhere a title is inline text of a paragraph, loose or not).
            let role: Role = roles.contains(.title) ? .title : .documentNumber
            state.collectors.append(OpenCollector(role: role, location: location))
            push(role, state: &state)
        } else if !roles.isDisjoint(with: [.number, .heading]), state.tables.isEmpty {
            let role = numberOrHeadingRole(isNumber: roles.contains(.number), state: state)
            var open = OpenCollector(role: role, location: location)
            if let attribute = profile.valueAttributes[local], let value = reader.attribute(attribute) {
                open.collector.append(value, line: reader.line)
            }
            state.collectors.append(open)
            push(role, state: &state)
        } else {
            push(.transparent, state: &state)
        }
    }

    /// The name an element is looked up by: its local name in the root's namespace, `dc:`,
    /// `dcterms:` or `xhtml:` and its local name in those namespaces (empty in any other), or a
    /// `parent > name` selector of the profile that the element's parent satisfies, or a
    /// `name[attribute=value]` selector that its attributes satisfy. Sets `state.nextName`.
    private func key(of name: XMLStreamReader.Name, reader: XMLStreamReader, state: inout State) -> String {
        var local: String
        if name.namespace == state.namespace {
            local = name.localName
        } else if let prefix = Self.knownPrefixes[name.namespace] {
            local = prefix + ":" + name.localName
        } else {
            state.nextName = ""
            return ""
        }
        state.nextName = local
        if let selectors = profile.parentSelectors[local], let parent = state.names.last,
            let selector = selectors.first(where: { $0.parent == parent })
        {
            return selector.key
        }
        if let conditions = profile.conditions[local] {
            for condition in conditions where reader.attribute(condition.attribute) == condition.value {
                local = condition.key
                break
            }
        }
        return local
    }

    /// Prefixes naming elements of well-known namespaces in mappings.
    private static let knownPrefixes = [
        "http://purl.org/dc/elements/1.1/": "dc", "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/1999/xhtml": "xhtml",
    ]

    private func isInline(_ local: String) -> Bool {
        inlineElements.contains(local)
    }

    /// A `num` or `heading` directly inside a section gives its number, then its heading (a
    /// second `num`, as EU acts hold article titles, is the heading); any other (a third one, a
    /// `subheading` after the heading, a `num` of a block that is not a section) is a paragraph.
    /// In mapped schemas the section may enclose the number through wrapper elements.
    private func numberOrHeadingRole(isNumber: Bool, state: State) -> Role {
        let owner =
            profile.numbersAreSectionChildren
            ? state.roles.last : state.roles.last(where: { $0 != .transparent })
        guard owner == .section, let section = state.sections.last else { return .paragraph }
        if isNumber, !section.hasNumber { return .number }
        return section.hasHeading ? .paragraph : .heading
    }

    /// Starts a quotation section. Inside a paragraph (`<p><mod>… <quotedStructure>`), the text so
    /// far becomes a paragraph and the text after the quotation another one. Returns false where
    /// a quotation cannot be a section (in a table, a note, a number or heading): there its text
    /// stays inline.
    private func startQuotation(at location: SourceLocation, state: inout State) -> Bool {
        guard state.tables.isEmpty, state.noteParagraphs.isEmpty else { return false }
        if let top = state.collectors.last?.role {
            guard top == .paragraph || top == .loose else { return false }
            splitParagraph(state: &state)
        }
        state.interrupted.append(state.collectors)
        state.collectors = []
        state.builder.openSection(kind: .quotation, location: location)
        state.sections.append(OpenSection())
        push(.quotation, state: &state)
        return true
    }

    /// Starts an omission mark, which becomes a paragraph of its own (its text, or "…"). Returns
    /// false inside a number, heading, title, note or table cell, where its text stays inline.
    private func startOmission(at location: SourceLocation, state: inout State) -> Bool {
        guard state.noteParagraphs.isEmpty else { return false }
        switch state.collectors.last?.role {
        case .paragraph?, .loose?: splitParagraph(state: &state)
        case nil: guard !state.isInCell else { return false }
        default: return false
        }
        state.collectors.append(OpenCollector(role: .omission, location: location))
        push(.omission, state: &state)
        return true
    }

    /// Emits the innermost paragraph's text so far and starts it afresh.
    private func splitParagraph(state: inout State) {
        guard let last = state.collectors.indices.last else { return }
        let open = state.collectors[last]
        if !open.collector.isBlank {
            let parentIsNote = last > 0 && state.collectors[last - 1].role == .note
            emit(paragraph(open), parentIsNote: parentIsNote, state: &state)
        }
        state.collectors[last].collector = TextCollector()
        state.collectors[last].isResumed = true
    }

    private func paragraph(_ open: OpenCollector) -> Paragraph {
        Paragraph(
            text: open.collector.text, location: open.location, spans: open.collector.spans,
            links: open.collector.links)
    }

    /// Places a finished paragraph: in the note, the table cell or the section it stands in.
    private func emit(_ paragraph: Paragraph, parentIsNote: Bool, state: inout State) {
        if parentIsNote, !state.noteParagraphs.isEmpty {
            state.noteParagraphs[state.noteParagraphs.count - 1].append(paragraph)
        } else if let last = state.tables.indices.last, state.roles.contains(.cell) {
            state.tables[last].paragraphs.append(paragraph)
        } else {
            // A table's caption, or a paragraph outside any table, stands in the section.
            state.builder.addBlock(.paragraph(paragraph))
        }
    }

    /// A block element inside a table cell separates the words before and after it.
    private func breakCellText(state: inout State) {
        if let last = state.tables.indices.last { state.tables[last].cellCollector.appendBreak() }
    }

    private func finishLoose(state: inout State) {
        guard state.collectors.last?.role == .loose, let open = state.collectors.popLast() else { return }
        if !open.collector.isBlank { emit(paragraph(open), parentIsNote: false, state: &state) }
    }

    private func startInline(_ local: String, reader: XMLStreamReader, state: inout State) {
        let last = state.collectors.count - 1
        if let attribute = profile.links[local], let target = reader.attribute(attribute) {
            state.collectors[last].collector.openLink(target: target)
            push(.link, state: &state)
            return
        }
        if profile.lineBreaks.contains(local) { state.collectors[last].collector.appendBreak() }
        // In a mapped schema, a block element inside a number, heading or paragraph (Formex `<TI><P>`)
        // separates the words before and after it.
        if !profile.numbersAreSectionChildren, !isInline(local) { state.collectors[last].collector.appendBreak() }
        if profile.title.contains(local) || profile.documentNumbers.contains(local) {
            let role: Role = profile.title.contains(local) ? .title : .documentNumber
            state.collectors.append(OpenCollector(role: role, location: state.collectors[last].location))
            push(role, state: &state)
            return
        }
        state.metadata.startInline(local, reader: reader)
        push(.transparent, state: &state)
    }

    private func push(_ role: Role, state: inout State) {
        state.roles.append(role)
        state.names.append(state.nextName)
    }

    private func end(_ name: XMLStreamReader.Name, reader: XMLStreamReader, state: inout State) {
        // Loose text ends with the element that holds it.
        if let open = state.collectors.last, open.role == .loose, open.depth >= state.roles.count {
            finishLoose(state: &state)
        }
        if state.collectors.isEmpty, state.isInCell, !isInline(name.namespace == state.namespace ? name.localName : "")
        {
            breakCellText(state: &state)
        }
        guard let role = state.roles.popLast() else { return }
        state.names.removeLast()
        state.ids.removeLast()
        if role != .metadata { state.mappedMetadata.end(depth: state.roles.count) }
        if role == .transparent, !profile.numbersAreSectionChildren, let last = state.collectors.indices.last,
            !isInline(name.namespace == state.namespace ? name.localName : "")
        {
            state.collectors[last].collector.appendBreak()
        }
        switch role {
        case .section:
            state.builder.closeSection()
            state.sections.removeLast()
        case .quotation:
            state.builder.closeSection()
            state.sections.removeLast()
            // The interrupted paragraph goes on after the quotation.
            state.collectors = state.interrupted.popLast() ?? []
            if let last = state.collectors.indices.last { state.collectors[last].isResumed = true }
        case .paragraph, .title, .documentNumber, .number, .heading, .omission:
            finishCollector(role, state: &state)
        case .note:
            guard let open = state.collectors.popLast() else { return }
            var paragraphs = state.noteParagraphs.popLast() ?? []
            if !open.collector.isBlank { paragraphs.append(paragraph(open)) }
            let reference = state.noteReferences.popLast() ?? 0
            if !paragraphs.isEmpty {
                let id = open.location.eId ?? String(state.notes.count + 1)
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
            state.mappedMetadata.end(depth: state.roles.count)
        case .loose, .transparent:
            break
        }
    }

    private func finishCollector(_ role: Role, state: inout State) {
        guard let open = state.collectors.popLast() else { return }
        let text = open.collector.text
        switch role {
        case .number:
            state.builder.setNumber(text)
            if let last = state.sections.indices.last, !text.collapsingWhitespace.isEmpty {
                state.sections[last].hasNumber = true
            }
        case .heading:
            state.builder.setHeading(text)
            if let last = state.sections.indices.last, !text.collapsingWhitespace.isEmpty {
                state.sections[last].hasHeading = true
            }
        case .title, .documentNumber:
            if role == .title, !text.isEmpty { state.titles.append(text) }
            if role == .documentNumber, !text.isEmpty { state.metadata.statedNumber(text) }
            if let last = state.collectors.indices.last {
                state.collectors[last].collector.append(text, line: open.location.line ?? 0)
            } else if let last = state.tables.indices.last, state.isInCell {
                state.tables[last].cellCollector.append(text, line: open.location.line ?? 0)
            } else if !open.collector.isBlank {
                emit(paragraph(open), parentIsNote: false, state: &state)
            }
        case .omission:
            // An omission mark: its own text ("(...)", "* * *"), or an ellipsis standing for it.
            var mark = paragraph(open)
            if open.collector.isBlank {
                mark = Paragraph(
                    text: "…", location: open.location, spans: [TextSpan(offset: 0, length: 1, source: .generated)])
            }
            emit(mark, parentIsNote: false, state: &state)
        default:
            guard !open.collector.isBlank else { return }
            emit(paragraph(open), parentIsNote: state.collectors.last?.role == .note, state: &state)
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
        state.mappedMetadata.addText(text)
        if state.roles.last == .metadata { return }
        if let last = state.collectors.indices.last {
            if state.collectors[last].isResumed, state.collectors[last].collector.isBlank {
                state.collectors[last].location.line = line
                state.collectors[last].location.column = nil
            }
            state.collectors[last].collector.append(text, line: line)
        } else if let last = state.tables.indices.last, state.roles.contains(.cell) {
            state.tables[last].cellCollector.append(text, line: line)
        } else if text.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            // Text outside any paragraph element: a paragraph of the element that holds it.
            var open = OpenCollector(
                role: .loose, location: SourceLocation(file: path, line: line, eId: state.ids.last ?? nil),
                depth: state.roles.count)
            open.collector.append(text, line: line)
            state.collectors.append(open)
        }
    }
}
