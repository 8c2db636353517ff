import Foundation
import PackagePlugin

/// `swift package reglint [ARGUMENTS…]`: runs reglint; without arguments, `reglint check` on
/// the package's folder. A thin shell: everything else lives in RegLintCommand.
@main
struct RegLintCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "reglint")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments.isEmpty ? ["check", context.package.directoryURL.path] : arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("reglint exited with status \(process.terminationStatus)")
        }
    }
}
