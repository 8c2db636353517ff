/// What a check found and where: the engine turns it into a ``Finding`` with the rule id and
/// the configured severity.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// A one-sentence message without a final period, built by a factory beside the check, in
    /// English and, when the check gives it, in Vietnamese.
    public struct Message: Sendable, Equatable, Codable, CustomStringConvertible {
        /// The English text.
        public let text: String
        /// The Vietnamese text; nil when the message has only English (shown in both languages).
        public let vietnamese: String?

        /// A message in English only, shown as is whatever the language.
        public init(_ text: String) {
            self.text = text
            self.vietnamese = nil
        }

        /// A message in English and Vietnamese (`vi` nil or empty: English only).
        public init(en: String, vi: String?) {
            self.text = en
            self.vietnamese = vi.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// The text in `language`, English when the message has no text in it.
        public func text(in language: MessageLanguage) -> String {
            switch language {
            case .en: text
            case .vi: vietnamese ?? text
            }
        }

        public var description: String { text }
    }

    public var message: Message
    public var location: SourceLocation
    /// The document's own words the finding concerns, as printed.
    public var excerpt: String?
    /// Where `excerpt` lies in the text of the paragraph `location` names, when the check knows it.
    public var range: TextRange?
    /// The text that should replace `excerpt` (the `range`, when there is one), when the check knows it.
    public var fix: Fix?

    public init(
        message: Message, location: SourceLocation, excerpt: String? = nil, range: TextRange? = nil, fix: Fix? = nil
    ) {
        self.message = message
        self.location = location
        self.excerpt = excerpt
        self.range = range
        self.fix = fix
    }
}

/// A replacement for a finding's excerpt.
public struct Fix: Sendable, Equatable, Codable {
    public var replacement: String

    public init(replacement: String) {
        self.replacement = replacement
    }
}
