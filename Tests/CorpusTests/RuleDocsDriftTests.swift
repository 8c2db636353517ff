import Foundation
import RegLintChecks
import Testing

@testable import RegLintCommand

/// docs/rules is generated from the checks' descriptions; this fails when it is stale.
@Suite("Rule documentation")
struct RuleDocsDriftTests {
    @Test func docsMatchTheChecks() throws {
        let folder = CorpusLocation.packageRoot.appendingPathComponent("docs/rules")
        let options = BuiltInChecks.defaultOptions
        let pages = RuleDocumentation.pages(BuiltInChecks.descriptions, options: options)
        for (path, text) in pages {
            let file = folder.appendingPathComponent(path)
            let written = try? String(contentsOf: file, encoding: .utf8)
            #expect(
                written == text,
                "docs/rules/\(path) is stale: run `swift run reglint rules --format markdown --output docs/rules`")
        }
        let existing = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".md") }
        #expect(Set(existing) == Set(pages.map(\.path)), "docs/rules has pages for rules that do not exist")
    }
}
