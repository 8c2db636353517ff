import Foundation
import RegLintCore

/// Streams a WordprocessingML part (`document.xml`, `footnotes.xml`, `endnotes.xml`,
/// `comments.xml`) and delivers its paragraphs and tables as a person sees them in Word:
/// inserted text counts and deleted text does not; field results count and field codes do not;
/// hidden text does not; `mc:AlternateContent` is read once (its first understood `mc:Choice`,
/// else its `mc:Fallback`); text boxes follow the paragraph they are anchored in.
struct WordprocessingMLReader {
    private enum Frame {
        case paragraph, paragraphProperties, numberingProperties, paragraphMarkProperties
        case run, runProperties, text, hyperlink
        case table, row, rowProperties, cell, cellProperties
        case alternateContent, story, textBox, other
    }

    private struct TableState {
        var table: WordTable
        var row: [WordCell] = []
        var cell: WordCell?
        /// Grid columns the current row leaves out before its first cell (`w:gridBefore`).
        var gridBefore = 0
    }

    let file: String
    let part: String
    let styles: StyleSheet
    let hyperlinkTargets: [String: String]

    private var frames: [Frame] = []
    private var paragraphs: [WordParagraph] = []
    private var tables: [TableState] = []
    private var carried: WordParagraph?
    private var choiceTaken: [Bool] = []
    private var fields: [Bool] = []
    private var runIndex = -1
    private var runBold: Bool?
    private var runHidden = false
    private var story = WordStory.body
    private var deliver: (WordItem, WordStory) -> Void = { _, _ in }
    private(set) var nextParagraphIndex: Int
    private(set) var commentRanges: [String: WordCommentRange] = [:]

    init(
        file: String, part: String, styles: StyleSheet, hyperlinkTargets: [String: String], firstParagraphIndex: Int = 1
    ) {
        self.file = file
        self.part = part
        self.styles = styles
        self.hyperlinkTargets = hyperlinkTargets
        self.nextParagraphIndex = firstParagraphIndex
    }

    /// Reads `data`, calling `deliver` for each top-level paragraph or table of each story.
    mutating func read(_ data: Data, deliver: @escaping (WordItem, WordStory) -> Void) throws {
        self.deliver = deliver
        try XMLStreamReader.read(data, file: file, part: part) { reader in
            while let event = try reader.next() {
                switch event {
                case .start(let name): try start(name, reader: reader)
                case .end: end()
                case .text(let text): addText(text)
                case .processingInstruction: break
                }
            }
        }
        settleCarried()
        self.deliver = { _, _ in }
    }

    // MARK: Elements

    private mutating func start(_ name: XMLStreamReader.Name, reader: XMLStreamReader) throws {
        if name.namespace == WordNamespaces.markupCompatibility {
            try startMarkupCompatibility(name.localName, reader: reader)
            return
        }
        if WordNamespaces.math.contains(name.namespace) {
            frames.append(name.localName == "t" ? .text : .other)
            return
        }
        guard WordNamespaces.main.contains(name.namespace) else {
            frames.append(.other)
            return
        }
        let top = frames.last
        switch name.localName {
        case "p":
            paragraphs.append(WordParagraph(index: nextParagraphIndex))
            nextParagraphIndex += 1
            runIndex = -1
            frames.append(.paragraph)
        case "pPr" where top == .paragraph:
            frames.append(.paragraphProperties)
        case "pStyle" where top == .paragraphProperties:
            updateParagraph { $0.styleID = reader.attribute("val") }
            frames.append(.other)
        case "outlineLvl" where top == .paragraphProperties:
            let level = reader.attribute("val").flatMap { Int($0) }
            updateParagraph { $0.outlineLevel = level.flatMap { $0 < 9 ? $0 : nil } }
            frames.append(.other)
        case "numPr" where top == .paragraphProperties:
            frames.append(.numberingProperties)
        case "numId" where top == .numberingProperties:
            updateParagraph { $0.numberingID = reader.attribute("val") }
            frames.append(.other)
        case "ilvl" where top == .numberingProperties:
            updateParagraph { $0.numberingLevel = reader.attribute("val").flatMap { Int($0) } }
            frames.append(.other)
        case "rPr" where top == .paragraphProperties:
            frames.append(.paragraphMarkProperties)
        case "del" where top == .paragraphMarkProperties, "moveFrom" where top == .paragraphMarkProperties:
            updateParagraph { $0.isMarkDeleted = true }
            frames.append(.other)
        case "r":
            runIndex += 1
            runBold = nil
            runHidden = false
            frames.append(.run)
        case "rPr" where top == .run:
            frames.append(.runProperties)
        case "b" where top == .runProperties:
            runBold = WordNamespaces.isOn(reader.attribute("val"))
            frames.append(.other)
        case "vanish" where top == .runProperties:
            runHidden = WordNamespaces.isOn(reader.attribute("val"))
            frames.append(.other)
        case "t":
            frames.append(.text)
        case "tab", "ptab":
            appendVisible("\t")
            frames.append(.other)
        case "br", "cr":
            appendVisible("\n")
            frames.append(.other)
        case "noBreakHyphen":
            appendVisible("-")
            frames.append(.other)
        case "sym":
            appendVisible(SymbolFont.character(reader.attribute("char"), font: reader.attribute("font")))
            frames.append(.other)
        case "fldChar":
            switch reader.attribute("fldCharType") {
            case "begin": fields.append(true)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
            case "end": _ = fields.popLast()
            default: break
            }
            frames.append(.other)
        case "hyperlink":
            let target =
                reader.attribute("id").flatMap { hyperlinkTargets[$0] } ?? reader.attribute("anchor").map { "#" + $0 }
            if let target {
                updateParagraph { $0.links.append(Link(offset: $0.utf16Length, length: 0, target: target)) }
            }
            frames.append(target == nil ? .other : .hyperlink)
        case "footnoteReference", "endnoteReference":
            if let id = reader.attribute("id") { updateParagraph { $0.noteReferences.append(id) } }
            frames.append(.other)
        case "commentRangeStart":
            if let id = reader.attribute("id") {
                commentRanges[id, default: WordCommentRange()].start = currentParagraphIndex
            }
            frames.append(.other)
        case "commentRangeEnd":
            if let id = reader.attribute("id") {
                commentRanges[id, default: WordCommentRange()].end = currentParagraphIndex
            }
            frames.append(.other)
        case "tbl":
            settleCarried()
            tables.append(TableState(table: WordTable(firstParagraphIndex: nextParagraphIndex)))
            frames.append(.table)
        case "tr" where !tables.isEmpty:
            tables[tables.count - 1].row = []
            tables[tables.count - 1].gridBefore = 0
            frames.append(.row)
        case "trPr" where top == .row:
            frames.append(.rowProperties)
        case "gridBefore" where top == .rowProperties:
            let columns = reader.attribute("val").flatMap { Int($0) }.map { min(max($0, 0), 1000) } ?? 0
            tables[tables.count - 1].gridBefore = columns
            frames.append(.other)
        case "tc" where !tables.isEmpty:
            tables[tables.count - 1].cell = WordCell()
            frames.append(.cell)
        case "tcPr" where top == .cell:
            frames.append(.cellProperties)
        case "gridSpan" where top == .cellProperties:
            let span = reader.attribute("val").flatMap { Int($0) }.map { min(max($0, 1), 1000) } ?? 1
            tables[tables.count - 1].cell?.columnSpan = span
            frames.append(.other)
        case "vMerge" where top == .cellProperties:
            tables[tables.count - 1].cell?.verticalMerge = reader.attribute("val") ?? "continue"
            frames.append(.other)
        case "txbxContent":
            // A paragraph whose mark is deleted before the anchor of a text box joins the anchor.
            if let previous = carried, let last = paragraphs.indices.last {
                carried = nil
                paragraphs[last] = previous.joined(before: paragraphs[last])
            }
            frames.append(.textBox)
        case "footnote", "endnote", "comment":
            let type = reader.attribute("type") ?? "normal"
            guard type == "normal" else {
                try reader.skipElement()
                return
            }
            let kind: WordStory.Kind =
                name.localName == "footnote" ? .footnote : name.localName == "endnote" ? .endnote : .comment
            story = WordStory(kind: kind, id: reader.attribute("id") ?? "", author: reader.attribute("author"))
            frames.append(.story)
        case "del", "moveFrom", "delText", "instrText", "delInstrText", "pPrChange", "rPrChange", "sectPr",
            "sdtPr", "sdtEndPr", "tblPr", "tblGrid", "trPr", "tblPrEx", "tcPrChange", "numberingChange",
            "fldData", "ffData":
            try reader.skipElement()
        default:
            frames.append(.other)
        }
    }

    private mutating func startMarkupCompatibility(_ local: String, reader: XMLStreamReader) throws {
        switch local {
        case "AlternateContent":
            choiceTaken.append(false)
            frames.append(.alternateContent)
        case "Choice":
            let requires = (reader.attribute("Requires") ?? "").split(separator: " ").map(String.init)
            let understood = requires.allSatisfy { WordNamespaces.understoodChoicePrefixes.contains($0) }
            guard let taken = choiceTaken.last, !taken, understood else {
                try reader.skipElement()
                return
            }
            choiceTaken[choiceTaken.count - 1] = true
            frames.append(.other)
        case "Fallback":
            guard let taken = choiceTaken.last, !taken else {
                try reader.skipElement()
                return
            }
            choiceTaken[choiceTaken.count - 1] = true
            frames.append(.other)
        default:
            frames.append(.other)
        }
    }

    private mutating func end() {
        // A paragraph held back by its deleted mark stays inside the cell or text box it is in.
        if frames.last == .cell || frames.last == .textBox { settleCarried() }
        guard let frame = frames.popLast() else { return }
        switch frame {
        case .paragraph:
            guard var paragraph = paragraphs.popLast() else { return }
            if let previous = carried {
                carried = nil
                paragraph = previous.joined(before: paragraph)
            }
            if paragraph.isMarkDeleted {
                carried = paragraph
            } else {
                place(paragraph)
            }
        case .hyperlink:
            updateParagraph { paragraph in
                guard let last = paragraph.links.indices.last else { return }
                paragraph.links[last].length = paragraph.utf16Length - paragraph.links[last].offset
                if paragraph.links[last].length == 0 { paragraph.links.removeLast() }
            }
        case .cell:
            guard let last = tables.indices.last, var cell = tables[last].cell else { return }
            if tables[last].row.isEmpty { cell.columnsBefore = tables[last].gridBefore }
            tables[last].row.append(cell)
            tables[last].cell = nil
        case .row:
            guard let last = tables.indices.last else { return }
            if !tables[last].row.isEmpty { tables[last].table.rows.append(tables[last].row) }
            tables[last].row = []
        case .table:
            guard let state = tables.popLast() else { return }
            place(table: state.table)
        case .alternateContent:
            _ = choiceTaken.popLast()
        case .story:
            settleCarried()
            story = .body
        default:
            break
        }
    }

    private mutating func addText(_ text: String) {
        guard frames.last == .text else { return }
        appendVisible(text)
    }

    // MARK: Delivery

    /// Puts a finished paragraph where it belongs: into the innermost open container (the
    /// paragraph that anchors its text box, or the open table cell), or out to the caller.
    private mutating func place(_ paragraph: WordParagraph) {
        switch innermostContainer {
        case .paragraph?:
            paragraphs[paragraphs.count - 1].nested.append(.paragraph(paragraph))
        case .cell?:
            tables[tables.count - 1].cell?.paragraphs.append(contentsOf: Self.flatten(.paragraph(paragraph)))
        default:
            var outer = paragraph
            outer.nested = []
            deliver(.paragraph(outer), story)
            for item in paragraph.nested { deliver(item, story) }
        }
    }

    private mutating func place(table: WordTable) {
        switch innermostContainer {
        case .paragraph?:
            paragraphs[paragraphs.count - 1].nested.append(.table(table))
        case .cell?:
            tables[tables.count - 1].cell?.paragraphs.append(contentsOf: Self.flatten(.table(table)))
        default:
            if !table.rows.isEmpty { deliver(.table(table), story) }
        }
    }

    /// The innermost open paragraph (a text box's anchor) or table cell, whichever opened last.
    private var innermostContainer: Frame? {
        let container = frames.last { $0 == .paragraph || $0 == .cell }
        switch container {
        case .paragraph? where !paragraphs.isEmpty: return .paragraph
        case .cell? where tables.last?.cell != nil: return .cell
        default: return nil
        }
    }

    /// Places the paragraph held back by its deleted mark as it is: it joins the next paragraph
    /// only within its own story, table cell or text box.
    private mutating func settleCarried() {
        guard let carried else { return }
        self.carried = nil
        place(carried)
    }

    private static func flatten(_ item: WordItem) -> [WordParagraph] {
        switch item {
        case .paragraph(var paragraph):
            let nested = paragraph.nested
            paragraph.nested = []
            return [paragraph] + nested.flatMap(flatten)
        case .table(let table):
            return table.rows.flatMap { $0.flatMap { $0.paragraphs.flatMap { flatten(.paragraph($0)) } } }
        }
    }

    // MARK: Helpers

    private var currentParagraphIndex: Int {
        paragraphs.last?.index ?? nextParagraphIndex
    }

    private mutating func updateParagraph(_ change: (inout WordParagraph) -> Void) {
        guard let last = paragraphs.indices.last else { return }
        change(&paragraphs[last])
    }

    private mutating func appendVisible(_ text: String) {
        guard frames.contains(.run) || frames.last == .text, !runHidden, !fields.contains(true),
            let last = paragraphs.indices.last
        else { return }
        let isBold = runBold ?? styles.isBold(paragraphs[last].styleID)
        paragraphs[last].append(text, run: max(runIndex, 0), isBold: isBold)
    }
}
