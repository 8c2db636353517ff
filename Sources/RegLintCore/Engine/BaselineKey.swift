import Foundation

/// What identifies a finding across edits: rule, path, section path and excerpt, never the
/// line, so edits elsewhere in a document do not make an old finding look new.
public struct BaselineKey: Sendable, Hashable, Codable {
    public var rule: String
    public var path: String
    public var section: [String]
    public var excerpt: String

    public init(_ finding: Finding) {
        rule = finding.rule.rawValue
        path = finding.path
        section = finding.location.sectionPath
        excerpt = (finding.excerpt ?? finding.message).precomposed.collapsingWhitespace
    }

    /// A stable 64-bit FNV-1a hash of the key, as 16 hex digits (SARIF `partialFingerprints`).
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ([rule, path] + section + [excerpt]).joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
