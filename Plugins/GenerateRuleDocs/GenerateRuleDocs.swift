import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-rule-docs`: regenerates
/// `docs/rules` from the checks' descriptions (`reglint rules --format markdown --output docs/rules`).
@main
struct GenerateRuleDocs: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "reglint")
        let output = context.package.directoryURL.appendingPathComponent("docs/rules").path
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["rules", "--format", "markdown", "--output", output]
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("reglint rules exited with status \(process.terminationStatus)")
        }
    }
}
