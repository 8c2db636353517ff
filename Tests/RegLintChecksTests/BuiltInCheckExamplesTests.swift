import Foundation
import RegLintChecks
import RegLintCore
import RegLintTesting
import Testing

@Suite("Built-in checks")
struct BuiltInCheckExamplesTests {
    @Test(arguments: BuiltInChecks.all.map { ObjectIdentifier($0) })
    func examples(of identifier: ObjectIdentifier) throws {
        let check = try #require(BuiltInChecks.all.first { ObjectIdentifier($0) == identifier })
        for failure in verify(check) {
            Issue.record(
                Comment(rawValue: failure.description),
                sourceLocation: SourceLocation(
                    fileID: "RegLintChecks/\(failure.file)", filePath: "\(failure.file)", line: Int(failure.line),
                    column: 1))
        }
    }

    /// Reports each failure at the example's own file and line.
    private func record(_ failures: [ExampleFailure]) {
        for failure in failures {
            Issue.record(
                Comment(rawValue: failure.description),
                sourceLocation: SourceLocation(
                    fileID: "RegLintChecks/\(failure.file)", filePath: "\(failure.file)", line: Int(failure.line),
                    column: 1))
        }
    }

    private func verify<C: ConfigurableCheck>(_ check: C.Type) -> [ExampleFailure] {
        verifyExamples(of: check)
    }

    @Test func unusedSuppressionExamples() {
        record(verifyUnusedSuppressionExamples())
    }

    /// Every `*Check.swift` under Sources/RegLintChecks is registered, ids are valid, unique and sorted.
    @Test func registryIsComplete() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/RegLintChecks")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix("Check.swift") }
            .map { ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".swift", with: "") }
        let registered = BuiltInChecks.all.map { String(describing: $0) }
        #expect(Set(files) == Set(registered))
        let ids = BuiltInChecks.all.map { $0.description.id }
        #expect(ids.allSatisfy { $0.isValid })
        #expect(ids == ids.sorted())
        let allIDs = BuiltInChecks.descriptions.map(\.id)
        #expect(Set(allIDs).count == allIDs.count)
    }

    @Test func descriptionsAreComplete() {
        for check in BuiltInChecks.all {
            let description = check.description
            #expect(!description.summary.isEmpty && !description.summary.hasSuffix("."), "\(description.id)")
            #expect(!description.rationale.isEmpty, "\(description.id)")
            #expect(throws: Never.self, "default options of \(description.id) round-trip through YAML") {
                _ = try check.configured(optionsYAML: check.defaultOptionsYAML)
            }
        }
    }
}
