import ArgumentParser
import Foundation
import RegLintReporters

/// `reglint merge`: the reports of `reglint check --shard K/N` runs as one report.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the JSON or SARIF reports of sharded runs (check --shard K/N) into one.",
        discussion: """
            The merged report is the one an unsharded run writes, byte for byte: files and \
            findings in path order, the summary recounted. All reports must be JSON or all SARIF.
            """
    )

    @Argument(help: "The shards' reports (JSON or SARIF).")
    var reports: [String]

    @Option(help: "File for the merged report (default: standard output).")
    var output: String?

    func run() throws {
        guard !reports.isEmpty else {
            printError("error: name at least one report")
            throw ExitStatus.usage
        }
        let merged: String
        do {
            let inputs = try reports.map { name -> (name: String, data: Data) in
                guard let data = FileManager.default.contents(atPath: name) else {
                    throw ReportMerger.MergeError.unreadable(name, "cannot be read")
                }
                return (name, data)
            }
            merged = try ReportMerger.merge(inputs)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        if let output {
            do {
                try Data(merged.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                printError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.usage
            }
        } else {
            var standardOutput = BufferedOutput()
            standardOutput.write(merged)
            standardOutput.flush()
        }
    }
}
