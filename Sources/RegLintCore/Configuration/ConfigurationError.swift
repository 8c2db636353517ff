/// A configuration problem, reported as one line naming the file, the key and the fix.
public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case invalid(file: String, key: String?, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): \(reason)"
        case .invalid(let file, let key?, let reason):
            "\(file): \(key): \(reason)"
        case .invalid(let file, nil, let reason):
            "\(file): \(reason)"
        }
    }
}
