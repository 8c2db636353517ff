import Foundation
import RegLintCore
import ZIPFoundation

/// A `.docx` file's ZIP container, read with ZIPFoundation under size limits.
struct ZipPackage: OPCPackage {
    private let archive: Archive
    private let file: String
    private let limits: InputLimits
    private let entriesByName: [String: Entry]
    /// The entries' names in archive order, as stored.
    let partNames: [String]
    private let budget = ExtractionBudget()
    /// The archive's bytes: entries are decompressed from here, each from its own compressed
    /// range only (ZIPFoundation's own extraction reads on past a truncated stream forever).
    private let bytes: Data
    private let localHeaderOffsets: [String: Int]

    init(url: URL, file: String, limits: InputLimits = InputLimits()) throws {
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ReaderError.badArchive(
                file: file, detail: "cannot open the ZIP archive; it may be truncated or corrupted (\(error))")
        }
        self.file = file
        self.limits = limits
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            throw ReaderError.io(file: file, detail: "cannot read the file (\(error.localizedDescription))")
        }
        localHeaderOffsets = Self.localHeaderOffsets(in: bytes)
        var entries: [String: Entry] = [:]
        var names: [String] = []
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maxZipEntries else {
                throw ReaderError.limitExceeded(
                    file: file,
                    detail: "the archive has more than \(limits.maxZipEntries) entries "
                        + "(\(InputLimits.describe("max_zip_entries", limits.maxZipEntries)))")
            }
            let name = entry.path
            guard Self.isSafe(name) else {
                throw ReaderError.badArchive(
                    file: file, detail: "unsafe entry name '\(name)' (an absolute path or '..'; a crafted archive?)")
            }
            // Part names are case-insensitive in OPC: two entries with one name are ambiguous.
            guard entries[name.lowercased()] == nil else {
                throw ReaderError.badArchive(
                    file: file, detail: "two entries are named '\(name)' (a crafted archive?)")
            }
            entries[name.lowercased()] = entry
            names.append(name)
        }
        entriesByName = entries
        partNames = names
    }

    /// Entry names must be relative and stay inside the package.
    private static func isSafe(_ name: String) -> Bool {
        let components = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return !name.hasPrefix("/") && !name.hasPrefix("\\") && !components.contains("..")
            && !(name.count >= 2 && name.dropFirst().first == ":")
    }

    func part(_ name: String) throws -> Data? {
        guard let entry = entriesByName[name.lowercased()] else { return nil }
        let declared = entry.uncompressedSize
        let partLimit = UInt64(limits.maxPartSize)
        guard declared <= partLimit else {
            throw ReaderError.limitExceeded(
                file: file,
                detail:
                    "part \(name) would expand to \(declared) bytes (\(InputLimits.describe("max_part_size", limits.maxPartSize)))"
            )
        }
        let compressed = max(entry.compressedSize, 1)
        guard declared / compressed <= UInt64(limits.maxCompressionRatio) else {
            throw ReaderError.limitExceeded(
                file: file,
                detail: "part \(name) expands \(declared / compressed) times its compressed size, a zip bomb? "
                    + "(\(InputLimits.describe("max_compression_ratio", limits.maxCompressionRatio)))")
        }
        var data = Data()
        data.reserveCapacity(Int(declared))
        let totalLimit = limits.maxTotalUncompressed
        let budget = self.budget
        let consumer: Consumer = { chunk in
            // The declared size may lie; count what really comes out.
            guard UInt64(data.count + chunk.count) <= partLimit else { throw LimitReached.part }
            guard budget.spend(chunk.count, limit: totalLimit) else { throw LimitReached.total }
            data.append(chunk)
        }
        do {
            let stored = try storedData(of: entry)
            let checksum: CRC32
            switch stored.method {
            case 0:
                try consumer(stored.range.isEmpty ? Data() : bytes.subdata(in: stored.range))
                checksum = data.crc32(checksum: 0)
            case 8:
                var position = stored.range.lowerBound
                checksum = try Data.decompress(
                    size: Int64(stored.range.count), bufferSize: 64 * 1024, skipCRC32: false,
                    provider: { _, chunkSize in
                        guard position < stored.range.upperBound else { throw DamagedEntry.truncated }
                        let next = min(stored.range.upperBound, position + chunkSize)
                        defer { position = next }
                        // ZIPFoundation tells zlib every chunk is `chunkSize` long, so a short last
                        // chunk would be over-read: pad it (zlib stops at the stream's end).
                        var chunk = bytes.subdata(in: position..<next)
                        if chunk.count < chunkSize { chunk.append(Data(count: chunkSize - chunk.count)) }
                        return chunk
                    }, consumer: consumer)
            default:
                throw DamagedEntry.unsupportedMethod(stored.method)
            }
            guard checksum == entry.checksum else { throw DamagedEntry.checksum }
        } catch LimitReached.part {
            throw ReaderError.limitExceeded(
                file: file,
                detail: "part \(name) expands beyond its declared size and the limit "
                    + "(\(InputLimits.describe("max_part_size", limits.maxPartSize)))")
        } catch LimitReached.total {
            throw ReaderError.limitExceeded(
                file: file,
                detail: "the parts read expand to more than \(totalLimit) bytes "
                    + "(\(InputLimits.describe("max_total_uncompressed", totalLimit)))")
        } catch let damage as DamagedEntry {
            throw ReaderError.badArchive(file: file, detail: "cannot decompress \(name): \(damage)")
        } catch {
            throw ReaderError.badArchive(
                file: file, detail: "cannot decompress \(name); the archive is damaged (\(error))")
        }
        return data
    }

    private enum LimitReached: Error {
        case part, total
    }

    private enum DamagedEntry: Error, CustomStringConvertible {
        case missingLocalHeader, truncated, checksum, unsupportedMethod(Int)

        var description: String {
            switch self {
            case .missingLocalHeader: "its local header is missing or does not match the directory"
            case .truncated: "its compressed data ends early (a truncated or corrupted archive)"
            case .checksum: "its checksum does not match (a corrupted archive)"
            case .unsupportedMethod(let method): "compression method \(method) is not supported (DOCX uses deflate)"
            }
        }
    }

    /// The compression method and byte range of an entry's data. The entry's local header is
    /// found through the central directory (not by searching, since embedded packages carry local
    /// headers with the same names); the header gives the method at +8 and the name and extra
    /// lengths at +26 and +28.
    private func storedData(of entry: Entry) throws -> (method: Int, range: Range<Int>) {
        guard let header = localHeaderOffsets[entry.path], header >= 0, header + 30 <= bytes.count,
            readNumber(at: header, size: 4) == 0x0403_4B50
        else { throw DamagedEntry.missingLocalHeader }
        let start = header + 30 + readNumber(at: header + 26, size: 2) + readNumber(at: header + 28, size: 2)
        let end = start + Int(clamping: entry.compressedSize)
        guard start <= bytes.count, end <= bytes.count, end >= start else { throw DamagedEntry.truncated }
        return (readNumber(at: header + 8, size: 2), start..<end)
    }

    private func readNumber(at offset: Int, size: Int) -> Int {
        Self.readNumber(bytes, at: offset, size: size)
    }

    private static func readNumber(_ bytes: Data, at offset: Int, size: Int) -> Int {
        guard offset >= 0, offset + size <= bytes.count else { return -1 }
        return (0..<size).reduce(0) { $0 | Int(bytes[bytes.startIndex + offset + $1]) << (8 * $1) }
    }

    /// Local header offsets by entry name, from the central directory (ZIP64 offsets included).
    private static func localHeaderOffsets(in bytes: Data) -> [String: Int] {
        let end = bytes.count
        // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
        var eocd = end - 22
        while eocd >= max(0, end - 65_557), readNumber(bytes, at: eocd, size: 4) != 0x0605_4B50 { eocd -= 1 }
        guard eocd >= 0, readNumber(bytes, at: eocd, size: 4) == 0x0605_4B50 else { return [:] }
        var count = readNumber(bytes, at: eocd + 10, size: 2)
        var position = readNumber(bytes, at: eocd + 16, size: 4)
        if position == 0xFFFF_FFFF || count == 0xFFFF {
            // ZIP64: the locator (20 bytes before) points at the ZIP64 end record.
            let record = readNumber(bytes, at: eocd - 20 + 8, size: 8)
            if readNumber(bytes, at: record, size: 4) == 0x0606_4B50 {
                count = readNumber(bytes, at: record + 32, size: 8)
                position = readNumber(bytes, at: record + 48, size: 8)
            }
        }
        var offsets: [String: Int] = [:]
        for _ in 0..<max(0, min(count, 1_000_000)) {
            guard readNumber(bytes, at: position, size: 4) == 0x0201_4B50 else { break }
            let nameLength = readNumber(bytes, at: position + 28, size: 2)
            let extraLength = readNumber(bytes, at: position + 30, size: 2)
            let commentLength = readNumber(bytes, at: position + 32, size: 2)
            var offset = readNumber(bytes, at: position + 42, size: 4)
            let nameStart = position + 46
            guard nameLength >= 0, nameStart + nameLength <= bytes.count else { break }
            let name = String(
                decoding: bytes[(bytes.startIndex + nameStart)..<(bytes.startIndex + nameStart + nameLength)],
                as: UTF8.self)
            if offset == 0xFFFF_FFFF {
                offset = zip64Offset(bytes, extra: nameStart + nameLength, length: extraLength, position: position)
            }
            if offsets[name] == nil { offsets[name] = offset }
            position = nameStart + nameLength + extraLength + commentLength
        }
        return offsets
    }

    /// The local header offset from a ZIP64 extra field (after the 8-byte sizes that are also
    /// escaped in the header).
    private static func zip64Offset(_ bytes: Data, extra: Int, length: Int, position: Int) -> Int {
        var field = extra
        while field + 4 <= extra + length {
            let id = readNumber(bytes, at: field, size: 2)
            let size = readNumber(bytes, at: field + 2, size: 2)
            if id == 0x0001 {
                var cursor = field + 4
                if readNumber(bytes, at: position + 24, size: 4) == 0xFFFF_FFFF { cursor += 8 }
                if readNumber(bytes, at: position + 20, size: 4) == 0xFFFF_FFFF { cursor += 8 }
                return readNumber(bytes, at: cursor, size: 8)
            }
            field += 4 + max(0, size)
        }
        return -1
    }
}

/// Bytes decompressed so far from one archive. A class so the package, a value, can count.
private final class ExtractionBudget {
    private var spent = 0

    func spend(_ bytes: Int, limit: Int) -> Bool {
        spent += bytes
        return spent <= limit
    }
}
