import Foundation
import RegLintCore

/// Combines the JSON or SARIF reports of `reglint check --shard K/N` runs into the report one
/// unsharded run writes, byte for byte: shards partition the documents, so merging is
/// concatenating files and findings in path order (each shard's own order kept within a file)
/// and recounting the summary.
public enum ReportMerger {
    public enum MergeError: Error, CustomStringConvertible {
        case unreadable(String, String)
        case mixedFormats

        public var description: String {
            switch self {
            case .unreadable(let name, let why): "\(name): not a reglint JSON or SARIF report (\(why))"
            case .mixedFormats: "the reports mix JSON and SARIF; merge each format on its own"
            }
        }
    }

    /// The merged report of `reports` (name, bytes), in the format they share.
    public static func merge(_ reports: [(name: String, data: Data)]) throws -> String {
        let parsed = try reports.map { name, data -> [String: Any] in
            do {
                guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                    throw MergeError.unreadable(name, "not a JSON object")
                }
                return object
            } catch let error as MergeError {
                throw error
            } catch {
                throw MergeError.unreadable(name, "\(error.localizedDescription)")
            }
        }
        let sarif = parsed.map { $0["runs"] != nil }
        guard Set(sarif).count <= 1 else { throw MergeError.mixedFormats }
        return try sarif.first == true ? mergeSARIF(parsed) : mergeJSON(reports.map(\.data))
    }

    // MARK: JSON

    private static func mergeJSON(_ reports: [Data]) throws -> String {
        var tool: JSONValue = .null
        var files: [(String, JSONValue)] = []
        var findings: [(String, Int, JSONValue)] = []
        for data in reports {
            let report = try JSONDecoder().decode(JSONValue.self, from: data)
            tool = report["tool"] ?? tool
            for file in report["files"]?.array ?? [] { files.append((file["path"]?.string ?? "", file)) }
            for finding in report["findings"]?.array ?? [] {
                findings.append((finding["path"]?.string ?? "", findings.count, finding))
            }
        }
        files.sort { $0.0 < $1.0 }
        findings.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        func count(_ severity: String) -> JSONValue {
            .number(Double(findings.filter { $0.2["severity"]?.string == severity }.count))
        }
        let merged: JSONValue = .object([
            "tool": tool,
            "files": .array(files.map(\.1)),
            "findings": .array(findings.map(\.2)),
            "summary": .object([
                "files": .number(Double(files.count)),
                "checked": .number(Double(files.filter { $0.1["status"]?.string == "checked" }.count)),
                "errors": count("error"), "warnings": count("warning"), "infos": count("info"),
            ]),
        ])
        return String(decoding: try JSONEncoder.deterministic.encode(merged), as: UTF8.self) + "\n"
    }

    // MARK: SARIF

    private static func mergeSARIF(_ logs: [[String: Any]]) throws -> String {
        guard var log = logs.first, var run = (log["runs"] as? [[String: Any]])?.first else {
            throw MergeError.unreadable("SARIF", "no run")
        }
        var results: [(String, Int, Any)] = []
        var notifications: [(String, Int, Any)] = []
        for shard in logs {
            guard let shardRun = (shard["runs"] as? [[String: Any]])?.first else { continue }
            for result in shardRun["results"] as? [[String: Any]] ?? [] {
                results.append((path(of: result), results.count, result))
            }
            let invocation = (shardRun["invocations"] as? [[String: Any]])?.first
            for notification in invocation?["toolExecutionNotifications"] as? [[String: Any]] ?? [] {
                notifications.append((path(of: notification), notifications.count, notification))
            }
        }
        results.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        notifications.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        run["results"] = results.map(\.2)
        var invocation: [String: Any] = ["executionSuccessful": true]
        if !notifications.isEmpty { invocation["toolExecutionNotifications"] = notifications.map(\.2) }
        run["invocations"] = [invocation]
        log["runs"] = [run]
        let data = try JSONSerialization.data(
            withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The reported path of a SARIF result or notification: its first location's URI, decoded.
    private static func path(of item: [String: Any]) -> String {
        let location = (item["locations"] as? [[String: Any]])?.first
        let physical = location?["physicalLocation"] as? [String: Any]
        let uri = (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
        let path = uri.hasPrefix("file://") ? String(uri.dropFirst("file://".count)) : uri
        return path.removingPercentEncoding ?? path
    }
}

/// Any JSON value, decoded and encoded again without loss (integers stay integers).
enum JSONValue: Codable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 {
                try container.encode(Int(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    var string: String? {
        if case .string(let string) = self { return string }
        return nil
    }
}
