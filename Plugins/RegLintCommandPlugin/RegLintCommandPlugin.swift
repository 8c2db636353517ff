import Foundation
import PackagePlugin

/// `swift package reglint [ARGUMENTS…]`: runs reglint; without arguments, `reglint check` on
/// the package's folder. A package with its own runner (an executable product named
/// `reglint-…` that calls `ReglintCommand.main(extraChecks:)`) gets that runner, built first, so
/// its custom checks run too. A thin shell: everything else lives in RegLintCommand.
///
/// SwiftPM ends `swift package` with status 1 whenever a plugin fails, so reglint's own status
/// (1 findings, 2 usage or no document, 3 unreadable input) cannot pass through; the plugin
/// names it in its error instead. CI that branches on the status runs the reglint binary.
@main
struct RegLintCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try runner(context)
        process.arguments = arguments.isEmpty ? ["check", context.package.directoryURL.path] : arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        let status = process.terminationStatus
        guard status != 0 else { return }
        let meaning =
            switch status {
            case 1: "findings at or above --fail-on"
            case 2: "usage or configuration error, or no document found; nothing was checked"
            case 3: "at least one file could not be read"
            default: "an unexpected failure"
            }
        Diagnostics.error("reglint exited with status \(status) (\(meaning))")
    }

    /// The package's own runner when it has one, else reglint.
    private func runner(_ context: PluginContext) throws -> URL {
        guard
            let own = context.package.products.first(where: { $0 is ExecutableProduct && $0.name.hasPrefix("reglint-") }
            )
        else { return try context.tool(named: "reglint").url }
        let result = try packageManager.build(.product(own.name), parameters: .init(configuration: .debug))
        guard result.succeeded, let built = result.builtArtifacts.first(where: { $0.kind == .executable }) else {
            throw RunnerError(message: "cannot build the package's runner \(own.name):\n\(result.logText)")
        }
        return built.url
    }
}

private struct RunnerError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
