import RegLintCore
import RegLintTesting
import Testing

/// The harness catches checks that are wrong in the ways it promises to catch.
@Suite("The example harness")
struct ExampleVerifierTests {
    /// Reports every paragraph that starts with "Điều" (precomposed or not), with the word as excerpt.
    struct ArticleCheck: Check {
        static let description = CheckDescription(
            id: "test/article", name: "Article", summary: "An article heading", rationale: "A test.",
            defaultSeverity: .warning,
            triggeringExamples: [Example("Mở đầu.\n↓Điều lệ được sửa.", expecting: ["article heading"])],
            nonTriggeringExamples: [Example("Một câu khác.")])

        init(options: NoOptions) {}

        func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
            document.allParagraphs.filter { $0.text.precomposedStringWithCanonicalMapping.hasPrefix("Điều") }.map {
                Diagnostic(
                    message: .init("an article heading"), location: $0.location, excerpt: String($0.text.prefix(4)))
            }
        }
    }

    @Test func aCorrectCheckPasses() {
        #expect(verifyExamples(of: ArticleCheck.self).isEmpty)
    }

    /// Deliberately broken: only sees precomposed text, so it misses the NFD variant.
    struct PrecomposedOnlyCheck: Check {
        static let description = CheckDescription(
            id: "test/precomposed-only", name: "Broken", summary: "Broken", rationale: "A test.",
            defaultSeverity: .warning,
            triggeringExamples: [Example("↓Điều lệ được sửa.")], nonTriggeringExamples: [Example("Một câu khác.")])

        init(options: NoOptions) {}

        func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
            document.allParagraphs.filter { $0.text.unicodeScalars.starts(with: "Điều".unicodeScalars) }.map {
                Diagnostic(message: .init("found"), location: $0.location)
            }
        }
    }

    @Test func aCheckBlindToDecomposedTextIsCaught() {
        let failures = verifyExamples(of: PrecomposedOnlyCheck.self)
        #expect(failures.contains { $0.message.contains("(in Unicode NFD)") }, "\(failures)")
    }

    /// Deliberately broken: reports on the wrong paragraph, with a location a suppression cannot cover.
    struct WrongPlaceCheck: Check {
        static let description = CheckDescription(
            id: "test/wrong-place", name: "Broken", summary: "Broken", rationale: "A test.",
            defaultSeverity: .warning,
            triggeringExamples: [Example("Mở đầu.\n↓Điều lệ được sửa.")],
            nonTriggeringExamples: [Example("Một câu khác.")])

        init(options: NoOptions) {}

        func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
            document.allParagraphs.contains { $0.text.hasPrefix("Điều") }
                ? [Diagnostic(message: .init("found"), location: SourceLocation(file: document.path, line: 1))] : []
        }
    }

    @Test func aFindingOnTheWrongParagraphOrOutsideSuppressionIsCaught() {
        let failures = verifyExamples(of: WrongPlaceCheck.self).map(\.message)
        #expect(failures.contains { $0.contains("marker on 2") }, "\(failures)")
        #expect(
            failures.contains { $0.contains("inside a suppression region the example still reports") }, "\(failures)")
    }

    /// Deliberately broken: its message and excerpt disagree with the examples, and it has no
    /// non-triggering example.
    struct WrongWordsCheck: Check {
        static let description = CheckDescription(
            id: "test/wrong-words", name: "Broken", summary: "Broken", rationale: "A test.",
            defaultSeverity: .warning,
            triggeringExamples: [Example("Điều lệ ↓được sửa.", expecting: ["scope"])], nonTriggeringExamples: [])

        init(options: NoOptions) {}

        func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
            document.allParagraphs.map {
                Diagnostic(message: .init("something else"), location: $0.location, excerpt: "Điều")
            }
        }
    }

    @Test func wrongMessagesExcerptsAndMissingExamplesAreCaught() {
        let failures = verifyExamples(of: WrongWordsCheck.self).map(\.message)
        #expect(failures.contains { $0.contains("does not match /scope/") }, "\(failures)")
        #expect(failures.contains { $0.contains("has excerpt 'Điều', marker points at 'được sửa.'") }, "\(failures)")
        #expect(failures.contains { $0.contains("at least one triggering and one non-triggering example") })
    }

    /// Deliberately broken: not deterministic.
    final class Counter: @unchecked Sendable {
        var value = 0
    }

    struct FlakyCheck: Check {
        static let counter = Counter()
        static let description = CheckDescription(
            id: "test/flaky", name: "Broken", summary: "Broken", rationale: "A test.", defaultSeverity: .warning,
            triggeringExamples: [Example("↓Điều lệ được sửa.")], nonTriggeringExamples: [Example("Một câu khác.")])

        init(options: NoOptions) {}

        func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
            Self.counter.value += 1
            return document.allParagraphs.filter { $0.text.hasPrefix("Điều") }.map {
                Diagnostic(message: .init("call \(Self.counter.value)"), location: $0.location)
            }
        }
    }

    @Test func aNondeterministicCheckIsCaught() {
        #expect(verifyExamples(of: FlakyCheck.self).contains { $0.message.contains("differ between two runs") })
    }

    @Test func theEngineRuleExamplesPass() {
        #expect(verifyUnusedSuppressionExamples().isEmpty)
    }
}
