import Foundation
import RegLintCore
import RegLintReaders

/// A way an example failed, reported at the example's own file and line.
public struct ExampleFailure: Sendable, CustomStringConvertible {
    public let rule: RuleID
    public let message: String
    public let file: StaticString
    public let line: UInt

    public var description: String { "\(file):\(line): [\(rule)] \(message)" }
}

/// Runs a check's examples as tests, for built-in and custom checks alike.
///
/// Non-triggering examples must produce no diagnostic; triggering examples must produce exactly
/// one diagnostic per `↓` marker, on the marked paragraph, whose excerpt starts at the marker and
/// whose message matches the example's expectation when one is given. Every example is also run
/// preceded by an unrelated paragraph full of Vietnamese diacritics, in Unicode NFD instead of
/// NFC, and twice, to catch offset, normalisation and determinism bugs.
public func verifyExamples<C: Check>(of check: C.Type) -> [ExampleFailure] {
    verifyExamples(C.description) { example in
        let instance = try C.configured(optionsYAML: example.options)
        return { document, context in instance.diagnostics(in: document, context: context) }
    }
}

/// Runs a corpus check's examples, each as a run of one document, with the same variants.
public func verifyExamples<C: CorpusCheck>(of check: C.Type) -> [ExampleFailure] {
    verifyExamples(C.description) { example in
        let instance = try C.configured(optionsYAML: example.options)
        return { document, context in
            let summary = instance.summarize(document, context: context)
            return instance.diagnostics(in: [CorpusEntry(path: document.path, summary: summary)], context: context)
                .map(\.diagnostic)
        }
    }
}

/// How an example is run: the check configured with the example's options, as a function.
typealias ExampleRunner = (Example) throws -> (Document, CheckContext) -> [Diagnostic]

private func verifyExamples(_ description: CheckDescription, runner: ExampleRunner) -> [ExampleFailure] {
    var failures: [ExampleFailure] = []
    if description.triggeringExamples.isEmpty || description.nonTriggeringExamples.isEmpty {
        failures.append(
            ExampleFailure(
                rule: description.id, message: "a check needs at least one triggering and one non-triggering example",
                file: #filePath, line: #line))
    }
    for example in description.triggeringExamples {
        failures += verify(example, description.id, runner: runner, isTriggering: true)
        if description.id != .unusedSuppression {
            failures += verifySuppressed(example, description.id, runner: runner)
        }
    }
    for example in description.nonTriggeringExamples {
        failures += verify(example, description.id, runner: runner, isTriggering: false)
    }
    return failures
}

private struct Marker: Equatable {
    var paragraph: Int
    var offset: Int  // UTF-16 offset in the paragraph's text
}

private func verify(_ example: Example, _ rule: RuleID, runner: ExampleRunner, isTriggering: Bool) -> [ExampleFailure] {
    let variants: [(name: String, outline: String)] = [
        ("", example.outline),
        (
            " (after a paragraph with diacritics)",
            "Đây là đoạn văn mở đầu có đủ dấu: ăn, ấm, ở, ưu, đồng, Ỹ.\n" + example.outline
        ),
        (" (in Unicode NFD)", example.outline.decomposedStringWithCanonicalMapping),
    ]
    var failures: [ExampleFailure] = []
    func fail(_ message: String) {
        failures.append(
            ExampleFailure(rule: rule, message: message, file: example.file, line: example.line))
    }
    let run: (Document, CheckContext) -> [Diagnostic]
    do {
        run = try runner(example)
    } catch {
        fail("the example's options do not decode: \(error)")
        return failures
    }
    for variant in variants {
        let (outline, markers) = removeMarkers(variant.outline)
        let expected = markers
        let document = OutlineReader.read(outline, language: example.language)
        guard let asOf = Day(iso: example.asOf ?? "2026-01-01") else {
            fail("asOf '\(example.asOf ?? "")' is not a YYYY-MM-DD date")
            return failures
        }
        let context = CheckContext(
            asOf: asOf, language: example.language ?? document.language, facts: DocumentFacts(document))
        let found = run(document, context)
        if found != run(document, context) {
            fail("diagnostics differ between two runs\(variant.name)")
        }
        if !isTriggering, !found.isEmpty {
            fail("expected no finding\(variant.name), got: \(found.map(\.message.text).joined(separator: "; "))")
            continue
        }
        guard found.count == expected.count else {
            fail(
                "expected \(expected.count) finding(s)\(variant.name), got \(found.count): "
                    + found.map(\.message.text).joined(separator: "; "))
            continue
        }
        let texts = paragraphTexts(outline)
        for (index, (diagnostic, marker)) in zip(found, expected).enumerated() {
            guard diagnostic.location.paragraph == marker.paragraph else {
                fail(
                    "finding \(index + 1)\(variant.name) is on paragraph \(diagnostic.location.paragraph ?? 0), marker on \(marker.paragraph)"
                )
                continue
            }
            if let excerpt = diagnostic.excerpt, marker.paragraph - 1 < texts.count {
                let text = Array(texts[marker.paragraph - 1].utf16)
                let tail = String(decoding: text.dropFirst(marker.offset), as: UTF16.self)
                if !tail.hasPrefix(excerpt) {
                    fail(
                        "finding \(index + 1)\(variant.name) has excerpt '\(excerpt)', marker points at '\(tail.prefix(30))'"
                    )
                }
            }
            let message = diagnostic.message.text.precomposedStringWithCanonicalMapping
            if index < example.messages.count,
                message.range(of: example.messages[index], options: .regularExpression) == nil
            {
                fail("message '\(message)'\(variant.name) does not match /\(example.messages[index])/")
            }
        }
    }
    return failures
}

/// A triggering example between `#reglint disable RULE` and `#reglint enable RULE` must leave no
/// finding once suppressions are applied.
private func verifySuppressed(_ example: Example, _ id: RuleID, runner: ExampleRunner) -> [ExampleFailure] {
    let (outline, _) = removeMarkers("#reglint disable \(id)\n" + example.outline + "\n#reglint enable \(id)")
    let document = OutlineReader.read(outline, language: example.language)
    guard let run = try? runner(example), let asOf = Day(iso: example.asOf ?? "2026-01-01") else { return [] }
    let context = CheckContext(
        asOf: asOf, language: example.language ?? document.language, facts: DocumentFacts(document))
    let left = run(document, context).filter { diagnostic in
        !document.suppressions.contains { $0.covers(id, at: diagnostic.location) }
    }
    guard !left.isEmpty else { return [] }
    return [
        ExampleFailure(
            rule: id, message: "inside a suppression region the example still reports: \(left.map(\.message.text))",
            file: example.file, line: example.line)
    ]
}

/// The outline without markers, and each marker's paragraph (1-based, blank lines skipped) and
/// UTF-16 offset within the trimmed line.
private func removeMarkers(_ outline: String) -> (String, [Marker]) {
    var markers: [Marker] = []
    var lines: [String] = []
    var paragraph = 0
    for line in outline.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingWhitespace
        if !trimmed.isEmpty, !trimmed.hasPrefix("#reglint ") { paragraph += 1 }
        var cleaned = ""
        for character in trimmed {
            if character == Example.marker {
                markers.append(Marker(paragraph: paragraph, offset: cleaned.utf16.count))
            } else {
                cleaned.append(character)
            }
        }
        lines.append(cleaned)
    }
    return (lines.joined(separator: "\n"), markers)
}

private func paragraphTexts(_ outline: String) -> [String] {
    outline.split(separator: "\n").map { $0.trimmingWhitespace }.filter { !$0.isEmpty && !$0.hasPrefix("#reglint ") }
}
