import ArgumentParser
import Foundation
import RegLintChecks
import RegLintCore

/// `reglint rules`: every check with its description, default severity and examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every check with its description, default severity and examples."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    func run() throws {
        let descriptions = BuiltInChecks.all.map { $0.description }
        var output = BufferedOutput()
        defer { output.flush() }
        switch format {
        case .text:
            for description in descriptions {
                let state = description.isEnabledByDefault ? "" : ", off by default"
                output.write("\(description.id)  (\(description.defaultSeverity.rawValue)\(state))\n")
                output.write("    \(description.summary)\n")
            }
        case .json:
            output.write(try RuleDocumentation.json(descriptions))
        case .markdown:
            for description in descriptions { output.write(RuleDocumentation.markdown(description) + "\n") }
        }
    }
}

/// Renders check descriptions as documentation.
enum RuleDocumentation {
    static func markdown(_ description: CheckDescription) -> String {
        var lines = [
            "# \(description.name) (`\(description.id)`)", "",
            description.summary + ".", "",
            "- Default severity: \(description.defaultSeverity.rawValue)",
            "- Enabled by default: \(description.isEnabledByDefault ? "yes" : "no")", "",
            description.rationale, "",
        ]
        func examples(_ title: String, _ list: [Example]) {
            let shown = list.filter(\.isInDocumentation)
            guard !shown.isEmpty else { return }
            lines += ["## \(title)", ""]
            for example in shown {
                lines += [
                    "```", example.outline.replacingOccurrences(of: String(Example.marker), with: "⟶"), "```", "",
                ]
            }
        }
        examples("Triggering examples (⟶ marks each finding)", description.triggeringExamples)
        examples("Non-triggering examples", description.nonTriggeringExamples)
        return lines.joined(separator: "\n")
    }

    struct RuleView: Encodable {
        var id: String
        var name: String
        var summary: String
        var rationale: String
        var defaultSeverity: String
        var isEnabledByDefault: Bool
        var triggeringExamples: [String]
        var nonTriggeringExamples: [String]
    }

    static func json(_ descriptions: [CheckDescription]) throws -> String {
        let views = descriptions.map { description in
            RuleView(
                id: description.id.rawValue, name: description.name, summary: description.summary,
                rationale: description.rationale, defaultSeverity: description.defaultSeverity.rawValue,
                isEnabledByDefault: description.isEnabledByDefault,
                triggeringExamples: description.triggeringExamples.map(\.outline),
                nonTriggeringExamples: description.nonTriggeringExamples.map(\.outline))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(views), as: UTF8.self) + "\n"
    }
}
