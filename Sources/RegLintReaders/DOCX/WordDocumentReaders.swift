import Foundation
import RegLintCore

/// A `.docx` (a ZIP package); an OpenDocument file, also a ZIP, is refused with what it is.
struct DocxPackageReader: DocumentReader {
    func recognises(_ probe: DocumentProbe, configuration: Configuration) -> Bool {
        probe.signature == .zip
    }

    func read(_ probe: DocumentProbe, configuration: Configuration) throws -> Document {
        let package = try ZipPackage(url: probe.url, file: probe.path, limits: configuration.limits)
        if try package.part("word/document.xml") == nil, try package.part("_rels/.rels") == nil {
            if try package.part("content.xml") != nil {
                throw ReaderError.unsupportedFormat(
                    file: probe.path,
                    detail: "an OpenDocument (ODT) file, not DOCX: save it as .docx (Word 2007 or later)")
            }
        }
        return try DocxReader(path: probe.path, format: .docx, language: configuration.language).read(package)
    }
}

/// Word's Flat OPC XML (`<pkg:package>`, "Word XML Document").
struct FlatOPCReader: DocumentReader {
    func recognises(_ probe: DocumentProbe, configuration: Configuration) -> Bool {
        probe.root?.localName == "package" && probe.root?.namespace == WordNamespaces.flatOPCPackage
    }

    func read(_ probe: DocumentProbe, configuration: Configuration) throws -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: probe.url)
        } catch {
            throw ReaderError.io(file: probe.path, detail: "cannot read the file (\(error.localizedDescription))")
        }
        let package = try FlatOPCPackage(data: data, file: probe.path)
        return try DocxReader(path: probe.path, format: .flatOPC, language: configuration.language).read(package)
    }
}
