/// Limits that keep hostile input from exhausting memory or time, from `.reglint.yml`:
///
/// ```yaml
/// limits:
///   max_file_size: 1073741824          # bytes of any input file
///   max_part_size: 536870912           # bytes one DOCX part may expand to
///   max_total_uncompressed: 1073741824 # bytes all parts of one DOCX may expand to
///   max_compression_ratio: 1000        # uncompressed : compressed, per DOCX part
///   max_zip_entries: 10000
///   max_depth: 200                     # XML element nesting (libxml2 stops at 256 regardless)
/// ```
/// An error for a limit names its key, so the fix is obvious.
public struct InputLimits: Sendable, Equatable, Codable {
    public var maxFileSize = 1 << 30
    public var maxPartSize = 1 << 29
    public var maxTotalUncompressed = 1 << 30
    public var maxCompressionRatio = 1_000
    public var maxZipEntries = 10_000
    public var maxDepth = 200

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxFileSize = "max_file_size"
        case maxPartSize = "max_part_size"
        case maxTotalUncompressed = "max_total_uncompressed"
        case maxCompressionRatio = "max_compression_ratio"
        case maxZipEntries = "max_zip_entries"
        case maxDepth = "max_depth"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = InputLimits()
        func value(_ key: CodingKeys, _ fallback: Int) throws -> Int {
            guard let value = try container.decodeIfPresent(Int.self, forKey: key) else { return fallback }
            guard value > 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "must be a positive number, found \(value)")
            }
            return value
        }
        maxFileSize = try value(.maxFileSize, defaults.maxFileSize)
        maxPartSize = try value(.maxPartSize, defaults.maxPartSize)
        maxTotalUncompressed = try value(.maxTotalUncompressed, defaults.maxTotalUncompressed)
        maxCompressionRatio = try value(.maxCompressionRatio, defaults.maxCompressionRatio)
        maxZipEntries = try value(.maxZipEntries, defaults.maxZipEntries)
        maxDepth = try value(.maxDepth, defaults.maxDepth)
    }

    /// How an error names a limit: `limits.max_part_size = 536870912`.
    public static func describe(_ key: String, _ value: Int) -> String {
        "limit limits.\(key) = \(value)"
    }
}
