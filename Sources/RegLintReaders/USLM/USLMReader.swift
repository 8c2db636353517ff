import RegLintCore

/// USLM: the US Code, bills, resolutions, public laws, statute compilations and CFR volumes
/// (GPO's namespace, and the House's USLM 1.0 namespace of US Code titles).
enum USLMReader {
    static let profile = BuiltInXMLProfile(name: "uslm", yaml: PackageResources.uslm_yml)
    static let namespaces: Set<String> = ["http://schemas.gpo.gov/xml/uslm", "http://xml.house.gov/schemas/uslm/1.0"]

    static let reader = ProfiledXMLReader(profile: StructuredXMLProfile(mapping: profile.mapping, format: .uslm)) {
        namespaces.contains($0.namespace) && profile.mapping.roots.contains($0.localName)
    }
}
