import RegLintCore
import RegLintReaders
import RegLintReporters

extension CheckCommand {
    /// The documents of a run for reporters that show them (`--format html`): each is read
    /// again, when the reporter asks for it, with the reader and configuration the check used,
    /// so the engine keeps no document for the other formats.
    static func documentSource(resolver: ConfigurationResolver, pathsByName: [String: String]) -> DocumentSource {
        DocumentSource { name in
            let path = pathsByName[name] ?? name
            var resolver = resolver
            guard let configuration = try? resolver.configuration(for: path) else { return nil }
            return try? DocumentLoader(configuration: configuration).read(path: path)
        }
    }
}
