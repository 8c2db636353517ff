import Foundation
import ZIPFoundation

/// A `.docx` file's ZIP container, read with ZIPFoundation under size limits.
struct ZipPackage: OPCPackage {
    /// Limits that keep a hostile archive (a zip bomb) from exhausting memory.
    struct Limits {
        var maximumPartSize: UInt64 = 512 * 1024 * 1024
        var maximumCompressionRatio: UInt64 = 1_000
        var maximumEntries = 10_000
    }

    private let archive: Archive
    private let file: String
    private let limits: Limits
    private let entriesByName: [String: Entry]

    init(url: URL, file: String, limits: Limits = Limits()) throws {
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ReaderError.badArchive(file: file, detail: "cannot open the ZIP archive (\(error))")
        }
        self.file = file
        self.limits = limits
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maximumEntries else {
                throw ReaderError.limitExceeded(
                    file: file, detail: "the archive has more than \(limits.maximumEntries) entries")
            }
            // Part names are case-insensitive in OPC; the first of duplicates wins.
            let name = entry.path.hasPrefix("/") ? String(entry.path.dropFirst()) : entry.path
            if entries[name.lowercased()] == nil { entries[name.lowercased()] = entry }
        }
        entriesByName = entries
    }

    func part(_ name: String) throws -> Data? {
        guard let entry = entriesByName[name.lowercased()] else { return nil }
        let declared = entry.uncompressedSize
        guard declared <= limits.maximumPartSize else {
            throw ReaderError.limitExceeded(
                file: file, detail: "part \(name) would expand to \(declared) bytes (limit \(limits.maximumPartSize))")
        }
        let compressed = max(entry.compressedSize, 1)
        guard declared / compressed <= limits.maximumCompressionRatio else {
            throw ReaderError.limitExceeded(
                file: file,
                detail: "part \(name) has a compression ratio above \(limits.maximumCompressionRatio):1 (a zip bomb?)")
        }
        var data = Data()
        data.reserveCapacity(Int(declared))
        let limit = limits.maximumPartSize
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(data.count + chunk.count) <= limit else { throw LimitReached() }
                data.append(chunk)
            }
        } catch is LimitReached {
            throw ReaderError.limitExceeded(file: file, detail: "part \(name) expands beyond \(limit) bytes")
        } catch {
            throw ReaderError.badArchive(file: file, detail: "cannot decompress \(name) (\(error))")
        }
        return data
    }

    private struct LimitReached: Error {}
}
