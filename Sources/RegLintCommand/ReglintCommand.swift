import ArgumentParser
import RegLintCore

/// The `reglint` command line: checks regulation documents the way a compiler checks code.
public struct ReglintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reglint",
        abstract:
            "Check regulation documents (DOCX, Akoma Ntoso, Word XML) for outdated references, missing clauses and inconsistent figures.",
        version: ReglintVersion.current,
        subcommands: [TreeCommand.self]
    )

    public init() {}
}

/// The tool's version, as `--version` and reports print it.
public enum ReglintVersion {
    public static let current = "0.1.0"
}
