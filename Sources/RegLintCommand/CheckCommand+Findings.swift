import Foundation
import RegLintCore
import RegLintReaders

extension CheckCommand {
    /// What `reglint check` found, before any report is written: for commands that act on the
    /// findings themselves (`reglint annotate`). Same configuration, rule selection, profiles,
    /// baseline and error handling as ``run()``.
    struct CheckedRun {
        var report: Report
        /// The file system path of each document, by its name in the report.
        var pathsByName: [String: String]
        /// Limits of the run's configuration, for reading the documents again.
        var limits: InputLimits
        /// A rule pack could not be loaded or a plugin failed (already printed).
        var hasRuleFailures: Bool
    }

    func checkedRun(inputs: [String]) throws -> CheckedRun {
        let (engine, resolver, runConfiguration, rules) = try prepare(inputs: inputs)
        for failure in rules.packFailures { printError("error: \(failure)") }
        let recorded: Baseline?
        do {
            recorded = try baseline.map(Baseline.load(from:))
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        let root = RepositoryRoot.find(configurationFile: runConfiguration.file, firstInput: inputs[0])
        let selection = try select(inputs, configuration: runConfiguration, root: root)
        let pathsByName = selection.pathsByName
        var report = engine.run(
            paths: selection.documents.map(\.name), context: selection.context.map(\.name), jobs: jobs
        ) { name in
            let path = pathsByName[name] ?? name
            var resolver = resolver
            do {
                let configuration = try resolver.configuration(for: path)
                return .success(try DocumentLoader(configuration: configuration).read(path: path))
            } catch let error as ReaderError {
                return .failure(Engine.InputFailure(format: Self.format(of: path), message: error.message))
            } catch {
                return .failure(Engine.InputFailure(format: Self.format(of: path), message: "\(error)"))
            }
        }
        report.failingSeverity = failingSeverity
        report.findings = try applyBaselines(to: report.findings, recorded: recorded)
        let failures = rules.pluginFailures.messages
        for failure in failures { printError("error: \(failure)") }
        return CheckedRun(
            report: report, pathsByName: pathsByName, limits: runConfiguration.limits,
            hasRuleFailures: !failures.isEmpty || !rules.packFailures.isEmpty)
    }
}
