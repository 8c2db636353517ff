import RegLintCore

/// OSCAL catalogs and profiles (NIST): control families, controls and their parts, numbered by
/// their labels, so a control catalog is checked like a policy.
enum OSCALReader {
    static let profile = BuiltInXMLProfile(name: "oscal", yaml: PackageResources.oscal_yml)

    static let reader = ProfiledXMLReader(profile: StructuredXMLProfile(mapping: profile.mapping, format: .oscal)) {
        $0.namespace == "http://csrc.nist.gov/ns/oscal/1.0" && profile.mapping.roots.contains($0.localName)
    }
}
