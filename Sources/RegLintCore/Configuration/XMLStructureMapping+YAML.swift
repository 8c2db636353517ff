import Yams

extension XMLStructureMapping {
    /// Reads one mapping written as a `.reglint.yml` `xml_mappings` entry (a built-in profile's
    /// YAML, for instance).
    public init(yaml: String) throws {
        self = try YAMLDecoder().decode(XMLStructureMapping.self, from: yaml)
    }
}
