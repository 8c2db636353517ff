import ArgumentParser
import Foundation
import RegLintCore

/// The `reglint` command line: checks regulation documents the way a compiler checks code.
public struct ReglintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reglint",
        abstract:
            "Check regulation documents (DOCX, Akoma Ntoso, Word XML) for outdated references, missing clauses and inconsistent figures.",
        version: ReglintVersion.current,
        subcommands: [
            CheckCommand.self, TreeCommand.self, RulesCommand.self, ProfilesCommand.self, InitCommand.self,
            AnnotateCommand.self,
            MergeCommand.self,
        ]
    )

    public init() {}

    /// The Swift checks a custom runner adds to the built-in ones (see ``main(extraChecks:arguments:)``).
    nonisolated(unsafe) static var extraChecks: [any ConfigurableCheck.Type] = []

    /// A full `reglint` (every command, format, configuration and baseline) with `extraChecks`
    /// (``Check`` and ``CorpusCheck`` types) beside the built-in checks: the whole `main.swift`
    /// of a package's own runner.
    public static func main(
        extraChecks: [any ConfigurableCheck.Type], arguments: [String] = Array(CommandLine.arguments.dropFirst())
    ) -> Never {
        Self.extraChecks = extraChecks
        runAndExit(arguments: arguments)
    }

    /// Runs the command line and exits with reglint's codes: a usage error is 2, not
    /// ArgumentParser's 64.
    public static func runAndExit(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            exit(withError: nil)
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }  // --help, --version
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            exit(withError: ExitStatus.usage)
        }
    }
}

/// The tool's version, as `--version` and reports print it.
public enum ReglintVersion {
    public static let current = "0.1.0"
}
