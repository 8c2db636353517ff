import RegLintCore

/// CLML: UK legislation from legislation.gov.uk, whole (`Legislation` in the CLML namespace) or
/// a fragment served on its own (a `Part`, `Pblock`, `P1group` … without a namespace).
enum CLMLReader {
    static let profile = BuiltInXMLProfile(name: "clml", yaml: PackageResources.clml_yml)
    static let namespace = "http://www.legislation.gov.uk/namespaces/legislation"
    /// Roots of the fragments legislation.gov.uk serves for one provision or group of them.
    static let fragmentRoots: Set<String> = [
        "Legislation", "Primary", "Secondary", "Body", "Schedules", "Schedule", "Part", "Chapter", "Pblock",
        "PsubBlock", "P1group", "P1",
    ]

    static let reader = ProfiledXMLReader(profile: StructuredXMLProfile(mapping: profile.mapping, format: .clml)) {
        ($0.namespace == namespace || $0.namespace.isEmpty) && fragmentRoots.contains($0.localName)
    }
}
