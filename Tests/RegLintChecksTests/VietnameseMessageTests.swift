import Foundation
import RegLintChecks
import RegLintCore
import RegLintReaders
import Testing

/// Every built-in check says what it found in Vietnamese too: each triggering example gives a
/// Vietnamese message, different from the English one, and in a Vietnamese example it leaves no
/// English outside the document's own quoted words.
@Suite("Vietnamese messages")
struct VietnameseMessageTests {
    static let englishWords: Set<String> = [
        "is", "the", "expected", "should", "missing", "was", "has", "and", "not", "of", "with", "before", "after",
        "stated", "points", "nowhere", "disagree", "restates", "numbering", "profile", "registry", "suppression",
        "requires", "found", "replaced", "repealed", "expired", "starts", "skips", "column", "row", "document",
    ]

    private func findings(of example: Example, checks: [Engine.ConfiguredCheck]) throws -> (Document, [Finding]) {
        let document = OutlineReader.read(
            example.outline.replacingOccurrences(of: String(Example.marker), with: ""), language: example.language)
        let engine = Engine(
            checks: checks, asOf: try #require(Day(iso: example.asOf ?? "2026-01-01")),
            language: example.language, toolVersion: "test", unusedSuppressionSeverity: .warning)
        return (document, engine.run(paths: [document.path], jobs: 1) { _ in .success(document) }.findings)
    }

    private func expectVietnamese(_ description: CheckDescription, _ found: [(Document, [Finding])]) {
        for (document, findings) in found {
            #expect(!findings.isEmpty, "\(description.id): a triggering example found nothing")
            for finding in findings where finding.rule == description.id {
                let vietnamese = finding.localizedMessage.vietnamese ?? ""
                #expect(!vietnamese.isEmpty, "\(description.id): no Vietnamese for \(finding.message)")
                #expect(vietnamese != finding.message, "\(description.id): \(vietnamese)")
                #expect(finding.localized(to: .vi).message == vietnamese)
                guard document.language == .vi else { continue }
                let left = Self.englishLeft(in: vietnamese)
                #expect(left.isEmpty, "\(description.id): English \(left) in \(vietnamese)")
            }
        }
    }

    static func englishLeft(in message: String) -> [String] {
        var own = ""
        var depth = 0
        for character in message {
            if character == "“" {
                depth += 1
            } else if character == "”" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                own.append(character)
            }
        }
        return own.lowercased().split { !$0.isLetter }.map(String.init).filter(englishWords.contains)
    }

    @Test(arguments: BuiltInChecks.all.map { ObjectIdentifier($0) })
    func checkSpeaksVietnamese(_ identifier: ObjectIdentifier) throws {
        let check = try #require(BuiltInChecks.all.first { ObjectIdentifier($0) == identifier })
        try verify(check)
    }

    private func verify<C: ConfigurableCheck>(_ check: C.Type) throws {
        let found = try C.description.triggeringExamples.map { example in
            let configured = try C.configuredCheck(
                optionsYAML: example.options, severity: C.description.defaultSeverity)
            return try findings(of: example, checks: [configured])
        }
        expectVietnamese(C.description, found)
    }

    @Test func unusedSuppressionSpeaksVietnamese() throws {
        let found = try UnusedSuppressions.description.triggeringExamples.map { example in
            try findings(of: example, checks: [])
        }
        expectVietnamese(UnusedSuppressions.description, found)
    }

    /// Numbering messages name the parts as a Vietnamese text does, without “(expected đ))”.
    @Test func numberingMessagesReadAsVietnamese() throws {
        let example = Example("Điều 1. Phạm vi\n1. Nội dung\na) Một\nb) Hai\nc) Ba\nd) Bốn\ne) Năm")
        let numbering = try #require(BuiltInChecks.all.first { $0.description.id == "structure/numbering" })
        let (_, found) = try findings(
            of: example,
            checks: [try numbering.configuredCheck(optionsYAML: nil, severity: .warning)])
        #expect(
            found.map { $0.localized(to: .vi).message } == [
                "Số thứ tự nhảy từ điểm d sang điểm e, thiếu điểm đ"
            ])
    }
}
