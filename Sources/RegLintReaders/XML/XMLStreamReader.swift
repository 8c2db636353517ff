import CLibXML2
import Foundation
import RegLintCore

/// A pull parser over XML bytes: libxml2's streaming `xmlTextReader`, which keeps only the
/// current node in memory, so reading takes about as much memory as the input itself.
///
/// Parsing never loads DTDs or external entities, never touches the network, never substitutes
/// entities and never recovers from errors: a malformed document throws
/// ``ReaderError/malformedXML(file:part:line:column:message:)`` with the position libxml2 reports.
/// This is a class because it owns the `xmlTextReaderPtr` and frees it in `deinit`.
final class XMLStreamReader {
    /// A qualified element name.
    struct Name: Equatable {
        var localName: String
        var namespace: String
    }

    /// One step of the document.
    enum Event: Equatable {
        case start(Name)
        case end(Name)
        case text(String)
        case processingInstruction(target: String, data: String)
    }

    private let reader: xmlTextReaderPtr
    private let file: String
    private let part: String?
    private let errorBox: ErrorBox
    private let source: XMLByteSource
    /// The deepest element nesting accepted (`limits.max_depth`), bound per read.
    @TaskLocal static var maximumDepth = 200

    private var depth = 0
    private var pendingEnd: Name?
    private var isCurrentPending = false
    private var names: [UnsafeRawPointer: String] = [:]
    /// The names last met, by a few bits of their pointer: most lookups end here, without
    /// hashing.
    private var recentNames = [(pointer: UnsafeRawPointer?, name: String)](repeating: (nil, ""), count: 64)

    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses `data` and hands the reader to `body`; the reader is valid only inside `body`.
    /// - Parameters:
    ///   - file: the path used in errors; `part` the package part (DOCX) when there is one.
    ///   - tracksColumns: compute element columns (costs one pass over the bytes).
    static func read<T>(
        _ data: Data, file: String, part: String? = nil, tracksColumns: Bool = false,
        _ body: (XMLStreamReader) throws -> T
    ) throws -> T {
        try data.withUnsafeBytes { bytes -> T in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count > 0 else {
                throw ReaderError.malformedXML(
                    file: file, part: part, line: 1, column: 1, message: "the document is empty")
            }
            guard let handle = xmlReaderForMemory(base, Int32(clamping: bytes.count), file, nil, options) else {
                throw ReaderError.io(file: file, detail: "libxml2 could not start reading")
            }
            let source = XMLByteSource(memory: bytes, tracksColumns: tracksColumns)
            return try body(XMLStreamReader(reader: handle, file: file, part: part, source: source))
        }
    }

    /// Parses the file at `path` as it is read, never holding it whole, and hands the reader to
    /// `body`.
    static func read<T>(
        fileAt path: String, tracksColumns: Bool = false, _ body: (XMLStreamReader) throws -> T
    ) throws -> T {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReaderError.io(file: path, detail: "cannot open the file")
        }
        let source = XMLByteSource(file: handle, tracksColumns: tracksColumns)
        let context = Unmanaged.passUnretained(source).toOpaque()
        let readCallback: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            return Unmanaged<XMLByteSource>.fromOpaque(context).takeUnretainedValue()
                .read(into: buffer, length: Int(length))
        }
        guard let reader = xmlReaderForIO(readCallback, nil, context, path, nil, options) else {
            throw ReaderError.io(file: path, detail: "libxml2 could not start reading")
        }
        let streamReader = XMLStreamReader(reader: reader, file: path, part: nil, source: source)
        return try withExtendedLifetime(source) { try body(streamReader) }
    }

    private init(reader: xmlTextReaderPtr, file: String, part: String?, source: XMLByteSource) {
        self.reader = reader
        self.file = file
        self.part = part
        self.source = source
        self.errorBox = ErrorBox()
        let context = Unmanaged.passUnretained(errorBox).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                let box = Unmanaged<ErrorBox>.fromOpaque(context).takeUnretainedValue()
                guard box.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
                let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
                box.message = text.trimmingCharacters(in: .whitespacesAndNewlines)
                box.line = Int(error.pointee.line)
                box.column = Int(error.pointee.int2)
            }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The next event, or nil at the end of the document.
    func next() throws -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            depth -= 1
            return .end(name)
        }
        while true {
            if isCurrentPending {
                isCurrentPending = false
            } else {
                let status = xmlTextReaderRead(reader)
                if status == 0 { return try finish() }
                if status < 0 { throw currentError() }
            }
            switch xmlReaderTypes(rawValue: UInt32(xmlTextReaderNodeType(reader))) {
            case XML_READER_TYPE_ELEMENT:
                let name = currentName()
                depth += 1
                if depth > Self.maximumDepth {
                    throw ReaderError.limitExceeded(
                        file: file,
                        detail: "XML elements nested deeper than \(Self.maximumDepth) at line \(line) "
                            + "(\(InputLimits.describe("max_depth", Self.maximumDepth)))")
                }
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = name }
                return .start(name)
            case XML_READER_TYPE_END_ELEMENT:
                depth -= 1
                return .end(currentName())
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_WHITESPACE,
                XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
                return .text(string(xmlTextReaderConstValue(reader)) ?? "")
            case XML_READER_TYPE_PROCESSING_INSTRUCTION:
                return .processingInstruction(
                    target: string(xmlTextReaderConstLocalName(reader)) ?? "",
                    data: string(xmlTextReaderConstValue(reader)) ?? "")
            default:
                continue
            }
        }
    }

    /// Skips everything inside the element whose `.start` was just returned, including its end.
    func skipElement() throws {
        depth -= 1
        if pendingEnd != nil {
            pendingEnd = nil
            return
        }
        let status = xmlTextReaderNext(reader)
        if status < 0 { throw currentError() }
        isCurrentPending = status == 1
    }

    /// The value of the current element's attribute with this local name, in any namespace.
    func attribute(_ localName: String) -> String? {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            if let name = xmlTextReaderConstLocalName(reader), localName.withCString({ strcmp($0, name) == 0 }) {
                return string(xmlTextReaderConstValue(reader))
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        return nil
    }

    /// The values of the current element's attributes with these local names (any namespace),
    /// in the order of `localNames`, read in one pass over the attributes.
    func attributes(_ localNames: [String]) -> [String?] {
        var values = [String?](repeating: nil, count: localNames.count)
        guard !localNames.isEmpty, xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return values }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            guard let name = xmlTextReaderConstLocalName(reader) else { continue }
            for (index, localName) in localNames.enumerated() where values[index] == nil {
                if localName.withCString({ strcmp($0, name) == 0 }) {
                    values[index] = string(xmlTextReaderConstValue(reader))
                }
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        return values
    }

    /// The current element's serialised content (for Flat OPC parts); skips past the element.
    func innerXML() throws -> String {
        guard pendingEnd == nil else {
            pendingEnd = nil
            depth -= 1
            return ""
        }
        guard let content = xmlTextReaderReadInnerXml(reader) else { throw currentError() }
        defer { free(content) }  // xmlFree is free() unless an application swaps it
        let text = String(cString: content)
        try skipElement()
        return text
    }

    /// The 1-based line of the current node.
    var line: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return Int(xmlTextReaderGetParserLineNumber(reader)) }
        return Int(xmlGetLineNo(node))
    }

    /// The 1-based byte column of the current element's `<`, when columns are tracked.
    func elementColumn() -> Int? {
        guard let qualified = xmlTextReaderConstName(reader) else { return nil }
        return source.column(line: line, qualifiedName: qualified)
    }

    private func currentName() -> Name {
        Name(
            localName: interned(xmlTextReaderConstLocalName(reader)),
            namespace: interned(xmlTextReaderConstNamespaceUri(reader)))
    }

    /// libxml2 interns names in its dictionary, so the pointer identifies the string.
    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: key) >> 3) & (recentNames.count - 1)
        if recentNames[slot].pointer == key { return recentNames[slot].name }
        let text: String
        if let known = names[key] {
            text = known
        } else {
            text = String(cString: pointer)
            names[key] = text
        }
        recentNames[slot] = (key, text)
        return text
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func finish() throws -> Event? {
        if errorBox.message != nil { throw currentError() }
        return nil
    }

    private func currentError() -> ReaderError {
        if let failure = source.readError { return .io(file: file, detail: "cannot read the file (\(failure))") }
        let message = errorBox.message ?? "the XML parser stopped"
        if let explained = Self.explain(message, file: file) { return explained }
        return .malformedXML(
            file: file, part: part, line: errorBox.line ?? Int(xmlTextReaderGetParserLineNumber(reader)),
            column: errorBox.column, message: errorBox.message ?? "the XML parser stopped")
    }
}

extension XMLStreamReader {
    /// libxml2's safety stops, said in words a person can act on.
    fileprivate static func explain(_ message: String, file: String) -> ReaderError? {
        if message.contains("Excessive depth") {
            return .limitExceeded(
                file: file, detail: "XML elements nested deeper than libxml2's limit of 256 (a crafted document?)")
        }
        if message.contains("huge text node") || message.contains("xmlSAX2Characters") {
            return .limitExceeded(file: file, detail: "a text node longer than libxml2's limit of 10 MB")
        }
        if message.contains("entity reference loop") || message.contains("amplification")
            || message.contains("Maximum entity")
        {
            return .limitExceeded(
                file: file,
                detail: "entity expansion stopped: the entities expand explosively (a \"billion laughs\" document?)")
        }
        return nil
    }
}

/// Holds the first error libxml2 reports for one reader.
private final class ErrorBox {
    var message: String?
    var line: Int?
    var column: Int?
}
