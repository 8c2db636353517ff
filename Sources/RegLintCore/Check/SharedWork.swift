import Foundation

/// Work that several checks of one document need (the clause outline of its profiles, say):
/// the first check that asks computes it, the others reuse it. One store per document; the
/// engine makes a new one for each.
public final class SharedWork: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: any Sendable] = [:]

    public init() {}

    /// The value stored under `key`, computed by `compute` the first time it is asked for.
    /// Keys name what is computed and from what (`"clauses/matches"`); a value of another type
    /// under the same key is computed again.
    public func value<Value: Sendable>(_ key: String, _ compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[key] as? Value { return known }
        let value = compute()
        values[key] = value
        return value
    }
}
