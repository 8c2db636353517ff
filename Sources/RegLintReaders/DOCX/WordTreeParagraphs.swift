import Foundation
import RegLintCore

/// The paragraphs of a WordprocessingML part's tree, numbered and with their runs counted
/// exactly as ``WordprocessingMLReader`` numbers and counts them, so a ``TextSpan``'s
/// `.run(index:offset:)` names a run element here. Runs are cut in two where a comment's range
/// starts or ends inside one.
struct WordTreeParagraphs {
    struct Entry {
        let node: XMLTree.Node
        /// The runs by the reader's run index (a text box's paragraph inside a run continues the
        /// count, as the reader does).
        var runs: [Int: XMLTree.Node] = [:]
        /// The paragraph mark is deleted: the reader joins it with the next paragraph.
        var isMarkDeleted = false
    }

    private(set) var paragraphs: [Int: Entry] = [:]
    private var nextIndex = 1
    private var runIndex = -1
    private var open: [Int] = []
    private var choiceTaken: [Bool] = []

    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "instrText", "delInstrText", "pPrChange", "rPrChange", "sectPr", "sdtPr",
        "sdtEndPr", "tblPr", "tblGrid", "tblPrEx", "tcPrChange", "numberingChange", "fldData", "ffData",
    ]

    init(root: XMLTree.Node) {
        visit(root)
    }

    private mutating func visit(_ node: XMLTree.Node) {
        guard node.isElement else { return }
        let namespace = node.namespace ?? ""
        let name = node.localName
        if namespace == WordNamespaces.markupCompatibility {
            switch name {
            case "AlternateContent":
                choiceTaken.append(false)
                visitChildren(node)
                _ = choiceTaken.popLast()
            case "Choice":
                let requires = (node.attribute("Requires", namespace: nil) ?? "").split(separator: " ").map(String.init)
                let understood = requires.allSatisfy { WordNamespaces.understoodChoicePrefixes.contains($0) }
                guard let taken = choiceTaken.last, !taken, understood else { return }
                choiceTaken[choiceTaken.count - 1] = true
                visitChildren(node)
            case "Fallback":
                guard let taken = choiceTaken.last, !taken else { return }
                choiceTaken[choiceTaken.count - 1] = true
                visitChildren(node)
            default:
                visitChildren(node)
            }
            return
        }
        guard WordNamespaces.main.contains(namespace) else {
            visitChildren(node)
            return
        }
        switch name {
        case "p":
            let index = nextIndex
            nextIndex += 1
            runIndex = -1
            paragraphs[index] = Entry(node: node, isMarkDeleted: Self.isMarkDeleted(node))
            open.append(index)
            visitChildren(node)
            _ = open.popLast()
        case "r":
            runIndex += 1
            if let paragraph = open.last { paragraphs[paragraph]?.runs[runIndex] = node }
            visitChildren(node)
        case _ where Self.skipped.contains(name):
            return
        default:
            visitChildren(node)
        }
    }

    private mutating func visitChildren(_ node: XMLTree.Node) {
        for child in node.elements { visit(child) }
    }

    private static func isMarkDeleted(_ paragraph: XMLTree.Node) -> Bool {
        guard let properties = paragraph.elements.first(where: { $0.localName == "pPr" }),
            let mark = properties.elements.first(where: { $0.localName == "rPr" })
        else { return false }
        return mark.elements.contains { $0.localName == "del" || $0.localName == "moveFrom" }
    }
}

/// A run's visible text as the reader sees it, piece by piece, and cutting it in two.
enum WordRun {
    /// The visible text of each child of `run` (nil for children that hold none), or nil when
    /// the run's text depends on more than its children (hidden, or holding field characters).
    static func pieces(of run: XMLTree.Node) -> [(node: XMLTree.Node, text: String)]? {
        var pieces: [(node: XMLTree.Node, text: String)] = []
        for child in run.elements {
            switch child.localName {
            case "rPr":
                if child.elements.contains(where: { $0.localName == "vanish" }) { return nil }
            case "fldChar", "instrText", "delInstrText": return nil
            case "t": pieces.append((child, child.text))
            case "tab", "ptab": pieces.append((child, "\t"))
            case "br", "cr": pieces.append((child, "\n"))
            case "noBreakHyphen": pieces.append((child, "-"))
            case "sym":
                let character = SymbolFont.character(
                    child.attribute("char", namespace: child.namespace),
                    font: child.attribute("font", namespace: child.namespace))
                pieces.append((child, character))
            default: pieces.append((child, ""))
            }
        }
        return pieces
    }

    /// The visible text of `run`, or nil (see ``pieces(of:)``).
    static func text(of run: XMLTree.Node) -> String? {
        pieces(of: run).map { $0.map(\.text).joined() }
    }

    /// Cuts `run` at UTF-16 offset `offset` of its visible text (0 < offset < its length): the
    /// run keeps the text before, a new run after it with the same properties holds the rest.
    /// Returns the new run, or nil when the run cannot be cut there.
    static func cut(_ run: XMLTree.Node, at offset: Int) -> XMLTree.Node? {
        guard let parts = Self.pieces(of: run), let namespace = run.namespace else { return nil }
        var position = 0
        var moved: XMLTree.Node?
        for piece in parts {
            let length = piece.text.utf16.count
            if position == offset, length > 0 {
                moved = piece.node
                break
            }
            if position < offset, offset < position + length {
                guard piece.node.localName == "t", let (before, after) = split(piece.text, at: offset - position),
                    let rest = piece.node.copy(deep: false)
                else { return nil }
                piece.node.setText(before)
                rest.setText(after)
                piece.node.setAttribute(qualifiedName: "xml:space", value: "preserve")
                rest.setAttribute(qualifiedName: "xml:space", value: "preserve")
                rest.insert(after: piece.node)
                moved = rest
                break
            }
            position += length
        }
        guard let moved, let newRun = run.copy(deep: false) else { return nil }
        if let properties = run.elements.first(where: { $0.localName == "rPr" && $0.namespace == namespace }),
            let copied = properties.copy(deep: true)
        {
            newRun.append(copied)
        }
        var following: [XMLTree.Node] = []
        var reached = false
        for child in run.children {
            if child.pointer == moved.pointer { reached = true }
            if reached { following.append(child) }
        }
        for child in following {
            child.detach()
            newRun.append(child)
        }
        newRun.insert(after: run)
        return newRun
    }

    private static func split(_ text: String, at offset: Int) -> (String, String)? {
        let units = text.utf16
        guard let middle = units.index(units.startIndex, offsetBy: offset, limitedBy: units.endIndex),
            let before = String(units[..<middle]), let after = String(units[middle...])
        else { return nil }
        return (before, after)
    }
}
