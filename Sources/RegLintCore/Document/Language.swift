/// The language of a document, which decides number, date and label conventions.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// Vietnamese: `8.472` is eight thousand four hundred seventy-two, `98,5%` is a decimal.
    case vi
    /// English.
    case en
    /// Not determined.
    case unknown
}
