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

/// Runs a check's examples as tests, for built-in and custom checks alike, through the real
/// ``Engine`` (its facts, suppression and ordering, not a copy of them).
///
/// Non-triggering examples must produce no finding; triggering examples must produce exactly
/// one finding per `↓` marker, on the marked paragraph, whose excerpt starts at the marker and
/// whose message matches the example's expectation when one is given; a finding's range, when
/// it has one, must start at the marker and select the excerpt. Every example is also run
/// preceded by an unrelated paragraph full of Vietnamese diacritics, in Unicode NFD instead of
/// NFC, and twice, to catch offset, normalisation and determinism bugs; every triggering example
/// is run once more inside `#reglint disable RULE` … `#reglint enable RULE`, where it must
/// report nothing and use the suppression.
public func verifyExamples<C: ConfigurableCheck>(of check: C.Type) -> [ExampleFailure] {
    verifyExamples(C.description) { example in
        [try C.configuredCheck(optionsYAML: example.options, severity: C.description.defaultSeverity)]
    }
}

/// Runs the examples of a check given as a function (a rule of a YAML pack, say); `configure`
/// makes the check for an example's options.
public func verifyExamples(
    of description: CheckDescription, configure: @escaping (String?) throws -> Engine.ConfiguredCheck
) -> [ExampleFailure] {
    verifyExamples(description) { example in [try configure(example.options)] }
}

/// Runs the examples of `structure/unused-suppression`, the rule the engine reports itself.
public func verifyUnusedSuppressionExamples() -> [ExampleFailure] {
    verifyExamples(UnusedSuppressions.description) { _ in [] }
}

/// How an example is run: the checks configured with the example's options.
typealias ExampleRunner = (Example) throws -> [Engine.ConfiguredCheck]

private func verifyExamples(_ description: CheckDescription, runner: ExampleRunner) -> [ExampleFailure] {
    var failures: [ExampleFailure] = []
    if description.triggeringExamples.isEmpty || description.nonTriggeringExamples.isEmpty {
        failures.append(
            ExampleFailure(
                rule: description.id, message: "a check needs at least one triggering and one non-triggering example",
                file: #filePath, line: #line))
    }
    let isEngineRule = description.id == .unusedSuppression
    for example in description.triggeringExamples {
        failures += verify(example, description.id, runner: runner, isTriggering: true, isEngineRule: isEngineRule)
        if !isEngineRule {
            failures += verifySuppressed(example, description.id, runner: runner)
        }
    }
    for example in description.nonTriggeringExamples {
        failures += verify(example, description.id, runner: runner, isTriggering: false, isEngineRule: isEngineRule)
    }
    return failures
}

private struct Marker: Equatable {
    var paragraph: Int
    var offset: Int  // UTF-16 offset in the paragraph's text
}

/// The findings of a run of the engine over one outline document.
private func run(
    _ outline: String, _ example: Example, checks: [Engine.ConfiguredCheck],
    reportsUnusedSuppressions: Bool
) throws -> [Finding] {
    guard let asOf = Day(iso: example.asOf ?? "2026-01-01") else {
        throw ExampleError("asOf '\(example.asOf ?? "")' is not a YYYY-MM-DD date")
    }
    let document = OutlineReader.read(outline, language: example.language)
    let engine = Engine(
        checks: checks, asOf: asOf, language: example.language, toolVersion: "example",
        unusedSuppressionSeverity: reportsUnusedSuppressions ? UnusedSuppressions.description.defaultSeverity : nil)
    let report = engine.run(paths: [document.path], jobs: 1) { _ in .success(document) }
    if let failure = report.files.first(where: { $0.status == .error }) {
        throw ExampleError("the example could not be read: \(failure.errorMessage ?? "")")
    }
    return report.findings
}

private struct ExampleError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

private func verify(
    _ example: Example, _ rule: RuleID, runner: ExampleRunner, isTriggering: Bool, isEngineRule: Bool
) -> [ExampleFailure] {
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
    let checks: [Engine.ConfiguredCheck]
    do {
        checks = try runner(example)
    } catch {
        fail("the example's options do not decode: \(error)")
        return failures
    }
    for variant in variants {
        let (outline, markers) = removeMarkers(variant.outline)
        let expected = markers
        let found: [Finding]
        do {
            found = try run(outline, example, checks: checks, reportsUnusedSuppressions: isEngineRule)
            if found != (try run(outline, example, checks: checks, reportsUnusedSuppressions: isEngineRule)) {
                fail("findings differ between two runs\(variant.name)")
            }
        } catch {
            fail("\(error)")
            return failures
        }
        if !isTriggering, !found.isEmpty {
            fail("expected no finding\(variant.name), got: \(found.map(\.message).joined(separator: "; "))")
            continue
        }
        guard found.count == expected.count else {
            fail(
                "expected \(expected.count) finding(s)\(variant.name), got \(found.count): "
                    + found.map(\.message).joined(separator: "; "))
            continue
        }
        let texts = paragraphTexts(outline)
        for (index, (finding, marker)) in zip(found, expected).enumerated() {
            guard finding.location.paragraph == marker.paragraph else {
                fail(
                    "finding \(index + 1)\(variant.name) is on paragraph \(finding.location.paragraph ?? 0), marker on \(marker.paragraph)"
                )
                continue
            }
            if let excerpt = finding.excerpt, marker.paragraph - 1 < texts.count {
                let text = Array(texts[marker.paragraph - 1].utf16)
                let tail = String(decoding: text.dropFirst(marker.offset), as: UTF16.self)
                if !tail.hasPrefix(excerpt) {
                    fail(
                        "finding \(index + 1)\(variant.name) has excerpt '\(excerpt)', marker points at '\(tail.prefix(30))'"
                    )
                }
            }
            if let range = finding.range, marker.paragraph - 1 < texts.count,
                let problem = rangeProblem(range, excerpt: finding.excerpt, line: texts[marker.paragraph - 1], marker)
            {
                fail("finding \(index + 1)\(variant.name): \(problem)")
            }
            let message = finding.message.precomposedStringWithCanonicalMapping
            if index < example.messages.count,
                message.range(of: example.messages[index], options: .regularExpression) == nil
            {
                fail("message '\(message)'\(variant.name) does not match /\(example.messages[index])/")
            }
        }
    }
    return failures
}

/// What is wrong with a finding's range on an outline line: it must start at the marker and
/// select the excerpt's words. A table row's cells are paragraphs of their own, not checked here.
private func rangeProblem(_ range: TextRange, excerpt: String?, line: String, _ marker: Marker) -> String? {
    guard !line.hasPrefix("|") else { return nil }
    guard let words = range.range(in: line) else {
        return "range \(range.offset)+\(range.length) is not a range of the paragraph's text"
    }
    guard range.offset == marker.offset else {
        return "range starts at \(range.offset) ('\(line[words].prefix(30))'), marker at \(marker.offset)"
    }
    if let excerpt, !line[words].hasPrefix(excerpt) {
        return "range selects '\(line[words])', not the excerpt '\(excerpt)'"
    }
    return nil
}

/// A triggering example between `#reglint disable RULE` and `#reglint enable RULE` must leave no
/// finding once the engine has applied suppressions, and the suppression must count as used.
private func verifySuppressed(_ example: Example, _ id: RuleID, runner: ExampleRunner) -> [ExampleFailure] {
    let (outline, _) = removeMarkers("#reglint disable \(id)\n" + example.outline + "\n#reglint enable \(id)")
    guard let checks = try? runner(example),
        let left = try? run(outline, example, checks: checks, reportsUnusedSuppressions: true), !left.isEmpty
    else { return [] }
    return [
        ExampleFailure(
            rule: id,
            message:
                "inside a suppression region the example still reports: \(left.map { "[\($0.rule)] \($0.message)" })",
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
