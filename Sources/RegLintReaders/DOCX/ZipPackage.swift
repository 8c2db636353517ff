import Foundation
import RegLintCore
import ZIPFoundation

/// A `.docx` file's ZIP container, read with ZIPFoundation under size limits.
struct ZipPackage: OPCPackage {
    private let archive: Archive
    private let file: String
    private let limits: InputLimits
    private let entriesByName: [String: Entry]
    private let budget = ExtractionBudget()

    init(url: URL, file: String, limits: InputLimits = InputLimits()) throws {
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ReaderError.badArchive(
                file: file, detail: "cannot open the ZIP archive; it may be truncated or corrupted (\(error))")
        }
        self.file = file
        self.limits = limits
        var entries: [String: Entry] = [:]
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
        }
        entriesByName = entries
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
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The declared size may lie; count what really comes out.
                guard UInt64(data.count + chunk.count) <= partLimit else { throw LimitReached.part }
                guard budget.spend(chunk.count, limit: totalLimit) else { throw LimitReached.total }
                data.append(chunk)
            }
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
        } catch {
            throw ReaderError.badArchive(
                file: file, detail: "cannot decompress \(name); the archive is damaged (\(error))")
        }
        return data
    }

    private enum LimitReached: Error {
        case part, total
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
