import Foundation

/// Findings recorded once and ignored afterwards, so a team can adopt reglint on an existing
/// repository and see only new problems. Keys are rule, path, section path and excerpt (never
/// the line), so edits elsewhere in a document do not resurrect recorded findings; each recorded
/// key silences one finding, so a second occurrence still shows.
public struct Baseline: Sendable, Equatable, Codable {
    public var version = 1
    public var findings: [BaselineKey]

    public init(findings: [Finding]) {
        self.findings = findings.map(BaselineKey.init).sorted {
            ($0.path, $0.rule, $0.section.joined(separator: "/"), $0.excerpt)
                < ($1.path, $1.rule, $1.section.joined(separator: "/"), $1.excerpt)
        }
    }

    /// Reads a baseline file written by ``write(to:)``.
    public static func load(from path: String) throws(ConfigurationError) -> Baseline {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(file: path, key: nil, reason: "not a reglint baseline (\(error.localizedDescription))")
        } catch {
            throw .unreadable(file: path, reason: "cannot read the baseline (\(error.localizedDescription))")
        }
    }

    /// Writes the baseline as sorted, pretty-printed JSON.
    public func write(to path: String) throws {
        try (JSONEncoder.deterministic.encode(self) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
    }

    /// The findings the baseline does not record.
    public func filter(_ findings: [Finding]) -> [Finding] {
        var remaining: [BaselineKey: Int] = [:]
        for key in self.findings { remaining[key, default: 0] += 1 }
        return findings.filter { finding in
            let key = BaselineKey(finding)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }
}
