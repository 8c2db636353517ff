import Foundation
import ZIPFoundation

/// Writes a small `.docx` from WordprocessingML body XML, for reader tests.
struct DocxFixture {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let declarations = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml"
        """

    var body: String
    var styles: String?
    var numbering: String?
    var footnotes: String?
    var comments: String?

    /// The package's parts by name.
    var parts: [String: String] {
        var relationships = ""
        var result: [String: String] = [:]
        func add(_ name: String, _ type: String, _ xml: String?) {
            guard let xml else { return }
            result["word/\(name)"] = xml
            relationships += """
                <Relationship Id="r\(name)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)" Target="\(name)"/>
                """
        }
        add("styles.xml", "styles", styles.map { "<w:styles \(Self.declarations)>\($0)</w:styles>" })
        add("numbering.xml", "numbering", numbering.map { "<w:numbering \(Self.declarations)>\($0)</w:numbering>" })
        add("footnotes.xml", "footnotes", footnotes.map { "<w:footnotes \(Self.declarations)>\($0)</w:footnotes>" })
        add("comments.xml", "comments", comments.map { "<w:comments \(Self.declarations)>\($0)</w:comments>" })
        result["[Content_Types].xml"] = """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """
        result["_rels/.rels"] = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>
            """
        result["word/_rels/document.xml.rels"] = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)\
            <Relationship Id="rLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/law" TargetMode="External"/>\
            </Relationships>
            """
        result["word/document.xml"] = "<w:document \(Self.declarations)><w:body>\(body)</w:body></w:document>"
        return result
    }

    /// Writes the package to a new temporary file and returns its path.
    func write(named name: String = "fixture.docx") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        for (part, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(xml.utf8)
            try archive.addEntry(
                with: part, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url.path
    }

    /// Writes the same parts as a Flat OPC (`pkg:package`) XML file and returns its path.
    func writeFlatOPC(named name: String = "fixture.xml") throws -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">"#
        for (part, content) in parts.sorted(by: { $0.key < $1.key }) where part != "[Content_Types].xml" {
            xml +=
                #"<pkg:part pkg:name="/\#(part)" pkg:contentType="application/xml"><pkg:xmlData>\#(content)</pkg:xmlData></pkg:part>"#
        }
        xml += "</pkg:package>"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(xml.utf8).write(to: url)
        return url.path
    }

    /// A paragraph with plain runs.
    static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }
}
