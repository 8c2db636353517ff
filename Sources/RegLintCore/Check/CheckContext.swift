/// What a check may know besides the document: the date "today" is and the language
/// conventions. A check never reads the clock or the environment itself.
public struct CheckContext: Sendable {
    /// The date against which "outdated" is judged.
    public let asOf: Day
    /// The document's language, or the configured one when the document does not say.
    public let language: Language

    public init(asOf: Day, language: Language) {
        self.asOf = asOf
        self.language = language
    }
}
