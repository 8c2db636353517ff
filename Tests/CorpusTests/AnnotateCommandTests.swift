import Foundation
import Testing

@testable import RegLintReaders

/// `reglint annotate` end to end on every corpus DOCX: each finding is a Word comment by reglint
/// on its words, the rest of the package is untouched, re-annotating replaces reglint's comments,
/// and the annotated copy reads back with the same text and findings.
@Suite("reglint annotate")
struct AnnotateCommandTests {
    static let documents = CorpusLocation.documents.filter { $0.hasSuffix(".docx") }
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reglint-annotate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// The findings `reglint check` reports for one file, without their path.
    private func findings(of path: String) throws -> [[String: Any]] {
        let result = try CommandLineRunner.run(["check", "--format", "json", "--fail-on", "never", path])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        return findings.map { finding in finding.filter { $0.key != "path" } }
    }

    @Test(arguments: documents)
    func everyFindingIsACommentOnItsWords(document: String) throws {
        let folder = try temporaryFolder()
        let annotated = folder + "/annotated.docx"
        let result = try CommandLineRunner.run(["annotate", document, "-o", annotated, "--fail-on", "never"])
        #expect(result.status == 0, "\(result.errors)")
        let expected = try findings(of: document)
        let comments = try AnnotatedPackage(path: annotated).reglintComments()
        #expect(comments.count == expected.count)
        var exact = 0
        for (comment, finding) in zip(comments, expected) {
            let message = try #require(finding["message"] as? String)
            let rule = try #require(finding["rule"] as? String)
            #expect(comment.text.contains(message) && comment.text.contains("[\(rule)]"))
            guard let excerpt = finding["excerpt"] as? String else { continue }
            if finding["range"] != nil, comment.anchored.hasPrefix(excerpt) {
                exact += 1
            } else {
                // Without a range (or where its words are generated numbering) the comment covers the paragraph.
                #expect(
                    comment.anchored.contains(excerpt) || comment.anchored.count > excerpt.count / 2,
                    "\(rule): anchored on '\(comment.anchored)', excerpt '\(excerpt)'")
            }
        }
        let withRange = expected.filter { $0["range"] != nil }.count
        #expect(exact == withRange, "\(document): \(exact) of \(withRange) findings with a range are on their words")
    }

    @Test(arguments: documents)
    func theCopyReadsBackTheSameAndReannotatingReplaces(document: String) throws {
        let folder = try temporaryFolder()
        let once = folder + "/once.docx"
        let twice = folder + "/twice.docx"
        #expect(try CommandLineRunner.run(["annotate", document, "-o", once, "--fail-on", "never"]).status == 0)
        #expect(try CommandLineRunner.run(["annotate", once, "-o", twice, "--fail-on", "never"]).status == 0)
        let first = try AnnotatedPackage(path: once)
        let second = try AnnotatedPackage(path: twice)
        #expect(try first.reglintComments().map(\.text) == second.reglintComments().map(\.text))
        // Same findings (reglint's comments are no suppressions) and the same text.
        let original = try findings(of: document)
        let reread = try findings(of: once)
        #expect(
            try JSONSerialization.data(withJSONObject: original, options: .sortedKeys)
                == JSONSerialization.data(withJSONObject: reread, options: .sortedKeys))
        let tree = { (path: String) throws -> String in
            try CommandLineRunner.run(["tree", path]).output.replacingOccurrences(of: path, with: "FILE")
        }
        #expect(try tree(document) == tree(once))
        // Every part but the ones that carry comments is byte for byte the same.
        let input = try ZipPackage(url: CorpusLocation.url(document), file: document)
        let carriers: Set<String> = [
            "word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
        ]
        for name in input.partNames where !carriers.contains(name) {
            #expect(try input.part(name) == first.package.part(name), "\(name) changed")
        }
        #expect(Set(input.partNames).isSubset(of: Set(first.package.partNames)))
    }

    @Test func annotatingXMLIsAClearErrorAndTheBatchGoesOn() throws {
        let folder = try temporaryFolder()
        let xml = "corpus/en/acceptable-use-policy.xml"
        let docx = "corpus/en/information-security-policy.docx"
        let single = try CommandLineRunner.run(["annotate", xml, "-o", folder + "/x.docx"])
        #expect(single.status == 3)
        #expect(single.errors.contains(xml) && single.errors.contains("not a Word .docx"))
        let batch = try CommandLineRunner.run(["annotate", xml, docx, "--output-dir", folder, "--fail-on", "never"])
        #expect(batch.status == 3)
        #expect(FileManager.default.fileExists(atPath: folder + "/" + docx))
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + xml))
    }

    @Test func theInputIsNeverTheOutput() throws {
        let document = try #require(Self.documents.first)
        let before = try Data(contentsOf: CorpusLocation.url(document))
        let result = try CommandLineRunner.run(["annotate", document, "-o", "./" + document])
        #expect(result.status == 2)
        #expect(try Data(contentsOf: CorpusLocation.url(document)) == before)
    }
}

/// An annotated package read back with libxml2: reglint's comments, in id order, with the text
/// their anchors cover.
struct AnnotatedPackage {
    struct Comment {
        var id: Int
        var text: String
        var anchored: String
    }

    let package: ZipPackage

    init(path: String) throws {
        package = try ZipPackage(url: URL(fileURLWithPath: path), file: path)
    }

    func reglintComments() throws -> [Comment] {
        let namespace = AnnotateCommandTests.main
        let commentsData = try #require(try package.part("word/comments.xml"))
        let comments = try XMLTree(data: commentsData, file: "annotated", part: "word/comments.xml")
        var found: [Int: Comment] = [:]
        for comment in comments.root?.elements ?? [] where comment.localName == "comment" {
            guard comment.attribute("author", namespace: namespace) == "reglint",
                let id = comment.attribute("id", namespace: namespace).flatMap(Int.init)
            else { continue }
            var text: [String] = []
            Self.visit(comment) { node in if node.localName == "t" { text.append(node.text) } }
            found[id] = Comment(id: id, text: text.joined(separator: "\n"), anchored: "")
        }
        let documentData = try #require(try package.part("word/document.xml"))
        let document = try XMLTree(data: documentData, file: "annotated", part: "word/document.xml")
        var open: Set<Int> = []
        guard let root = document.root else { return [] }
        Self.visit(root) { node in
            let id = node.attribute("id", namespace: namespace).flatMap(Int.init)
            switch node.localName {
            case "commentRangeStart": if let id { open.insert(id) }
            case "commentRangeEnd": if let id { open.remove(id) }
            case "t", "tab", "br":
                let piece = node.localName == "t" ? node.text : node.localName == "tab" ? "\t" : "\n"
                for id in open { found[id]?.anchored += piece }
            default: break
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    /// Visits every element under `node` in document order, skipping deleted text and field codes.
    static func visit(_ node: XMLTree.Node, _ body: (XMLTree.Node) -> Void) {
        guard node.isElement, !["del", "instrText", "delText"].contains(node.localName) else { return }
        body(node)
        for child in node.elements { visit(child, body) }
    }
}
