import Foundation
import RegLintCore
import Testing

@testable import RegLintReaders

/// Every file of `HostileCorpus/` (written by scripts/make-hostile-corpus.py) gets its exact
/// one-line error, or is read correctly where the attack must simply fail to work.
@Suite("Hostile and broken input")
struct HostileCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "HostileCorpus")

    static let expectedErrors: [String: String] = [
        "billion-laughs.xml":
            "entity expansion stopped: the entities expand explosively (a \"billion laughs\" document?)",
        "corrupted.docx":
            "damaged DOCX (ZIP) container: cannot decompress word/document.xml; the archive is damaged (corruptedData)",
        "deep-nesting.xml": "XML elements nested deeper than 200 at line 1 (limit limits.max_depth = 200)",
        "document-not-xml.docx": "damaged DOCX (ZIP) container: the main part word/document.xml is not XML",
        "duplicate-entries.docx":
            "damaged DOCX (ZIP) container: two entries are named 'word/Document.xml' (a crafted archive?)",
        "empty.docx": "the file is empty",
        "html-page.xml":
            "XML with root element html is not a format reglint reads (Akoma Ntoso, USLM, Formex, CLML, OSCAL, Word XML); describe its structure in an xml_mappings entry of .reglint.yml (see docs/configuration.md)",
        "malformed.xml": "malformed XML at line 3, column 25: Opening and ending tag mismatch: p line 3 and content",
        "missing-document.docx": "not a Word document: the package has no word/document.xml",
        "odt-renamed.docx": "an OpenDocument (ODT) file, not DOCX: save it as .docx (Word 2007 or later)",
        "ole-compound.docx":
            "an OLE compound file: a password-protected DOCX or a legacy binary .doc; remove the password or save it as .docx (Word 2007 or later)",
        "path-traversal.docx":
            "damaged DOCX (ZIP) container: unsafe entry name '../../evil.txt' (an absolute path or '..'; a crafted archive?)",
        "pdf-renamed.docx": "a PDF file: reglint reads DOCX and XML; export it as .docx",
        "text-renamed.xml": "not a DOCX or XML file: it starts with text, not '<' (a plain-text export?)",
        "truncated.docx":
            "damaged DOCX (ZIP) container: cannot open the ZIP archive; it may be truncated or corrupted (missingEndOfCentralDirectoryRecord)",
        "wrong-encoding.xml":
            "text at line 2, column 84 is not valid UTF-8 (bytes 0xD0 0x69 0x3F 0x75): declare the real encoding in the XML declaration or save the file as UTF-8",
        "zip-bomb.docx":
            "part word/document.xml expands 1017 times its compressed size, a zip bomb? (limit limits.max_compression_ratio = 1000)",
    ]

    static let readable = [
        "external-dtd.xml", "external-entity.xml", "utf16-with-bom.akn.xml", "utf8-with-bom.akn.xml", "valid.docx",
    ]

    @Test func everyFileIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(Set(files) == Set(Self.expectedErrors.keys).union(Self.readable))
    }

    @Test(arguments: expectedErrors.keys.sorted())
    func refused(file: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        #expect {
            try DocumentLoader().read(path: path)
        } throws: { error in
            guard let error = error as? ReaderError else { return false }
            #expect(error.message == Self.expectedErrors[file])
            return error.file == path
        }
    }

    @Test(arguments: readable)
    func readSafely(file: String) throws {
        let document = try DocumentLoader().read(path: Self.folder.appendingPathComponent(file).path)
        let text =
            document.allSections.map { ($0.number ?? "") + ($0.heading ?? "") }.joined()
            + document.allParagraphs.map(\.text).joined()
        #expect(text.contains("Điều 1"))
        #expect(!text.contains("root:"), "an external entity was expanded")
    }

    @Test func limitsAreConfigurableAndNamed() throws {
        var configuration = Configuration()
        configuration.limits.maxZipEntries = 2
        let path = Self.folder.appendingPathComponent("valid.docx").path
        #expect {
            try DocumentLoader(configuration: configuration).read(path: path)
        } throws: { error in
            (error as? ReaderError)?.message == "the archive has more than 2 entries (limit limits.max_zip_entries = 2)"
        }
        configuration = Configuration()
        configuration.limits.maxFileSize = 10
        #expect {
            try DocumentLoader(configuration: configuration).read(path: path)
        } throws: { error in
            (error as? ReaderError)?.message.hasSuffix("(limit limits.max_file_size = 10)") ?? false
        }
    }

    @Test func hugeTextNodesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("huge.xml")
        var xml = Data("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body><p>".utf8)
        xml.append(Data(repeating: UInt8(ascii: "a"), count: 11_000_000))
        xml.append(Data("</p></body></act></akomaNtoso>".utf8))
        try xml.write(to: url)
        #expect {
            try DocumentLoader().read(path: url.path)
        } throws: { error in
            (error as? ReaderError)?.message == "a text node longer than libxml2's limit of 10 MB"
        }
    }

    /// What each input the fuzzers once crashed or hung on (scripts/fuzz.sh) gives now: its exact
    /// error, read within a time limit (a hang came back as a slow read).
    static let fuzzRegressionErrors: [String: String] = [
        "docx-short-chunk-overread.docx":
            "damaged DOCX (ZIP) container: cannot decompress word/styles.xml: its compressed data ends early (a truncated or corrupted archive)",
        "docx-truncated-deflate-hang.docx":
            "damaged DOCX (ZIP) container: cannot decompress word/document.xml: its compressed data ends early (a truncated or corrupted archive)",
    ]

    @Test(.timeLimit(.minutes(1)), arguments: fuzzRegressionErrors.keys.sorted())
    func fuzzRegression(file: String) throws {
        let started = Date()
        var message = "read"
        do {
            _ = try DocumentLoader().read(path: Self.regressions.appendingPathComponent(file).path)
        } catch {
            message = error.message
        }
        #expect(message == Self.fuzzRegressionErrors[file], "\(file)")
        #expect(Date().timeIntervalSince(started) < 5, "\(file) took too long (a hang come back?)")
    }

    static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("FuzzRegressions")

    @Test func everyFuzzRegressionHasItsExpectedError() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.regressions.path).sorted()
        #expect(!files.isEmpty)
        #expect(files == Self.fuzzRegressionErrors.keys.sorted())
    }
}
