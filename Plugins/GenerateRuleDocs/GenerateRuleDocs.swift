import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-rule-docs`: regenerates
/// `docs/rules` from the checks' descriptions (`reglint rules --format markdown --output docs/rules`),
/// and their Vietnamese pages in `docs/rules/vi` (`--lang vi`).
@main
struct GenerateRuleDocs: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "reglint")
        for (language, folder) in [("en", "docs/rules"), ("vi", "docs/rules/vi")] {
            let output = context.package.directoryURL.appendingPathComponent(folder).path
            let process = Process()
            process.executableURL = tool.url
            process.arguments = ["rules", "--lang", language, "--format", "markdown", "--output", output]
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                Diagnostics.error("reglint rules --lang \(language) exited with status \(process.terminationStatus)")
            }
        }
    }
}
