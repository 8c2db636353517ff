import ArgumentParser
import Foundation
import RegLintChecks
import RegLintCore

/// `reglint init`: writes a commented starter `.reglint.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .reglint.yml in the current folder."
    )

    @Option(help: "Where to write the configuration.")
    var output = ".reglint.yml"

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: output), !force {
            printError("error: \(output) already exists; use --force to overwrite it")
            throw ExitStatus.usage
        }
        do {
            try Data(Self.starter.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            printError("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitStatus.usage
        }
        print("wrote \(output)")
        print("reglint check keeps a result cache in .reglint-cache/ beside it: add that folder to .gitignore")
    }

    /// The starter configuration: every key with its default, commented.
    static var starter: String {
        let rules = BuiltInChecks.descriptions.map { description in
            let state = description.isEnabledByDefault ? description.defaultSeverity.rawValue : "off"
            return "  # \(description.id): \(state)    # \(description.summary)"
        }
        return """
            # reglint configuration. Paths are relative to this file's folder.
            # Reference: docs/configuration.md

            # Files checked when a folder is named on the command line.
            include: ["**/*.docx", "**/*.xml"]
            exclude: []                # e.g. ["drafts/**"]

            # Number and date conventions when a document does not say: vi, en or auto.
            language: auto

            # The date "outdated" is judged against; default today. --as-of wins.
            # as_of: 2026-01-01

            # Severity per rule (error, warning, info, off) or a map with severity and options.
            rules:
            \(rules.joined(separator: "\n"))

            # Registries of instruments and bodies: built-in ones by name, others by path.
            # registries: [builtin:vn-instruments, builtin:international, builtin:bodies-2025, registries/my-org.yml]

            # Required clauses by kind of document (clauses/missing, clauses/empty). The starter
            # profiles apply by themselves; `reglint profiles` lists them, docs/profiles.md has
            # the format, `reglint tree FILE` shows which applies and where each clause is.
            # starter_profiles: false    # turn the built-in starter profiles off
            # profiles: [profiles/quy-che.yml]
            # profile_assignments:       # profiles for paths, whatever their applies_to says
            #   - path: "policies/**"
            #     profiles: [en-policy]
            # YAML rule packs (docs/writing-checks.md) and external programs (docs/plugins.md).
            # packs: [packs/my-org]
            # plugins:
            #   - name: budget
            #     command: ["python3", "tools/budget_check.py"]
            #     rules: [total]
            #     timeout: 10

            # XML schemas other than Akoma Ntoso and Word XML:
            # xml_mappings:
            #   - namespace: "urn:example:house-rules"
            #     sections: {chapter: chapter, rule: article, item: point}
            #     number: [no]
            #     heading: [name]
            #     paragraphs: [para]

            """
    }
}
