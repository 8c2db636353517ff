import Foundation

/// Standard output written in 64 KiB chunks: fast for long outputs, and never holds more.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    init() {
        buffer.reserveCapacity(limit)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
