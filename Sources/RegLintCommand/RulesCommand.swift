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

    @Option(
        help: "With --format markdown: a folder to write one page per rule (<family>/<name>.md) and an index into.")
    var output: String?

    @Option(help: "Configuration file whose packs are listed too (default: only built-in and added checks).")
    var config: String?

    @Option(name: .customLong("lang"), help: languageHelp)
    var language: MessageLanguage?

    func run() throws {
        var descriptions = BuiltInChecks.descriptions
        var configured: Configuration?
        var options = BuiltInChecks.defaultOptions
        for check in ReglintCommand.extraChecks { options[check.description.id] = check.defaultOptionsYAML }
        do {
            let configuration = try config.map { path throws(ConfigurationError) in try Configuration.load(from: path) }
            configured = configuration
            descriptions = try RuleSelection(
                configuration: configuration ?? Configuration(), extraChecks: ReglintCommand.extraChecks
            ).descriptions
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage
        }
        let language = self.language ?? configured?.messages ?? .en
        descriptions = descriptions.map { $0.localized(to: language) }
        if let output {
            guard format == .markdown else {
                printError("error: --output needs --format markdown")
                throw ExitStatus.usage
            }
            do {
                for (path, text) in RuleDocumentation.pages(descriptions, options: options, language: language) {
                    let url = URL(fileURLWithPath: output).appendingPathComponent(path)
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: url)
                }
            } catch {
                printError("error: cannot write to \(output): \(error.localizedDescription)")
                throw ExitStatus.usage
            }
            return
        }
        var output = BufferedOutput()
        defer { output.flush() }
        switch format {
        case .text:
            for description in descriptions {
                let state = description.isEnabledByDefault ? "" : language == .vi ? ", tắt sẵn" : ", off by default"
                output.write("\(description.id)  (\(description.defaultSeverity.rawValue)\(state))\n")
                output.write("    \(description.summary)\n")
                if let yaml = options[description.id], yaml != "{}" {
                    output.write(
                        "    \(language == .vi ? "tùy chọn" : "options"): \(yaml.replacingOccurrences(of: "\n", with: "; "))\n"
                    )
                }
            }
        case .json:
            output.write(try RuleDocumentation.json(descriptions, options: options))
        case .markdown:
            for description in descriptions {
                output.write(
                    RuleDocumentation.markdown(
                        description, options: options[description.id] ?? "{}", language: language) + "\n")
            }
        }
    }
}

/// Renders check descriptions as documentation.
enum RuleDocumentation {
    /// The documentation folder's files: one page per rule and `README.md`, by relative path.
    static func pages(
        _ descriptions: [CheckDescription], options: [RuleID: String], language: MessageLanguage = .en
    ) -> [(path: String, text: String)] {
        let words = Words(language)
        var index = [words.indexTitle, "", words.generatedNote, "", words.indexHeader, "| --- | --- | --- |"]
        var pages: [(String, String)] = []
        for description in descriptions {
            let path = "\(description.id.family)/\(description.id.name).md"
            let state = description.isEnabledByDefault ? description.defaultSeverity.rawValue : "off"
            index.append("| [`\(description.id)`](\(path)) | \(state) | \(description.summary) |")
            pages.append((path, markdown(description, options: options[description.id] ?? "{}", language: language)))
        }
        return [("README.md", index.joined(separator: "\n") + "\n")] + pages
    }

    static func markdown(_ description: CheckDescription, options: String, language: MessageLanguage = .en) -> String {
        let words = Words(language)
        var lines = [
            "<!-- \(words.generatedNote) -->", "",
            "# \(description.name) (`\(description.id)`)", "",
            description.summary + ".", "",
            "- \(words.severity): \(description.defaultSeverity.rawValue)",
            "- \(words.enabled): \(description.isEnabledByDefault ? words.yes : words.no)",
            options == "{}" ? "- \(words.noOptions)" : "- \(words.options):\n\n```yaml\n\(options)\n```", "",
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
        examples(words.triggering, description.triggeringExamples)
        examples(words.nonTriggering, description.nonTriggeringExamples)
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
    }

    /// The fixed words of the rule pages, in each language.
    private struct Words {
        let indexTitle, generatedNote, indexHeader, severity, enabled, yes, no, noOptions, options: String
        let triggering, nonTriggering: String

        init(_ language: MessageLanguage) {
            switch language {
            case .en:
                indexTitle = "# reglint rules"
                generatedNote =
                    "Generated by `swift run reglint rules --format markdown --output docs/rules`; do not edit."
                indexHeader = "| rule | default | summary |"
                (severity, enabled, yes, no) = ("Default severity", "Enabled by default", "yes", "no")
                (noOptions, options) = ("Options: none", "Options (defaults)")
                triggering = "Triggering examples (⟶ marks each finding)"
                nonTriggering = "Non-triggering examples"
            case .vi:
                indexTitle = "# Các quy tắc của reglint"
                generatedNote =
                    "Tạo bởi lệnh `swift run reglint rules --lang vi --format markdown --output docs/rules/vi`; "
                    + "không sửa trực tiếp."
                indexHeader = "| quy tắc | mặc định | tóm tắt |"
                (severity, enabled, yes, no) = ("Mức độ mặc định", "Bật sẵn", "có", "không")
                (noOptions, options) = ("Tùy chọn: không có", "Tùy chọn (giá trị mặc định)")
                triggering = "Ví dụ có phát hiện (⟶ đánh dấu chỗ của từng phát hiện)"
                nonTriggering = "Ví dụ không có phát hiện"
            }
        }
    }

    struct RuleView: Encodable {
        var id: String
        var name: String
        var summary: String
        var rationale: String
        var defaultSeverity: String
        var isEnabledByDefault: Bool
        var options: String
        var triggeringExamples: [String]
        var nonTriggeringExamples: [String]
    }

    static func json(_ descriptions: [CheckDescription], options: [RuleID: String]) throws -> String {
        let views = descriptions.map { description in
            RuleView(
                id: description.id.rawValue, name: description.name, summary: description.summary,
                rationale: description.rationale, defaultSeverity: description.defaultSeverity.rawValue,
                isEnabledByDefault: description.isEnabledByDefault, options: options[description.id] ?? "{}",
                triggeringExamples: description.triggeringExamples.map(\.outline),
                nonTriggeringExamples: description.nonTriggeringExamples.map(\.outline))
        }
        return String(decoding: try JSONEncoder.deterministic.encode(views), as: UTF8.self) + "\n"
    }
}
