import Foundation
import RegLintCore

/// `docProps/core.xml`: the title, author and creation date Word keeps with a document.
struct CoreProperties {
    var title: String?
    var creator: String?
    var created: Day?

    init() {}

    init(data: Data, file: String, part: String) throws {
        try XMLStreamReader.read(data, file: file, part: part) { reader in
            var field: String?
            var text = ""
            while let event = try reader.next() {
                switch event {
                case .start(let name):
                    field = ["title", "creator", "created"].contains(name.localName) ? name.localName : nil
                    text = ""
                case .text(let piece):
                    if field != nil { text += piece }
                case .end:
                    let value = text.collapsingWhitespace
                    switch field {
                    case "title" where !value.isEmpty: title = value
                    case "creator" where !value.isEmpty: creator = value
                    case "created": created = Day(iso: String(value.prefix(10)))
                    default: break
                    }
                    field = nil
                case .processingInstruction:
                    break
                }
            }
        }
    }
}
