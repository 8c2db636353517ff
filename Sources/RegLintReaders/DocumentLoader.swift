import Foundation
import RegLintCore

/// Reads any supported file into a ``Document``, choosing the reader by content, not by name:
/// refuses what it recognises but cannot read (PDF, RTF, legacy .doc), then asks its
/// ``readers`` in order (DOCX, Flat OPC, the configuration's `xml_mappings`, Akoma Ntoso, USLM,
/// Formex, CLML, OSCAL); a `.txt` file is read as an outline.
public struct DocumentLoader: Sendable {
    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Reads the file at `path` (kept as given in every location).
    /// - Throws: ``ReaderError`` naming the file and what is wrong.
    public func read(path: String) throws(ReaderError) -> Document {
        do {
            return try XMLStreamReader.$maximumDepth.withValue(configuration.limits.maxDepth) {
                try readUnchecked(path: path)
            }
        } catch let error as ReaderError {
            throw error
        } catch {
            throw ReaderError.io(file: path, detail: "\(error)")
        }
    }

    private func readUnchecked(path: String) throws -> Document {
        let url = URL(fileURLWithPath: path)
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ReaderError.io(file: path, detail: "cannot open the file (no such file or no permission)")
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            throw ReaderError.io(file: path, detail: "is a folder, not a document")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let limits = configuration.limits
        guard size <= limits.maxFileSize else {
            throw ReaderError.limitExceeded(
                file: path,
                detail: "the file is \(size) bytes (\(InputLimits.describe("max_file_size", limits.maxFileSize)))")
        }
        guard size > 0 else { throw ReaderError.unsupportedFormat(file: path, detail: "the file is empty") }
        let head = try Self.head(of: url, path: path)
        let signature = FileSignature(head)
        switch signature {
        case .compoundFile:
            throw ReaderError.unsupportedFormat(
                file: path,
                detail: "an OLE compound file: a password-protected DOCX or a legacy binary .doc; "
                    + "remove the password or save it as .docx (Word 2007 or later)")
        case .pdf:
            throw ReaderError.unsupportedFormat(
                file: path, detail: "a PDF file: reglint reads DOCX and XML; export it as .docx")
        case .rtf:
            throw ReaderError.unsupportedFormat(
                file: path, detail: "an RTF file: save it as .docx (Word 2007 or later)")
        case .text:
            guard url.pathExtension.lowercased() == "txt" else {
                throw ReaderError.unsupportedFormat(
                    file: path, detail: "not a DOCX or XML file: it starts with text, not '<' (a plain-text export?)")
            }
            return try readPlainText(url: url, path: path)
        case .zip, .other:
            break
        }
        let root = signature == .other ? try Self.rootElement(path: path) : nil
        if signature == .other, root == nil {
            throw ReaderError.unsupportedFormat(file: path, detail: "not XML, DOCX or another format reglint reads")
        }
        let probe = DocumentProbe(path: path, signature: signature, root: root)
        if let reader = Self.readers.first(where: { $0.recognises(probe, configuration: configuration) }) {
            return try reader.read(probe, configuration: configuration)
        }
        guard let root else {
            throw ReaderError.unsupportedFormat(file: path, detail: "not XML, DOCX or another format reglint reads")
        }
        let qualified = root.namespace.isEmpty ? root.localName : "{\(root.namespace)}\(root.localName)"
        if WordNamespaces.main.contains(root.namespace) {
            throw ReaderError.unsupportedFormat(
                file: path, detail: "a bare WordprocessingML part (\(qualified)); open it in Word and save it as .docx")
        }
        throw ReaderError.unsupportedFormat(
            file: path,
            detail: "XML with root element \(qualified) is not a format reglint reads (Akoma Ntoso, USLM, Formex, "
                + "CLML, OSCAL, Word XML); describe its structure in an xml_mappings entry of .reglint.yml "
                + "(see docs/configuration.md)")
    }

    /// The readers, asked in this order; the first that recognises a file reads it. A user's
    /// `xml_mappings` entry comes before the built-in XML profiles, so it overrides them.
    static let readers: [any DocumentReader] = [
        DocxPackageReader(),
        FlatOPCReader(),
        MappedXMLReader(),
        AkomaNtosoReader(),
        USLMReader.reader,
        FormexReader.reader,
        CLMLReader.reader,
        OSCALReader.reader,
    ]

    /// A `.txt` export read as an outline: one paragraph a line, headings recognised from the
    /// text as in DOCX (see ``OutlineReader``).
    private func readPlainText(url: URL, path: String) throws -> Document {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReaderError.unsupportedFormat(file: path, detail: "a text file that is not UTF-8: save it as UTF-8")
        }
        var document = OutlineReader.read(text, path: path, language: configuration.language)
        document.format = .plainText
        return document
    }

    private static func rootElement(path: String) throws -> XMLStreamReader.Name? {
        try XMLStreamReader.read(fileAt: path) { reader -> XMLStreamReader.Name? in
            while let event = try reader.next() {
                if case .start(let name) = event { return name }
            }
            return nil
        }
    }

    private static func head(of url: URL, path: String) throws -> Data {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return try handle.read(upToCount: 512) ?? Data()
        } catch {
            throw ReaderError.io(file: path, detail: "cannot read the file (\(error.localizedDescription))")
        }
    }
}

/// What a file's first bytes say it is.
enum FileSignature {
    case zip, compoundFile, pdf, rtf, text, other

    init(_ head: Data) {
        let bytes = [UInt8](head)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile
        } else if bytes.starts(with: Array("%PDF".utf8)) {
            self = .pdf
        } else if bytes.starts(with: Array("{\\rtf".utf8)) {
            self = .rtf
        } else if Self.looksLikeXML(bytes) {
            self = .other
        } else {
            self = .text
        }
    }

    /// XML starts with `<` after an optional byte-order mark and white space; UTF-16 and UTF-32
    /// (a BOM or zero bytes) are left to libxml2, which detects them.
    static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        if rest.starts(with: [0xFF, 0xFE]) || rest.starts(with: [0xFE, 0xFF]) { return true }
        // UTF-16 or UTF-32 without a byte-order mark: `<` next to zero bytes.
        if rest.starts(with: [0x3C, 0x00]) || rest.starts(with: [0x00, 0x3C])
            || rest.starts(with: [0x00, 0x00, 0x00, 0x3C])
        {
            return true
        }
        guard let first = rest.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "<")
    }
}
