import Foundation
import RegLintCore

/// SARIF 2.1.0 for code scanning (GitHub's required fields included): every rule's metadata;
/// results whose artifact URIs are relative to the repository root (`uriBaseId` `SRCROOT`,
/// described in `originalUriBaseIds`; a file outside the root has an absolute `file:` URI),
/// each with a region whose `startLine` is the XML line or, for a DOCX, the paragraph number
/// ¶N (1 when neither is known); the section path and ¶N in the message and as a logical
/// location; fingerprints from the baseline key; unreadable files as tool execution
/// notifications. XML columns count bytes, which SARIF's `columnKind` cannot express, so
/// regions carry no columns and results keep the byte column in `properties.byteColumn`; the
/// exact words (`Finding.range`, UTF-16 units of the paragraph's text) are in `properties.range`.
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
            "originalUriBaseIds": [
                Self.rootID: [
                    "description": [
                        "text": "The repository root: the folder of the .reglint.yml in use, or the git root when "
                            + "there is none"
                    ]
                ]
            ],
        ]
        var invocation: [String: Any] = ["executionSuccessful": true]
        let notifications = report.files.filter { $0.status == .error }.map { file -> [String: Any] in
            [
                "level": "error",
                "message": ["text": file.errorMessage ?? "cannot be read"],
                "descriptor": ["id": Report.unreadableRule.rawValue],
                "locations": [["physicalLocation": ["artifactLocation": Self.artifactLocation(file.path)]]],
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
            "defaultConfiguration": [
                "level": level(description.defaultSeverity), "enabled": description.isEnabledByDefault,
            ] as [String: Any],
        ]
    }

    private static func result(_ finding: Finding, ruleIndex: Int?) -> [String: Any] {
        let region: [String: Any] = ["startLine": finding.location.line ?? finding.location.paragraph ?? 1]
        var location: [String: Any] = [
            "physicalLocation": ["artifactLocation": artifactLocation(finding.path), "region": region] as [String: Any]
        ]
        let path = finding.location.sectionPath
        if !path.isEmpty {
            location["logicalLocations"] = [
                ["name": path.last ?? "", "fullyQualifiedName": path.joined(separator: " › "), "kind": "section"]
            ]
        }
        var properties: [String: Any] = [:]
        if let paragraph = finding.location.paragraph { properties["paragraph"] = paragraph }
        if let column = finding.location.column { properties["byteColumn"] = column }
        if let eId = finding.location.eId { properties["eId"] = eId }
        // Not the region's snippet: the region is a whole line or paragraph, the excerpt a part.
        if let excerpt = finding.excerpt { properties["excerpt"] = excerpt }
        // Not `region.charOffset`: SARIF counts that from the start of the artifact (the DOCX
        // or XML file), the range from the start of the located paragraph's text.
        if let range = finding.range { properties["range"] = ["offset": range.offset, "length": range.length] }
        if let fix = finding.fix { properties["replacement"] = fix.replacement }
        var result: [String: Any] = [
            "ruleId": finding.rule.rawValue,
            "level": level(finding.severity),
            "message": ["text": finding.messageWithPlace],
            "locations": [location],
            "partialFingerprints": ["reglint/v1": BaselineKey(finding).fingerprint],
        ]
        if let ruleIndex { result["ruleIndex"] = ruleIndex }
        if !properties.isEmpty { result["properties"] = properties }
        return result
    }

    /// The base id of repository-relative URIs.
    private static let rootID = "SRCROOT"

    /// A repository-relative path under ``rootID``; an absolute one (outside the root) as a
    /// `file:` URI.
    private static func artifactLocation(_ path: String) -> [String: Any] {
        path.hasPrefix("/") ? ["uri": "file://" + uri(path)] : ["uri": uri(path), "uriBaseId": rootID]
    }

    /// A relative path as a URI reference: slashes kept, other reserved characters escaped.
    private static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
