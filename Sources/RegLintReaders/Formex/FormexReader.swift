import RegLintCore

/// Formex 4: EU acts, annexes and consolidated texts as the Publications Office publishes them
/// (no namespace; the root names the document type).
enum FormexReader {
    static let profile = BuiltInXMLProfile(name: "formex", yaml: PackageResources.formex_yml)

    static let reader = ProfiledXMLReader(profile: StructuredXMLProfile(mapping: profile.mapping, format: .formex)) {
        $0.namespace.isEmpty && profile.mapping.roots.contains($0.localName)
    }
}
