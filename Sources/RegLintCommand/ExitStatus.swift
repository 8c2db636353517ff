import ArgumentParser
import RegLintCore

/// reglint's exit codes (README.md, "Using it").
enum ExitStatus {
    /// No finding at or above the failure threshold.
    static let success = ExitCode(0)
    /// Findings at or above the failure threshold.
    static let findings = ExitCode(1)
    /// Usage or configuration error; nothing was checked.
    static let usage = ExitCode(2)
    /// At least one input could not be read; the others were still processed.
    static let unreadableInput = ExitCode(3)

    /// The status of a finished run: 3 when a file could not be read, 1 when there are more
    /// warnings than `maxWarnings` or a finding at or above `failingSeverity`, else 0.
    static func of(_ report: Report, failingSeverity: Severity?, maxWarnings: Int? = nil) -> ExitCode {
        if report.errorFileCount > 0 { return unreadableInput }
        if let maxWarnings, report.count(.warning) > maxWarnings { return findings }
        if let failingSeverity, report.findings.contains(where: { $0.severity >= failingSeverity }) {
            return findings
        }
        return success
    }
}
