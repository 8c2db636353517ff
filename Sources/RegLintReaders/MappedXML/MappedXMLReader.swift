import RegLintCore

/// XML described by one of the configuration's `xml_mappings` entries. The loader asks it before
/// the built-in XML readers, so a user's entry for a root overrides the built-in profile.
struct MappedXMLReader: DocumentReader {
    func recognises(_ probe: DocumentProbe, configuration: Configuration) -> Bool {
        mapping(for: probe, in: configuration) != nil
    }

    func read(_ probe: DocumentProbe, configuration: Configuration) throws -> Document {
        guard let mapping = mapping(for: probe, in: configuration) else {
            throw ReaderError.unsupportedFormat(file: probe.path, detail: "no xml_mappings entry for its root")
        }
        return try StructuredXMLReader(
            profile: StructuredXMLProfile(mapping: mapping), path: probe.path, language: configuration.language
        ).read()
    }

    private func mapping(for probe: DocumentProbe, in configuration: Configuration) -> XMLStructureMapping? {
        guard let root = probe.root else { return nil }
        return configuration.xmlMappings.first { $0.matches(rootNamespace: root.namespace, rootName: root.localName) }
    }
}
