import Foundation
import RegLintCore

/// SARIF 2.1.0 for code-scanning tools: every rule's metadata, results with physical locations
/// (where the format has lines) and logical locations (the section path, since DOCX has no
/// lines), fingerprints from the baseline key, fixes where a replacement is known, and
/// unreadable files as tool execution notifications.
public struct SARIFReporter: Reporter {
    public static let id = "sarif"
    public static let summary = "SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, IDEs)"

    public init() {}

    public func render(_ report: Report) throws -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        var run: [String: Any] = [
            "tool": [
                "driver": [
                    "name": report.toolName,
                    "version": report.toolVersion,
                    "semanticVersion": report.toolVersion,
                    "rules": report.rules.map(Self.rule),
                ] as [String: Any]
            ],
            "results": report.findings.map { Self.result($0, ruleIndex: ruleIndex[$0.rule]) },
            "columnKind": "utf16CodeUnits",
        ]
        var invocation: [String: Any] = ["executionSuccessful": true]
        let notifications = report.files.filter { $0.status == .error }.map { file -> [String: Any] in
            [
                "level": "error",
                "message": ["text": file.errorMessage ?? "cannot be read"],
                "descriptor": ["id": Report.unreadableRule.rawValue],
                "locations": [["physicalLocation": ["artifactLocation": ["uri": Self.uri(file.path)]]]],
            ]
        }
        if !notifications.isEmpty { invocation["toolExecutionNotifications"] = notifications }
        run["invocations"] = [invocation]
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        let data = try JSONSerialization.data(
            withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func rule(_ description: CheckDescription) -> [String: Any] {
        [
            "id": description.id.rawValue,
            "name": description.name,
            "shortDescription": ["text": description.summary],
            "fullDescription": ["text": description.rationale],
            "help": ["text": description.rationale, "markdown": description.rationale],
            "helpUri": "https://reglint.invalid/docs/rules/\(description.id.rawValue).md",
            "defaultConfiguration": [
                "level": level(description.defaultSeverity), "enabled": description.isEnabledByDefault,
            ] as [String: Any],
        ]
    }

    private static func result(_ finding: Finding, ruleIndex: Int?) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": ["uri": uri(finding.path)]]
        if let line = finding.location.line {
            var region: [String: Any] = ["startLine": line]
            if let column = finding.location.column { region["startColumn"] = column }
            if let excerpt = finding.excerpt { region["snippet"] = ["text": excerpt] }
            physical["region"] = region
        }
        var location: [String: Any] = ["physicalLocation": physical]
        let path = finding.location.sectionPath
        if !path.isEmpty {
            location["logicalLocations"] = [
                ["name": path.last ?? "", "fullyQualifiedName": path.joined(separator: " › "), "kind": "section"]
            ]
        }
        var properties: [String: Any] = [:]
        if let paragraph = finding.location.paragraph { properties["paragraph"] = paragraph }
        if let eId = finding.location.eId { properties["eId"] = eId }
        if let excerpt = finding.excerpt, finding.location.line == nil { properties["excerpt"] = excerpt }
        var result: [String: Any] = [
            "ruleId": finding.rule.rawValue,
            "level": level(finding.severity),
            "message": ["text": finding.message],
            "locations": [location],
            "partialFingerprints": ["reglint/v1": BaselineKey(finding).fingerprint],
        ]
        if let ruleIndex { result["ruleIndex"] = ruleIndex }
        if !properties.isEmpty { result["properties"] = properties }
        if let fix = finding.fix, let line = finding.location.line, let excerpt = finding.excerpt {
            var region: [String: Any] = ["startLine": line, "snippet": ["text": excerpt]]
            if let column = finding.location.column {
                region["startColumn"] = column
                region["endColumn"] = column + excerpt.utf16.count
            }
            result["fixes"] = [
                [
                    "description": ["text": "Replace with \(fix.replacement)"],
                    "artifactChanges": [
                        [
                            "artifactLocation": ["uri": uri(finding.path)],
                            "replacements": [["deletedRegion": region, "insertedContent": ["text": fix.replacement]]],
                        ] as [String: Any]
                    ],
                ] as [String: Any]
            ]
        }
        return result
    }

    /// A relative path as a URI reference: slashes kept, other reserved characters escaped.
    private static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
