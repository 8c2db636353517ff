import Foundation

/// Standard output written in 64 KiB chunks: fast for long outputs, and never holds more.
///
/// When the reader goes away (`reglint check | grep -q …`, `| head`), the rest of the output is
/// dropped instead of failing: the run still finishes and exits with its own status.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16
    private var isClosed = false

    init() {
        buffer.reserveCapacity(limit)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if !isClosed {
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(buffer))
            } catch {
                isClosed = true  // a closed pipe (EPIPE once SIGPIPE is ignored for plugins)
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
