import Foundation

/// Word's Flat OPC XML ("Word XML Document"): every part of the package inline in one
/// `<pkg:package>` file, XML parts in `<pkg:xmlData>`, binary parts in base64 (ignored here).
struct FlatOPCPackage: OPCPackage {
    private let parts: [String: Data]

    init(data: Data, file: String) throws {
        var parts: [String: Data] = [:]
        try XMLStreamReader.read(data, file: file) { reader in
            var currentPart: String?
            while let event = try reader.next() {
                guard case .start(let name) = event, name.namespace == WordNamespaces.flatOPCPackage else { continue }
                switch name.localName {
                case "part":
                    currentPart = reader.attribute("name").map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
                case "xmlData":
                    let xml = try reader.innerXML()
                    if let part = currentPart?.lowercased(), parts[part] == nil {
                        parts[part] = Data(xml.utf8)
                    }
                case "binaryData":
                    try reader.skipElement()
                default:
                    break
                }
            }
        }
        self.parts = parts
    }

    func part(_ name: String) throws -> Data? {
        parts[name.lowercased()]
    }
}
