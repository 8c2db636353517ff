/// What a check may know besides the document: the date "today" is and the language
/// conventions. A check never reads the clock or the environment itself.
public struct CheckContext: Sendable {
    /// The date against which "outdated" is judged.
    public let asOf: Day
    /// The document's language, or the configured one when the document does not say.
    public let language: Language
    /// Facts about the document, computed once and shared by every check.
    public let facts: DocumentFacts
    /// The instruments and bodies of the configured registry files.
    public let registry: InstrumentRegistry
    /// The profiles of the run (required clauses by kind of document); the starter profiles
    /// unless the configuration says otherwise.
    public let profiles: ProfileCatalog
    /// Work the checks of this document share (see ``SharedWork``).
    public let shared: SharedWork

    public init(
        asOf: Day, language: Language, facts: DocumentFacts = .empty,
        registry: InstrumentRegistry = InstrumentRegistry(), profiles: ProfileCatalog = .starter
    ) {
        self.profiles = profiles
        self.asOf = asOf
        self.language = language
        self.facts = facts
        self.registry = registry
        shared = SharedWork()
    }
}

extension CheckContext {
    /// The shared facts, or facts computed here when the caller (a custom runner) gave none.
    public func facts(of document: Document) -> DocumentFacts {
        facts.sections.isEmpty && facts.paragraphs.isEmpty && !document.sections.isEmpty
            ? DocumentFacts(document) : facts
    }
}
