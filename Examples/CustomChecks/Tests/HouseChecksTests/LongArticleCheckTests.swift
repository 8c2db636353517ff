import HouseChecks
import RegLintTesting
import Testing

@Suite("House checks")
struct LongArticleCheckTests {
    /// The check's examples, run through reglint's engine.
    @Test func examples() {
        for failure in verifyExamples(of: LongArticleCheck.self) {
            Issue.record(Comment(rawValue: failure.description))
        }
    }
}
