import ArgumentParser
import Foundation
import RegLintChecks
import RegLintCore
import RegLintReaders

/// `reglint tree`: prints the section tree a reader built, to see why a check did or did not fire.
struct TreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Print the section tree reglint reads from documents.",
        discussion: """
            Shows each document's metadata (title, number, issuer, dates) and its sections \
            (part › chapter › section › article › clause › point) with their blocks and locations: \
            ¶N is the paragraph index in a DOCX, line:column the position in XML. \
            Then the profiles that apply to the document and where each required clause was \
            found (✓), found without content (∅) or not found (✗); "none applies" when no profile does.
            Folders are walked for .docx and .xml files.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Documents or folders to read.")
    var paths: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Configuration file (default: the nearest .reglint.yml above each file).")
    var config: String?

    @Option(name: .customLong("profile"), help: "Apply this profile (by id) to every document. May be repeated.")
    var profile: [String] = []

    func run() throws {
        var resolver = ConfigurationResolver(explicitPath: config)
        do {
            try resolver.validateExplicit()
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        let files = InputDiscovery.files(in: paths)
        var failures = 0
        var printed = 0
        var catalogs: [String: ProfileCatalog] = [:]  // by configuration file, read once
        var output = BufferedOutput()
        defer { output.flush() }
        if format == .json { output.write("[") }
        // Each document is printed as soon as it is read and then released, so memory stays
        // bounded by the largest document, not by the whole batch.
        for file in files {
            do {
                let configuration = try resolver.configuration(for: file)
                let key = configuration.file ?? ""
                let profiles = try catalogs[key] ?? ProfileCatalog.load(configuration: configuration).forcing(profile)
                catalogs[key] = profiles
                let document = try DocumentLoader(configuration: configuration).read(path: file)
                let matches = ClauseMatcher.matches(in: document, profiles: profiles)
                switch format {
                case .text:
                    if printed > 0 { output.write("\n") }
                    TreeTextRenderer.render(document) { output.write($0 + "\n") }
                    TreeProfileRenderer.render(matches) { output.write($0 + "\n") }
                case .json:
                    output.write(
                        (printed > 0 ? ",\n" : "\n") + (try TreeJSONRenderer.render(document, profiles: matches)))
                }
                printed += 1
            } catch let error as ConfigurationError {
                printError("error: \(error)")
                throw ExitStatus.usage
            } catch {
                failures += 1
                printError("\(error) [input/unreadable]")
            }
        }
        if format == .json { output.write(printed > 0 ? "\n]\n" : "]\n") }
        if failures > 0 { throw ExitStatus.unreadableInput }
    }
}

func printError(_ message: String) {
    // A closed standard error is no reason to stop: the message is dropped.
    try? FileHandle.standardError.write(contentsOf: Data((message + "\n").utf8))
}
