import RegLintCore

/// Akoma Ntoso (3.0, its drafts, 2.0, LegalDocML.de: any namespace, root `akomaNtoso`).
struct AkomaNtosoReader: DocumentReader {
    func recognises(_ probe: DocumentProbe, configuration: Configuration) -> Bool {
        probe.root?.localName == "akomaNtoso"
    }

    func read(_ probe: DocumentProbe, configuration: Configuration) throws -> Document {
        try StructuredXMLReader(profile: .akomaNtoso, path: probe.path, language: configuration.language).read()
    }
}
