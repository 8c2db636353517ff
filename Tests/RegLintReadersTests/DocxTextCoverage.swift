import Foundation
import RegLintCore

@testable import RegLintReaders

/// The body words of a Word document (`.docx` or Flat OPC) as a reader of the printed document
/// sees them, for comparison with the tree (``TextCoverage/lostWords(source:tree:)``).
///
/// This is a second, independent statement of docs/reading.md's rules, streamed with the
/// project's own ``XMLStreamReader`` over the package parts that ``ZipPackage`` or
/// ``FlatOPCPackage`` return: `w:t` and `m:t` text of the main document part (found through
/// `_rels/.rels`); `w:tab`, `w:ptab`, `w:br` and `w:cr` separate words; `w:sym` is its character;
/// not deleted tracked text (`w:del`, `w:moveFrom`), not field codes (`w:instrText`, text between
/// a field's `begin` and `separate`), not runs with `w:vanish`, not a cell that continues a
/// vertical merge, and one branch of each `mc:AlternateContent`. Footnotes and endnotes are read
/// the same way from their own parts.
enum DocxTextCoverage {
    /// The words of the main document part and of the footnote and endnote parts.
    static func words(of path: String) throws -> (body: [TextCoverage.Word], notes: [TextCoverage.Word]) {
        let package: any OPCPackage =
            path.lowercased().hasSuffix(".docx")
            ? try ZipPackage(url: URL(fileURLWithPath: path), file: path)
            : try FlatOPCPackage(data: try Data(contentsOf: URL(fileURLWithPath: path)), file: path)
        let main =
            try package.relationships(of: "", file: path)
            .first { $0.kind == "officeDocument" && !$0.isExternal }?.target ?? "word/document.xml"
        let body = try package.part(main).map { try words(inPart: $0, file: path) } ?? []
        var notes: [TextCoverage.Word] = []
        for relationship in try package.relationships(of: main, file: path)
        where ["footnotes", "endnotes"].contains(relationship.kind) && !relationship.isExternal {
            if let data = try package.part(relationship.target) { notes += try words(inPart: data, file: path) }
        }
        return (body, notes)
    }

    /// Words of the sections of the tree: numbers, headings, paragraphs and table cells (not
    /// notes, not comments).
    static func sectionWords(of document: Document) -> [String] {
        var texts: [String] = []
        for section in document.allSections {
            texts += [section.number, section.heading].compactMap { $0 }
            texts += section.blocks.flatMap(\.paragraphs).map(\.text)
        }
        return texts.flatMap { TextCoverage.split($0).map(\.text) }
    }

    static func noteWords(of document: Document) -> [String] {
        document.notes.flatMap(\.paragraphs).flatMap { TextCoverage.split($0.text).map(\.text) }
    }

    // MARK: Reading a part

    /// Ancestors named in the element path of a word; all others are transparent.
    private static let notable: Set<String> = [
        "tbl", "txbxContent", "sdt", "ins", "moveTo", "hyperlink", "fldSimple", "smartTag", "customXml",
        "Choice", "Fallback", "oMath", "footnote", "endnote", "bdo", "dir", "ruby",
    ]
    /// Elements whose content a reader never sees.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "sectPr", "rPrChange", "sdtPr",
        "sdtEndPr", "tblPr", "tblGrid", "tblPrEx", "tcPrChange", "fldData", "ffData",
    ]

    private struct Cell {
        var column: Int
        var span = 1
        var merge: String?
        /// Decided at the cell's first content element.
        var isContinuation: Bool?
    }

    private struct TableState {
        var column = 0
        var merging: Set<Int> = []
    }

    static func words(inPart data: Data, file: String) throws -> [TextCoverage.Word] {
        try XMLStreamReader.read(data, file: file) { reader in
            var names: [String] = []
            var path: [String] = []  // notable ancestors, parallel to `names` where notable
            var pieces: [(text: String, element: String)] = []
            var result: [TextCoverage.Word] = []
            var runIndex = 0
            var runsHidden: [Bool] = []
            var fields: [Bool] = []
            var choices: [Bool] = []
            var tables: [TableState] = []
            var cells: [Cell] = []

            func flush() {
                guard !pieces.isEmpty else { return }
                var ends: [(end: Int, element: String)] = []
                var length = 0
                for piece in pieces {
                    length += piece.text.count
                    ends.append((length, piece.element))
                }
                var index = 0
                for word in TextCoverage.split(pieces.map(\.text).joined()) {
                    while index < ends.count - 1, ends[index].end <= word.start { index += 1 }
                    result.append(TextCoverage.Word(text: word.text, element: ends[index].element, run: runIndex))
                }
                pieces = []
                runIndex += 1
            }

            /// Decides whether the innermost open cell continues a vertical merge, once.
            func decideCell() {
                guard let last = cells.indices.last, cells[last].isContinuation == nil, !tables.isEmpty else { return }
                let cell = cells[last]
                let table = tables.count - 1
                var continues = false
                if cell.merge == "restart" {
                    tables[table].merging.insert(cell.column)
                } else if cell.merge != nil, tables[table].merging.contains(cell.column) {
                    continues = true
                } else {
                    tables[table].merging.remove(cell.column)
                }
                tables[table].column = cell.column + cell.span
                cells[last].isContinuation = continues
            }

            func add(_ text: String, element: String) {
                let hidden = runsHidden.last ?? false
                guard !hidden, !fields.contains(true), !cells.contains(where: { $0.isContinuation == true }) else {
                    return
                }
                pieces.append((text, (path + [element]).suffix(3).joined(separator: "/")))
            }

            while let event = try reader.next() {
                switch event {
                case .start(let name):
                    let local = name.localName
                    let parent = names.last
                    if name.namespace == WordNamespaces.markupCompatibility {
                        if local == "AlternateContent" {
                            choices.append(false)
                        } else if local == "Choice" || local == "Fallback" {
                            let requires = (reader.attribute("Requires") ?? "").split(separator: " ")
                            let understood = requires.allSatisfy {
                                WordNamespaces.understoodChoicePrefixes.contains(String($0))
                            }
                            guard let taken = choices.last, !taken, local == "Fallback" || understood else {
                                try reader.skipElement()
                                continue
                            }
                            choices[choices.count - 1] = true
                        }
                    } else if WordNamespaces.main.contains(name.namespace) {
                        if skipped.contains(local) {
                            try reader.skipElement()
                            continue
                        }
                        if parent == "tc", local != "tcPr" { decideCell() }
                        switch local {
                        case "p", "tc":
                            flush()
                            if local == "tc" { cells.append(Cell(column: tables.last?.column ?? 0)) }
                        case "tbl": tables.append(TableState())
                        case "tr": if !tables.isEmpty { tables[tables.count - 1].column = 0 }
                        case "gridBefore" where !tables.isEmpty:
                            tables[tables.count - 1].column = reader.attribute("val").flatMap { Int($0) } ?? 0
                        case "gridSpan" where !cells.isEmpty:
                            cells[cells.count - 1].span = max(1, reader.attribute("val").flatMap { Int($0) } ?? 1)
                        case "vMerge" where !cells.isEmpty:
                            cells[cells.count - 1].merge = reader.attribute("val") ?? "continue"
                        case "r": runsHidden.append(false)
                        case "vanish" where parent == "rPr" && names.dropLast().last == "r":
                            runsHidden[runsHidden.count - 1] = WordNamespaces.isOn(reader.attribute("val"))
                        case "tab", "ptab", "br", "cr":
                            if parent != "tabs" {
                                add(" ", element: local)
                                flush()
                            }
                        case "noBreakHyphen": add("-", element: local)
                        case "sym":
                            add(
                                SymbolFont.character(reader.attribute("char"), font: reader.attribute("font")),
                                element: local)
                        case "fldChar":
                            switch reader.attribute("fldCharType") {
                            case "begin": fields.append(true)
                            case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
                            case "end": _ = fields.popLast()
                            default: break
                            }
                        default: break
                        }
                    }
                    // Only WordprocessingML, math and markup-compatibility names are kept plain, so
                    // `t` is `w:t` or `m:t`, never DrawingML's `a:t`.
                    let known =
                        WordNamespaces.main.contains(name.namespace) || WordNamespaces.math.contains(name.namespace)
                        || name.namespace == WordNamespaces.markupCompatibility
                    names.append(known ? local : "~" + local)
                    if known, notable.contains(local) { path.append(local) }
                case .end(let name):
                    let local = name.localName
                    let known = names.removeLast() == local
                    if known, notable.contains(local), path.last == local { path.removeLast() }
                    guard
                        WordNamespaces.main.contains(name.namespace)
                            || name.namespace == WordNamespaces.markupCompatibility
                    else { continue }
                    switch local {
                    case "AlternateContent": _ = choices.popLast()
                    case "p": flush()
                    case "tc":
                        decideCell()
                        flush()
                        _ = cells.popLast()
                    case "tbl": _ = tables.popLast()
                    case "r": _ = runsHidden.popLast()
                    default: break
                    }
                case .text(let text):
                    if names.last == "t" { add(text, element: "t") }
                case .processingInstruction:
                    break
                }
            }
            flush()
            return result
        }
    }
}
