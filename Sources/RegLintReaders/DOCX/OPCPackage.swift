import Foundation

/// The parts of an Open Packaging Conventions package, from a ZIP (`.docx`) or a Flat OPC file.
protocol OPCPackage {
    /// The part's bytes, or nil when the package has no such part. Names have no leading slash.
    func part(_ name: String) throws -> Data?
}

/// One relationship of a `.rels` part.
struct OPCRelationship: Equatable {
    var id: String
    var type: String
    var target: String
    var isExternal: Bool

    /// The relationship type's last path component: `officeDocument`, `styles`, `numbering`, …
    var kind: String { type.split(separator: "/").last.map(String.init) ?? type }
}

extension OPCPackage {
    /// The relationships of `part` (`""` for the package itself), with internal targets resolved
    /// to part names.
    func relationships(of part: String, file: String) throws -> [OPCRelationship] {
        let folder = (part as NSString).deletingLastPathComponent
        let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard let data = try self.part(relsName) else { return [] }
        var relationships: [OPCRelationship] = []
        try XMLStreamReader.read(data, file: file, part: relsName) { reader in
            while let event = try reader.next() {
                guard case .start(let name) = event, name.localName == "Relationship",
                    let id = reader.attribute("Id"), let type = reader.attribute("Type"),
                    let target = reader.attribute("Target")
                else { continue }
                let isExternal = reader.attribute("TargetMode") == "External"
                let resolved = isExternal ? target : Self.resolve(target, from: folder)
                relationships.append(OPCRelationship(id: id, type: type, target: resolved, isExternal: isExternal))
            }
        }
        return relationships
    }

    /// Resolves a relative part reference (`../media/x.png`, `/word/document.xml`, `styles.xml`).
    static func resolve(_ target: String, from folder: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in target.split(separator: "/") {
            if component == ".." {
                _ = components.popLast()
            } else if component != "." {
                components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
