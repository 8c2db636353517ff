import Foundation

/// The paragraph styles of `styles.xml`, resolved through `w:basedOn` inheritance.
struct StyleSheet {
    /// What a paragraph style contributes to the paragraphs that use it.
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numberingID: String?
        var numberingLevel: Int?
        var isBold: Bool?
        var type: String
    }

    private(set) var styles: [String: Style] = [:]
    private(set) var defaultParagraphStyle: String?

    init() {}

    init(data: Data, file: String, part: String) throws {
        try XMLStreamReader.read(data, file: file, part: part) { reader in
            var current: (id: String, style: Style)?
            var path: [String] = []
            while let event = try reader.next() {
                switch event {
                case .start(let name):
                    path.append(name.localName)
                    guard WordNamespaces.main.contains(name.namespace) else { continue }
                    if name.localName == "style" {
                        let type = reader.attribute("type") ?? "paragraph"
                        let id = reader.attribute("styleId") ?? ""
                        current = (id, Style(type: type))
                        if type == "paragraph", WordNamespaces.isOn(reader.attribute("default") ?? "0") {
                            defaultParagraphStyle = id
                        }
                        continue
                    }
                    guard current != nil else { continue }
                    if path.contains("pPrChange") || path.contains("rPrChange") { continue }
                    let value = reader.attribute("val")
                    switch name.localName {
                    case "name": current?.style.name = value
                    case "basedOn": current?.style.basedOn = value
                    case "outlineLvl": current?.style.outlineLevel = value.flatMap { Int($0) }
                    case "numId" where path.contains("numPr"): current?.style.numberingID = value
                    case "ilvl" where path.contains("numPr"): current?.style.numberingLevel = value.flatMap { Int($0) }
                    case "b" where path.contains("rPr") && !path.contains("pPr"):
                        current?.style.isBold = WordNamespaces.isOn(value)
                    default: break
                    }
                case .end(let name):
                    path.removeLast()
                    if name.localName == "style", let (id, style) = current {
                        styles[id] = style
                        current = nil
                    }
                default:
                    break
                }
            }
        }
    }

    /// Walks a style and its `basedOn` ancestors (at most 20, so a cycle cannot hang).
    private func chain(_ id: String?) -> [Style] {
        var result: [Style] = []
        var next = id ?? defaultParagraphStyle
        var seen: Set<String> = []
        while let current = next, let style = styles[current], !seen.contains(current), result.count < 20 {
            seen.insert(current)
            result.append(style)
            next = style.basedOn
        }
        return result
    }

    func name(of id: String?) -> String? {
        chain(id).first?.name ?? id
    }

    /// The outline level (0 = Heading 1) a style gives its paragraphs, if it is a heading style.
    func outlineLevel(of id: String?) -> Int? {
        for style in chain(id) {
            if let level = style.outlineLevel { return level < 9 ? level : nil }
            if let name = style.name, let level = Self.headingLevel(fromName: name) { return level }
        }
        if let id, let level = Self.headingLevel(fromName: id) { return level }
        return nil
    }

    /// The numbering a style attaches to its paragraphs.
    func numbering(of id: String?) -> (id: String, level: Int?)? {
        var level: Int?
        for style in chain(id) {
            if level == nil { level = style.numberingLevel }
            if let numberingID = style.numberingID { return (numberingID, level) }
        }
        return nil
    }

    func isBold(_ id: String?) -> Bool {
        chain(id).lazy.compactMap(\.isBold).first ?? false
    }

    func isTitle(_ id: String?) -> Bool {
        let name = (self.name(of: id) ?? id ?? "").lowercased()
        return name == "title" || id?.lowercased() == "title"
    }

    func isTableOfContents(_ id: String?) -> Bool {
        let name = (self.name(of: id) ?? id ?? "").lowercased()
        return name.hasPrefix("toc ") || name == "toc heading" || name.hasPrefix("table of contents")
            || name.hasPrefix("mục lục") || (id?.hasPrefix("TOC") ?? false)
    }

    /// `heading 2`, `Heading2`, `Überschrift 2`, `Titre 2`, `Tiêu đề 2` → 1.
    static func headingLevel(fromName name: String) -> Int? {
        let lowered = name.lowercased()
        let words = [
            "heading", "überschrift", "titre", "título", "titolo", "kop", "nagłówek", "заголовок", "tiêu đề", "đề mục",
        ]
        for word in words where lowered.hasPrefix(word) {
            let rest = lowered.dropFirst(word.count).drop(while: { $0 == " " || $0 == "_" || $0 == "-" })
            if let level = Int(rest), (1...9).contains(level) { return level - 1 }
        }
        return nil
    }
}
