/// A rule's stable id, `family/name` in lowercase kebab case, e.g. `figures/sum`.
public struct RuleID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// The part before the slash: `figures` for `figures/sum`.
    public var family: String { String(rawValue.split(separator: "/").first ?? "") }

    /// The part after the slash: `sum` for `figures/sum`.
    public var name: String { String(rawValue.split(separator: "/").last ?? "") }

    /// Whether the id has the form `family/name` with lowercase letters, digits and hyphens.
    public var isValid: Bool {
        let parts = rawValue.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2
            && parts.allSatisfy { part in
                !part.isEmpty && part.first != "-" && part.last != "-"
                    && part.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
            }
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The rule the engine reports for suppressions that silenced nothing (``UnusedSuppressions``).
    public static let unusedSuppression: RuleID = "structure/unused-suppression"
}
