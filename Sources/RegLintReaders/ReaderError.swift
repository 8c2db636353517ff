import Foundation
import RegLintCore

/// Why a file could not be read. Every case names the file and says what to do.
public enum ReaderError: Error, Equatable, CustomStringConvertible {
    /// The XML is not well-formed.
    case malformedXML(file: String, part: String?, line: Int?, column: Int?, message: String)
    /// The file is not in a format reglint reads; `detail` says what it seems to be and what to do.
    case unsupportedFormat(file: String, detail: String)
    /// A part the format requires is missing, e.g. `word/document.xml`.
    case missingPart(file: String, part: String)
    /// The ZIP container is damaged or unsafe.
    case badArchive(file: String, detail: String)
    /// The file exceeds a configured limit.
    case limitExceeded(file: String, detail: String)
    /// The file could not be opened or read.
    case io(file: String, detail: String)

    public var file: String {
        switch self {
        case .malformedXML(let file, _, _, _, _), .unsupportedFormat(let file, _), .missingPart(let file, _),
            .badArchive(let file, _), .limitExceeded(let file, _), .io(let file, _):
            file
        }
    }

    /// The message without the file name, as the JSON report's `error.message` wants it.
    public var message: String {
        switch self {
        case .malformedXML(_, let part, let line, let column, let message):
            var position = line.map { "line \($0)" } ?? "unknown position"
            if let column { position += ", column \(column)" }
            let inPart = part.map { " in \($0)" } ?? ""
            if message.contains("not proper UTF-8") {
                let bytes =
                    message.components(separatedBy: "Bytes:").last.map { " (bytes \($0.trimmingWhitespace))" } ?? ""
                return "text\(inPart) at \(position) is not valid UTF-8\(bytes): declare the real encoding in the "
                    + "XML declaration or save the file as UTF-8"
            }
            return "malformed XML\(inPart) at \(position): \(message.collapsingWhitespace)"
        case .unsupportedFormat(_, let detail): return detail
        case .missingPart(_, let part): return "not a Word document: the package has no \(part)"
        case .badArchive(_, let detail): return "damaged DOCX (ZIP) container: \(detail)"
        case .limitExceeded(_, let detail): return detail
        case .io(_, let detail): return detail
        }
    }

    public var description: String { "\(file): \(message)" }
}
