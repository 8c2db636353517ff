import Foundation
import RegLintCore

extension DocxReader {
    /// The main part's name (as the package relationships give it).
    static func mainPartName(of package: OPCPackage, file: String) throws -> String {
        let relationships = try package.relationships(of: "", file: file)
        return relationships.first { $0.kind == "officeDocument" && !$0.isExternal }?.target ?? "word/document.xml"
    }

    /// Every paragraph of the main part with visible text, by its paragraph index (body, table
    /// cells and text boxes), exactly as ``read(_:)`` sees it: numbering labels included, with
    /// the spans that map its text back to runs.
    func bodyParagraphs(_ package: OPCPackage) throws -> [Int: Paragraph] {
        let mainPart = try Self.mainPartName(of: package, file: path)
        guard let mainData = try package.part(mainPart) else {
            throw ReaderError.missingPart(file: path, part: mainPart)
        }
        let relationships = try package.relationships(of: mainPart, file: path)
        func related(_ kind: String) throws -> (name: String, data: Data)? {
            guard let relationship = relationships.first(where: { $0.kind == kind && !$0.isExternal }),
                let data = try package.part(relationship.target)
            else { return nil }
            return (relationship.target, data)
        }
        let styles =
            try related("styles").map { try StyleSheet(data: $0.data, file: path, part: $0.name) } ?? StyleSheet()
        let numbering =
            try related("numbering").map { try NumberingDefinitions(data: $0.data, file: path, part: $0.name) }
            ?? NumberingDefinitions()
        var converter = WordParagraphConverter(path: path, styles: styles, numbering: numbering)
        var body = WordprocessingMLReader(file: path, part: mainPart, styles: styles, hyperlinkTargets: [:])
        var paragraphs: [Int: Paragraph] = [:]
        try body.read(mainData) { item, _ in
            switch item {
            case .paragraph(let wordParagraph):
                if let (paragraph, _) = converter.paragraph(wordParagraph), let index = paragraph.location.paragraph {
                    paragraphs[index] = paragraph
                }
            case .table(let wordTable):
                for row in converter.table(wordTable).rows {
                    for paragraph in row.cells.flatMap(\.paragraphs) {
                        if let index = paragraph.location.paragraph { paragraphs[index] = paragraph }
                    }
                }
            }
        }
        return paragraphs
    }
}
