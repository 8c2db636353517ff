/// "Did you mean …?" for configuration keys and rule ids.
public enum Suggestion {
    /// The candidate with the smallest edit distance, when it is close enough to be a typo.
    public static func closest(to text: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(text, $0)) }.min { $0.1 < $1.1 }
        guard let (candidate, distance) = scored, distance <= max(2, text.count / 3) else { return nil }
        return candidate
    }

    /// Levenshtein distance.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
