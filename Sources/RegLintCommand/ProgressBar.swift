import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal.
struct ProgressBar: Sendable {
    let isEnabled: Bool

    /// Redraws the bar: `[██████······] 12/40 files`.
    @Sendable func update(done: Int, total: Int) {
        guard isEnabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) files".utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
