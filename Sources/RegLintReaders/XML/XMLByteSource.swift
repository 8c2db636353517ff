import CLibXML2
import Foundation

/// The bytes libxml2 parses, from memory or read from a file as parsing proceeds, and what is
/// needed to give elements a column: the start of every line, and a window of recent bytes in
/// which to find an element's `<`. A file is never held in memory whole; bytes before the last
/// located element are dropped once they pass a megabyte.
///
/// A class because libxml2 calls back into it through an unmanaged pointer while it reads.
final class XMLByteSource {
    private let memory: UnsafeRawBufferPointer?
    private let handle: FileHandle?
    private var window: [UInt8] = []
    private var windowStart = 0
    private var received = 0
    private var lineStarts: [UInt32] = [0]
    private var cursor = 0
    private let tracksColumns: Bool
    private(set) var readError: String?

    /// Bytes already in memory; they must stay valid while the source is used.
    init(memory: UnsafeRawBufferPointer, tracksColumns: Bool) {
        self.memory = memory
        self.handle = nil
        self.tracksColumns = tracksColumns
        received = memory.count
        if tracksColumns { indexLines(memory, from: 0) }
    }

    /// A file read in chunks as libxml2 asks for them.
    init(file: FileHandle, tracksColumns: Bool) {
        self.memory = nil
        self.handle = file
        self.tracksColumns = tracksColumns
    }

    deinit {
        try? handle?.close()
    }

    /// libxml2's read callback: fills `buffer` with up to `length` bytes.
    func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        guard let handle else { return 0 }
        let chunk: Data
        do {
            chunk = try handle.read(upToCount: length) ?? Data()
        } catch {
            readError = "\(error.localizedDescription)"
            return -1
        }
        chunk.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            buffer.withMemoryRebound(to: UInt8.self, capacity: length) { target in
                target.update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
            }
            if tracksColumns {
                indexLines(bytes, from: received)
                window.append(contentsOf: bytes)
            }
        }
        received += chunk.count
        return Int32(chunk.count)
    }

    private func indexLines(_ bytes: UnsafeRawBufferPointer, from offset: Int) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, 0x0A, bytes.count - index) {
            index = base.distance(to: UnsafeRawPointer(found)) + 1
            lineStarts.append(UInt32(clamping: offset + index))
        }
    }

    private func byte(at position: Int) -> UInt8 {
        if let memory { return memory[position] }
        return window[position - windowStart]
    }

    /// The 1-based byte column of the element named `qualifiedName` that starts on `line`,
    /// searching forward from the previous element found.
    func column(line: Int, qualifiedName: UnsafePointer<xmlChar>) -> Int? {
        guard tracksColumns, line >= 1, line <= lineStarts.count else { return nil }
        let lineStart = Int(lineStarts[line - 1])
        let lineEnd = line < lineStarts.count ? Int(lineStarts[line]) : received
        let length = Int(strlen(UnsafeRawPointer(qualifiedName).assumingMemoryBound(to: CChar.self)))
        var position = max(cursor, lineStart, windowStart)
        let end = min(lineEnd, received - length - 1)
        while position < end, let bracket = firstOpenBracket(from: position, before: end) {
            position = bracket
            if matches(qualifiedName, length: length, at: position + 1) {
                let after = byte(at: position + 1 + length)
                if after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || after == 0x20 || after == 0x09
                    || after == 0x0A || after == 0x0D
                {
                    cursor = position + 1
                    dropConsumedBytes()
                    return position - lineStart + 1
                }
            }
            position += 1
        }
        return nil
    }

    /// The position of the first `<` in `start..<end`, found with `memchr`.
    private func firstOpenBracket(from start: Int, before end: Int) -> Int? {
        func search(_ bytes: UnsafeRawBufferPointer, startingAt offset: Int) -> Int? {
            guard let base = bytes.baseAddress, start < end,
                let found = memchr(base + (start - offset), Int32(UInt8(ascii: "<")), end - start)
            else { return nil }
            return offset + base.distance(to: UnsafeRawPointer(found))
        }
        if let memory { return search(memory, startingAt: 0) }
        return window.withUnsafeBytes { search($0, startingAt: windowStart) }
    }

    private func matches(_ name: UnsafePointer<xmlChar>, length: Int, at position: Int) -> Bool {
        for offset in 0..<length where byte(at: position + offset) != name[offset] { return false }
        return true
    }

    private func dropConsumedBytes() {
        guard memory == nil, cursor - windowStart > 1 << 20 else { return }
        window.removeFirst(cursor - windowStart)
        windowStart = cursor
    }
}
