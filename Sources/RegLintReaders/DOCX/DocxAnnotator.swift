import Foundation
import RegLintCore
import ZIPFoundation

/// Writes a copy of a `.docx` with each finding as a Word comment, anchored on the exact words
/// of its range (runs are cut at the range's ends where needed), or on its whole paragraph when
/// it has no range or its words cannot be placed. Comments are by ``author``; reglint's earlier
/// comments are replaced, never piled up. Every part but `word/document.xml`, the comments part
/// and (when a comments part is added) the content types and the main part's relationships is
/// copied unchanged; the text a reader sees is unchanged.
public struct DocxAnnotator: Sendable {
    /// The author of reglint's comments (never a suppression, replaced on re-annotation).
    public static let author = "reglint"
    /// The initials Word shows beside reglint's comments.
    public static let initials = "RL"

    /// How the findings were placed.
    public struct Outcome: Sendable, Equatable {
        /// Comments anchored on the exact words of their finding's range.
        public var exact = 0
        /// Comments anchored on a whole paragraph (no range, or words that could not be placed).
        public var wholeParagraph = 0
        /// reglint comments of an earlier run that were removed.
        public var replaced = 0
    }

    public var limits: InputLimits
    /// The language of the comments' own words (severity, "Fix"); the messages come as the
    /// findings carry them.
    public var language: MessageLanguage

    public init(limits: InputLimits = InputLimits(), language: MessageLanguage = .en) {
        self.limits = limits
        self.language = language
    }

    /// Annotates the DOCX at `input` with `findings` (those of this file) and writes `output`.
    /// - Throws: ``ReaderError`` naming the file: not a DOCX, damaged, or not writable; the
    ///   input is never written.
    public func annotate(input: String, findings: [Finding], output: String) throws(ReaderError) -> Outcome {
        do {
            return try annotateUnchecked(input: input, findings: findings, output: output)
        } catch let error as ReaderError {
            throw error
        } catch {
            throw ReaderError.io(file: input, detail: "\(error)")
        }
    }

    private func annotateUnchecked(input: String, findings: [Finding], output: String) throws -> Outcome {
        let inputURL = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        guard inputURL.path != outputURL.path else {
            throw ReaderError.io(
                file: input, detail: "the output is the input itself; annotate writes a copy (-o OTHER.docx)")
        }
        let head = (try? FileHandle(forReadingFrom: inputURL)).flatMap { try? $0.read(upToCount: 8) } ?? Data()
        guard case .zip = FileSignature(head) else {
            throw ReaderError.unsupportedFormat(
                file: input,
                detail: "not a Word .docx package: annotate writes Word comments into .docx files only "
                    + "(check XML documents with `reglint check`)")
        }
        let package = try ZipPackage(url: inputURL, file: input, limits: limits)
        let mainPart = try DocxReader.mainPartName(of: package, file: input)
        guard let mainData = try package.part(mainPart) else {
            throw ReaderError.missingPart(file: input, part: mainPart)
        }
        let paragraphs = try DocxReader(path: input, format: .docx, language: nil).bodyParagraphs(package)
        let document = try XMLTree(data: mainData, file: input, part: mainPart)
        guard let root = document.root, let namespace = root.namespace, WordNamespaces.main.contains(namespace) else {
            throw ReaderError.unsupportedFormat(
                file: input, detail: "the main part \(mainPart) is not WordprocessingML")
        }
        var parts = try CommentParts(package: package, mainPart: mainPart, file: input, namespace: namespace)
        let tree = WordTreeParagraphs(root: root)
        var outcome = Outcome()
        outcome.replaced = parts.removeOwnComments(from: root)
        var nextID = parts.nextCommentID(document: root)
        var anchors = CommentAnchors(tree: tree, namespace: namespace)
        for finding in findings {
            let id = String(nextID)
            nextID += 1
            let index = finding.location.paragraph ?? 1
            let placedExactly = anchors.anchor(
                id: id, paragraph: index, text: paragraphs[index], range: finding.range, document: document)
            if placedExactly { outcome.exact += 1 } else { outcome.wholeParagraph += 1 }
            parts.addComment(
                id: id, finding: finding, language: language,
                words: paragraphs[index].flatMap { paragraph in
                    finding.range?.range(in: paragraph.text).map { String(paragraph.text[$0]) }
                })
        }
        var changed = try parts.changedParts(findingCount: findings.count)
        changed[mainPart] = document.serialized()
        try write(package: package, changed: changed, to: outputURL)
        return outcome
    }

    /// Writes every entry of `package` in its order, `changed` ones replaced and new ones last,
    /// to a temporary file beside `url`, then moves it into place.
    private func write(package: ZipPackage, changed: [String: Data], to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).reglint-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            // 1980-01-02, after the ZIP epoch in any time zone: the same bytes on every run.
            let date = Date(timeIntervalSince1970: 315_619_200)
            let added = changed.keys.filter { !package.partNames.contains($0) }.sorted()
            for name in package.partNames + added {
                if name.hasSuffix("/") {
                    try archive.addEntry(
                        with: name, type: .directory, uncompressedSize: 0, modificationDate: date
                    ) { (_: Int64, _: Int) in Data() }
                    continue
                }
                guard let data = try changed[name] ?? package.part(name) else { continue }
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { (position: Int64, size: Int) in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch let error as ReaderError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReaderError.io(
                file: url.path, detail: "cannot write the annotated copy (\(error.localizedDescription))")
        }
        do {
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReaderError.io(
                file: url.path, detail: "cannot write the annotated copy (\(error.localizedDescription))")
        }
    }
}
