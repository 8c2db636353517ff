import ArgumentParser
import Foundation
import RegLintCore

/// `reglint profiles`: lists the profiles (required clauses by kind of document) a run would use.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the profiles (required clauses by kind of document) and their ids.",
        discussion: """
            Lists the built-in starter profiles and those of the configuration, each with its \
            required clauses. --show ID prints one profile's YAML, to copy and adapt. \
            `reglint tree FILE` shows which profile applies to a document and where each clause \
            was found. The format is described in docs/profiles.md.
            """
    )

    @Option(help: "Configuration file (default: the nearest .reglint.yml above the current folder).")
    var config: String?

    @Option(help: "Print the YAML of this profile.")
    var show: String?

    func run() throws {
        var resolver = ConfigurationResolver(explicitPath: config)
        let catalog: ProfileCatalog
        do {
            try resolver.validateExplicit()
            catalog = try ProfileCatalog.load(configuration: try resolver.configuration(forRunStartingAt: "."))
            if let show { _ = try catalog.forcing([show]) }
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        var output = BufferedOutput()
        defer { output.flush() }
        if let show, let profile = catalog.profile(id: show) {
            if profile.source == "built-in", let yaml = StarterProfiles.texts.first(where: { $0.id == show })?.yaml {
                output.write(yaml + "\n")
            } else {
                output.write((try? String(contentsOfFile: profile.source, encoding: .utf8)) ?? "")
            }
            return
        }
        for profile in catalog.profiles {
            output.write("\(profile.id) — \(profile.name) [\(profile.source)]\n")
            for clause in profile.required {
                let place = clause.within.map { " (within \($0))" } ?? ""
                output.write("  \(clause.id): \(clause.name)\(place)\n")
            }
        }
    }
}
