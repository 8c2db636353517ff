import Foundation
import RegLintChecks
import RegLintCore
import Testing

@testable import RegLintCommand

/// docs/rules (English) and docs/rules/vi (Vietnamese) are generated from the checks'
/// descriptions; this fails when either is stale.
@Suite("Rule documentation")
struct RuleDocsDriftTests {
    @Test(arguments: [MessageLanguage.en, .vi])
    func docsMatchTheChecks(language: MessageLanguage) throws {
        let relative = language == .en ? "docs/rules" : "docs/rules/vi"
        let folder = CorpusLocation.packageRoot.appendingPathComponent(relative)
        let options = BuiltInChecks.defaultOptions
        let descriptions = BuiltInChecks.descriptions.map { $0.localized(to: language) }
        let pages = RuleDocumentation.pages(descriptions, options: options, language: language)
        let command =
            language == .en
            ? "swift run reglint rules --format markdown --output docs/rules"
            : "swift run reglint rules --lang vi --format markdown --output docs/rules/vi"
        for (path, text) in pages {
            let file = folder.appendingPathComponent(path)
            let written = try? String(contentsOf: file, encoding: .utf8)
            #expect(written == text, "\(relative)/\(path) is stale: run `\(command)`")
        }
        let existing = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix("vi/") }
        #expect(Set(existing) == Set(pages.map(\.path)), "\(relative) has pages for rules that do not exist")
    }

    /// Every built-in rule has its Vietnamese name, summary and rationale.
    @Test func everyRuleIsDescribedInVietnamese() {
        for description in BuiltInChecks.descriptions {
            let vietnamese = description.vietnamese
            #expect(vietnamese != nil, "\(description.id) has no Vietnamese description")
            #expect(vietnamese?.summary != description.summary, "\(description.id)")
            #expect(vietnamese?.rationale != description.rationale, "\(description.id)")
        }
    }
}
