import Foundation
import RegLintCore

/// The JSON report: tool, files, findings and summary, with sorted keys.
public struct JSONReporter: Reporter {
    public static let id = "json"
    public static let summary = "the JSON report (files, findings, summary), for tools"

    public init() {}

    struct Output: Encodable {
        struct Tool: Encodable {
            var name: String
            var version: String
        }

        struct FileEntry: Encodable {
            struct Failure: Encodable {
                var rule: String
                var message: String
            }

            var path: String
            var format: String
            var status: String
            var error: Failure?
        }

        struct Location: Encodable {
            var section: [String]
            var line: Int?
            var column: Int?
            var paragraph: Int?
            var eId: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(section, forKey: .section)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
                try container.encode(paragraph, forKey: .paragraph)
                try container.encode(eId, forKey: .eId)
            }

            enum CodingKeys: String, CodingKey {
                case section, line, column, paragraph, eId
            }
        }

        struct FindingEntry: Encodable {
            var rule: String
            var severity: String
            var message: String
            var path: String
            var location: Location
            var excerpt: String?
            /// UTF-16 `offset` and `length` of the excerpt in the located paragraph's text.
            var range: TextRange?
            var fix: Fix?
        }

        struct Summary: Encodable {
            var files: Int
            var checked: Int
            var errors: Int
            var warnings: Int
            var infos: Int
        }

        var tool: Tool
        var files: [FileEntry]
        var findings: [FindingEntry]
        var summary: Summary
    }

    public func render(_ report: Report) throws -> String {
        let output = Output(
            tool: .init(name: report.toolName, version: report.toolVersion),
            files: report.files.map { file in
                Output.FileEntry(
                    path: file.path, format: file.format, status: file.status.rawValue,
                    error: file.errorMessage.map { .init(rule: Report.unreadableRule.rawValue, message: $0) })
            },
            findings: report.findings.map { finding in
                Output.FindingEntry(
                    rule: finding.rule.rawValue, severity: finding.severity.rawValue, message: finding.message,
                    path: finding.path,
                    location: .init(
                        section: finding.location.sectionPath, line: finding.location.line,
                        column: finding.location.column, paragraph: finding.location.paragraph,
                        eId: finding.location.eId),
                    excerpt: finding.excerpt, range: finding.range, fix: finding.fix)
            },
            summary: .init(
                files: report.files.count, checked: report.checkedCount, errors: report.count(.error),
                warnings: report.count(.warning), infos: report.count(.info)))
        return String(decoding: try JSONEncoder.deterministic.encode(output), as: UTF8.self) + "\n"
    }
}
