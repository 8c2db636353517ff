import Foundation
import RegLintCore

/// What the loader knows of a file before a reader reads it: its first bytes' signature and,
/// for XML, its root element.
struct DocumentProbe {
    /// The file as given (kept in every location).
    let path: String
    let signature: FileSignature
    /// The root element's local name and namespace (XML only).
    let root: XMLStreamReader.Name?

    var url: URL { URL(fileURLWithPath: path) }
}

/// A reader of one format. ``DocumentLoader`` asks its readers in order and the first that
/// recognises a file (by signature, root element and namespace) reads it; adding a format is a
/// folder with a type conforming to this protocol and one line in ``DocumentLoader/readers``.
protocol DocumentReader: Sendable {
    /// Whether this reader reads the file `probe` describes, under `configuration`.
    func recognises(_ probe: DocumentProbe, configuration: Configuration) -> Bool
    /// Reads it.
    /// - Throws: ``ReaderError`` naming the file and what is wrong.
    func read(_ probe: DocumentProbe, configuration: Configuration) throws -> Document
}

/// A reader of an XML schema whose structure a built-in profile describes: a mapping in the shape
/// of a user's `xml_mappings` entry (a YAML file in the format's folder), read by
/// ``StructuredXMLReader``.
struct ProfiledXMLReader: DocumentReader {
    let profile: StructuredXMLProfile
    /// Whether a root element is this format's.
    let isRoot: @Sendable (XMLStreamReader.Name) -> Bool

    func recognises(_ probe: DocumentProbe, configuration: Configuration) -> Bool {
        probe.root.map(isRoot) ?? false
    }

    func read(_ probe: DocumentProbe, configuration: Configuration) throws -> Document {
        try StructuredXMLReader(profile: profile, path: probe.path, language: configuration.language).read()
    }
}

/// A format's built-in mapping, with its YAML as shipped (`reglint` docs print it in full).
public struct BuiltInXMLProfile: Sendable {
    /// The format's name (`uslm`, `formex`, `clml`, `oscal`).
    public let name: String
    /// The mapping as YAML, in the shape of an `xml_mappings` entry.
    public let yaml: String
    /// The mapping.
    public let mapping: XMLStructureMapping

    init(name: String, yaml bytes: [UInt8]) {
        self.name = name
        yaml = String(decoding: bytes, as: UTF8.self)
        do {
            mapping = try XMLStructureMapping(yaml: yaml)
        } catch {
            preconditionFailure("built-in profile \(name) does not parse: \(error)")
        }
    }

    /// The built-in profiles, in the order the loader tries them.
    public static var all: [BuiltInXMLProfile] { readers.map(\.profile) }

    private static var readers: [(profile: BuiltInXMLProfile, reader: ProfiledXMLReader)] {
        [
            (USLMReader.profile, USLMReader.reader), (FormexReader.profile, FormexReader.reader),
            (CLMLReader.profile, CLMLReader.reader), (OSCALReader.profile, OSCALReader.reader),
        ]
    }

    /// The profile that reads documents with this root element, if any.
    static func profile(forRoot root: XMLStreamReader.Name) -> BuiltInXMLProfile? {
        readers.first { $0.reader.isRoot(root) }?.profile
    }
}
