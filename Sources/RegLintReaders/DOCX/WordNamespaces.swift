/// Namespace URIs of WordprocessingML, in its transitional and strict (ISO 29500) forms.
enum WordNamespaces {
    static let main: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let math: Set<String> = [
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "http://purl.oclc.org/ooxml/officeDocument/math",
    ]
    static let flatOPCPackage = "http://schemas.microsoft.com/office/2006/xmlPackage"
    /// Prefixes of `mc:Choice Requires="…"` whose content this reader understands (text boxes,
    /// shapes and groups, Word 2010+ paragraph extensions, VML).
    static let understoodChoicePrefixes: Set<String> = [
        "wps", "wpg", "wpc", "wpi", "wp14", "w14", "w15", "a14", "v", "o", "w10", "m",
    ]

    /// Whether a WordprocessingML attribute value means "on" (`true`, `1`, `on`, or no value).
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["false", "0", "off", "none"].contains(value.lowercased())
    }
}
