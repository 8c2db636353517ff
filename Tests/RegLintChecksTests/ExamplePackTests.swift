import Foundation
import RegLintCore
import RegLintTesting
import Testing

/// The example pack's rules carry examples; they run through the engine like a Swift check's.
@Suite("The example rule pack")
struct ExamplePackTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/packs/an-ha").path

    @Test func everyRuleHasPassingExamples() throws {
        let pack = try RulePack.load(folder: Self.folder)
        #expect(pack.rules.count == 6)
        for rule in pack.rules {
            #expect(!rule.description.triggeringExamples.isEmpty, "\(rule.description.id)")
            let failures = verifyExamples(of: rule.description) { _ in
                rule.configured(severity: rule.description.defaultSeverity)
            }
            for failure in failures {
                Issue.record(Comment(rawValue: "\(rule.description.id): \(failure.message)"))
            }
        }
    }
}
