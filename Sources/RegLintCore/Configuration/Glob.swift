/// A path pattern as `.reglint.yml` writes them: `*` matches within one folder name, `?` one
/// character, `**` any number of folders (`**/*.docx`, `drafts/**`).
public struct Glob: Sendable, Equatable {
    public let pattern: String
    private let parts: [Substring]

    public init(_ pattern: String) {
        self.pattern = pattern
        parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether `path` (relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        Self.match(parts[...], path.split(separator: "/", omittingEmptySubsequences: true)[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let name = path.first, matchName(Array(first), 0, Array(name), 0) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchName(_ pattern: [Character], _ p: Int, _ name: [Character], _ n: Int) -> Bool {
        if p == pattern.count { return n == name.count }
        switch pattern[p] {
        case "*":
            for next in n...name.count where matchName(pattern, p + 1, name, next) { return true }
            return false
        case "?":
            return n < name.count && matchName(pattern, p + 1, name, n + 1)
        default:
            return n < name.count && pattern[p] == name[n] && matchName(pattern, p + 1, name, n + 1)
        }
    }
}
