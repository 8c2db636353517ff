import Foundation
import RegLintCore

/// The comments part of a package being annotated, and the parts that must name it.
struct CommentParts {
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
    private static let commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    private static let commentsContentType =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"

    private let package: ZipPackage
    private let mainPart: String
    private let file: String
    private let namespace: String
    /// The comments part's name, and whether the package already had it.
    private var name: String
    private let existed: Bool
    private var comments: XMLTree?

    init(package: ZipPackage, mainPart: String, file: String, namespace: String) throws {
        self.package = package
        self.mainPart = mainPart
        self.file = file
        self.namespace = namespace
        let relationship = try package.relationships(of: mainPart, file: file).first {
            $0.kind == "comments" && !$0.isExternal
        }
        if let relationship, let data = try package.part(relationship.target) {
            name = relationship.target
            existed = true
            comments = try XMLTree(data: data, file: file, part: relationship.target)
        } else {
            let folder = (mainPart as NSString).deletingLastPathComponent
            let taken = Set(package.partNames.map { $0.lowercased() })
            let candidates = ["comments.xml", "reglint-comments.xml"].map { folder.isEmpty ? $0 : folder + "/" + $0 }
            name = candidates.first { !taken.contains($0.lowercased()) } ?? candidates[1]
            existed = false
        }
    }

    /// Removes reglint's earlier comments and their anchors in `document`; returns how many.
    mutating func removeOwnComments(from document: XMLTree.Node) -> Int {
        guard let root = comments?.root else { return 0 }
        var ids: Set<String> = []
        for comment in root.elements where comment.localName == "comment" {
            guard comment.attribute("author", namespace: namespace) == DocxAnnotator.author,
                let id = comment.attribute("id", namespace: namespace)
            else { continue }
            ids.insert(id)
            comment.remove()
        }
        guard !ids.isEmpty else { return 0 }
        var markers: [XMLTree.Node] = []
        Self.collect(in: document, into: &markers) { node in
            ["commentRangeStart", "commentRangeEnd", "commentReference"].contains(node.localName)
                && ids.contains(node.attribute("id", namespace: namespace) ?? "")
        }
        for marker in markers {
            let run = marker.localName == "commentReference" ? marker.parent : nil
            marker.remove()
            if let run, run.localName == "r", run.elements.allSatisfy({ $0.localName == "rPr" }) { run.remove() }
        }
        return ids.count
    }

    /// One more than the largest comment id in the comments part and in `document`'s anchors.
    func nextCommentID(document: XMLTree.Node) -> Int {
        var anchors: [XMLTree.Node] = []
        Self.collect(in: document, into: &anchors) { node in
            ["commentRangeStart", "commentRangeEnd", "commentReference"].contains(node.localName)
        }
        let existing = (comments?.root?.elements ?? []) + anchors
        let ids = existing.compactMap { $0.attribute("id", namespace: namespace).flatMap { Int($0) } }
        return (ids.max() ?? -1) + 1
    }

    /// The severity as a comment names it: `error`, or `lỗi` in Vietnamese.
    static func severity(_ severity: Severity, in language: MessageLanguage) -> String {
        switch (language, severity) {
        case (.en, _): severity.rawValue
        case (.vi, .error): "lỗi"
        case (.vi, .warning): "cảnh báo"
        case (.vi, .info): "lưu ý"
        }
    }

    /// Adds the comment for `finding`: severity, rule and message, then the fix.
    mutating func addComment(id: String, finding: Finding, language: MessageLanguage, words: String?) {
        if comments == nil {
            let empty =
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"\(namespace)\"/>"
            comments = try? XMLTree(data: Data(empty.utf8), file: file, part: name)
        }
        guard let tree = comments, let root = tree.root, let comment = tree.element("comment", namespace: namespace)
        else { return }
        comment.setAttribute("id", namespace: namespace, value: id)
        comment.setAttribute("author", namespace: namespace, value: DocxAnnotator.author)
        comment.setAttribute("initials", namespace: namespace, value: DocxAnnotator.initials)
        var lines = ["\(Self.severity(finding.severity, in: language)) [\(finding.rule.rawValue)]: \(finding.message)"]
        if let fix = finding.fix {
            let what = words ?? finding.excerpt
            switch language {
            case .en:
                lines.append(
                    what.map { "Fix: replace “\($0)” with “\(fix.replacement)”" } ?? "Fix: “\(fix.replacement)”")
            case .vi:
                lines.append(what.map { "Sửa: thay “\($0)” bằng “\(fix.replacement)”" } ?? "Sửa: “\(fix.replacement)”")
            }
        }
        for (index, line) in lines.enumerated() {
            guard let paragraph = tree.element("p", namespace: namespace) else { continue }
            if index == 0, let run = tree.element("r", namespace: namespace),
                let mark = tree.element("annotationRef", namespace: namespace)
            {
                run.append(mark)
                paragraph.append(run)
            }
            if let run = tree.element("r", namespace: namespace), let text = tree.element("t", namespace: namespace) {
                text.setText(line)
                text.setAttribute(qualifiedName: "xml:space", value: "preserve")
                run.append(text)
                paragraph.append(run)
            }
            comment.append(paragraph)
        }
        root.append(comment)
    }

    /// The parts to write: the comments part, and when it is new, the main part's relationships
    /// and the content types naming it. Nothing when there was no comments part and none is needed.
    func changedParts(findingCount: Int) throws -> [String: Data] {
        guard let comments, existed || findingCount > 0 else { return [:] }
        var changed = [name: comments.serialized()]
        guard !existed else { return changed }
        let folder = (mainPart as NSString).deletingLastPathComponent
        let relsName =
            (folder.isEmpty ? "" : folder + "/") + "_rels/" + (mainPart as NSString).lastPathComponent + ".rels"
        let rels =
            try package.part(relsName)
            ?? Data("<Relationships xmlns=\"\(Self.relationshipsNamespace)\"/>".utf8)
        let relsTree = try XMLTree(data: rels, file: file, part: relsName)
        if let root = relsTree.root,
            let relationship = relsTree.element("Relationship", namespace: Self.relationshipsNamespace)
        {
            let ids = Set(root.elements.compactMap { $0.attribute("Id", namespace: nil) })
            let id = (1...).lazy.map { "rIdReglint\($0)" }.first { !ids.contains($0) } ?? "rIdReglint"
            relationship.setAttribute(qualifiedName: "Id", value: id)
            relationship.setAttribute(qualifiedName: "Type", value: Self.commentsType)
            relationship.setAttribute(qualifiedName: "Target", value: (name as NSString).lastPathComponent)
            root.append(relationship)
        }
        changed[relsName] = relsTree.serialized()
        if let types = try package.part("[Content_Types].xml") {
            let typesTree = try XMLTree(data: types, file: file, part: "[Content_Types].xml")
            if let root = typesTree.root,
                let override = typesTree.element("Override", namespace: Self.contentTypesNamespace)
            {
                override.setAttribute(qualifiedName: "PartName", value: "/" + name)
                override.setAttribute(qualifiedName: "ContentType", value: Self.commentsContentType)
                root.append(override)
            }
            changed["[Content_Types].xml"] = typesTree.serialized()
        }
        return changed
    }

    /// Every element under `node` (itself included) that `matches`, in document order.
    static func collect(
        in node: XMLTree.Node, into found: inout [XMLTree.Node], where matches: (XMLTree.Node) -> Bool
    ) {
        if matches(node) { found.append(node) }
        for child in node.elements { collect(in: child, into: &found, where: matches) }
    }
}

/// Places comment anchors in a main part's tree: on a finding's exact words, cutting runs at
/// their ends, or around the whole paragraph.
struct CommentAnchors {
    let tree: WordTreeParagraphs
    let namespace: String
    /// The pieces each run has been cut into so far, by paragraph and run index, with the
    /// offset each piece starts at in the run's original text.
    private var pieces: [Int: [Int: [(start: Int, node: XMLTree.Node)]]] = [:]

    init(tree: WordTreeParagraphs, namespace: String) {
        self.tree = tree
        self.namespace = namespace
    }

    /// Anchors comment `id` on `range` of the paragraph `index` (whose text and spans are
    /// `text`); returns whether it is on the exact words (else on the whole paragraph, or the
    /// first paragraph when `index` names none).
    mutating func anchor(id: String, paragraph index: Int, text: Paragraph?, range: TextRange?, document: XMLTree)
        -> Bool
    {
        guard let entry = tree.paragraphs[index] ?? tree.paragraphs[1],
            let start = document.element("commentRangeStart", namespace: namespace),
            let end = document.element("commentRangeEnd", namespace: namespace),
            let reference = referenceRun(id: id, document: document)
        else { return false }
        start.setAttribute("id", namespace: namespace, value: id)
        end.setAttribute("id", namespace: namespace, value: id)
        if tree.paragraphs[index] != nil, let text, let range,
            let exact = places(range, in: text, index: index, entry: entry),
            placeExactly(start: start, end: end, at: exact, paragraph: index, entry: entry)
        {
            reference.insert(after: end)
            return true
        }
        if let properties = entry.node.elements.first, properties.localName == "pPr" {
            start.insert(after: properties)
        } else if let first = entry.node.children.first {
            start.insert(before: first)
        } else {
            entry.node.append(start)
        }
        entry.node.append(end)
        entry.node.append(reference)
        return false
    }

    /// A run holding the comment's reference mark.
    private func referenceRun(id: String, document: XMLTree) -> XMLTree.Node? {
        guard let run = document.element("r", namespace: namespace),
            let mark = document.element("commentReference", namespace: namespace)
        else { return nil }
        mark.setAttribute("id", namespace: namespace, value: id)
        run.append(mark)
        return run
    }

    /// Where a range starts and ends: run index and offset in that run's text.
    struct Places {
        var startRun: Int
        var startOffset: Int
        var endRun: Int
        var endOffset: Int
    }

    /// The runs and offsets of `range`, when its words all come from runs whose text matches.
    private func places(
        _ range: TextRange, in paragraph: Paragraph, index: Int, entry: WordTreeParagraphs.Entry
    ) -> Places? {
        guard !entry.isMarkDeleted, range.length > 0, let words = range.range(in: paragraph.text) else { return nil }
        let end = range.offset + range.length
        var startPlace: (Int, Int)?
        var endPlace: (Int, Int)?
        var covered = ""
        for span in paragraph.spans where span.offset < end && range.offset < span.offset + span.length {
            guard case .run(let run, let base) = span.source, let runText = originalText(index, entry, run) else {
                return nil
            }
            let from = max(range.offset, span.offset) - span.offset + base
            let to = min(end, span.offset + span.length) - span.offset + base
            let units = Array(runText.utf16)
            guard to <= units.count else { return nil }
            covered += String(decoding: units[from..<to], as: UTF16.self)
            if startPlace == nil { startPlace = (run, from) }
            endPlace = (run, to)
        }
        guard let startPlace, let endPlace, covered == String(paragraph.text[words]),
            covered.utf16.elementsEqual(paragraph.text[words].utf16)
        else { return nil }
        return Places(startRun: startPlace.0, startOffset: startPlace.1, endRun: endPlace.0, endOffset: endPlace.1)
    }

    /// Inserts `start` before the piece of text where the range starts and `end` after the one
    /// where it ends, cutting runs there.
    private mutating func placeExactly(
        start: XMLTree.Node, end: XMLTree.Node, at places: Places, paragraph: Int, entry: WordTreeParagraphs.Entry
    ) -> Bool {
        guard let first = piece(paragraph, entry, run: places.startRun, at: places.startOffset),
            let (last, isAfter) = endPiece(paragraph, entry, run: places.endRun, at: places.endOffset)
        else { return false }
        start.insert(before: first)
        if isAfter { end.insert(after: last) } else { end.insert(before: last) }
        return true
    }

    /// The piece of run `run` that starts at `offset` (cutting one in two when needed).
    private mutating func piece(_ paragraph: Int, _ entry: WordTreeParagraphs.Entry, run: Int, at offset: Int)
        -> XMLTree.Node?
    {
        guard let node = entry.runs[run] else { return nil }
        var list = pieces[paragraph]?[run] ?? [(start: 0, node: node)]
        guard let index = list.lastIndex(where: { $0.start <= offset }) else { return nil }
        let current = list[index]
        if current.start == offset { return current.node }
        guard let cut = WordRun.cut(current.node, at: offset - current.start) else { return nil }
        list.insert((start: offset, node: cut), at: index + 1)
        pieces[paragraph, default: [:]][run] = list
        return cut
    }

    /// Where the range ends: the piece to insert before, or (`isAfter`) the last piece of the
    /// run when the range ends with the run.
    private mutating func endPiece(_ paragraph: Int, _ entry: WordTreeParagraphs.Entry, run: Int, at offset: Int)
        -> (XMLTree.Node, isAfter: Bool)?
    {
        guard let node = entry.runs[run], let length = originalText(paragraph, entry, run)?.utf16.count else {
            return nil
        }
        if offset >= length {
            let last = pieces[paragraph]?[run]?.last?.node ?? node
            return (last, true)
        }
        return piece(paragraph, entry, run: run, at: offset).map { ($0, false) }
    }

    /// The text run `run` had before it was cut: its pieces' texts.
    private func originalText(_ paragraph: Int, _ entry: WordTreeParagraphs.Entry, _ run: Int) -> String? {
        guard let list = pieces[paragraph]?[run] ?? entry.runs[run].map({ [(start: 0, node: $0)] }) else { return nil }
        var text = ""
        for piece in list {
            guard let pieceText = WordRun.text(of: piece.node) else { return nil }
            text += pieceText
        }
        return text
    }
}
