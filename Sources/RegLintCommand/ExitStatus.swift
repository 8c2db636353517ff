import ArgumentParser

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
}
