/// The language reglint writes its messages, rule descriptions and rule pages in: `--lang`
/// or `messages:` in `.reglint.yml`; English by default. Rule ids and report fields never change
/// with it.
public enum MessageLanguage: String, Sendable, Codable, CaseIterable {
    case en
    case vi
}
