import Foundation
import RegLintCore

/// An external program run as a check (docs/plugins.md): for each document reglint starts it,
/// writes one JSON request to its standard input and reads its findings from standard output.
/// A program that fails, exceeds its time limit or prints something that is not a response
/// is recorded in ``PluginFailures``; the run goes on without its findings for that document.
struct PluginCheck: Sendable {
    /// The protocol version reglint speaks; requests carry it and responses must repeat it.
    static let protocolVersion = 1
    /// The most a plugin may print for one document.
    static let outputLimit = 16 << 20

    let plugin: Configuration.Plugin
    let failures: PluginFailures

    /// The descriptions of the rules the plugin declares.
    var descriptions: [CheckDescription] {
        plugin.rules.map { rule in
            CheckDescription(
                id: RuleID("\(plugin.name)/\(rule)"), name: rule,
                summary: "Reported by the external program \(plugin.name)",
                rationale: "Reported by `\(plugin.command.joined(separator: " "))` (see docs/plugins.md).",
                defaultSeverity: .warning, triggeringExamples: [], nonTriggeringExamples: [])
        }
    }

    /// The checks the engine runs, one per enabled rule (with its severity). The program runs
    /// once per document: the first of them to ask runs it and keeps every rule's findings until
    /// each has taken its own.
    func configured(severities: [(CheckDescription, Severity)]) -> [Engine.ConfiguredCheck] {
        let shared = SharedRuns(rules: severities.count)
        return severities.map { description, severity in
            Engine.ConfiguredCheck(description: description, severity: severity) { document, context in
                shared.take(description.id, for: document.path) { diagnostics(in: document, context: context) }
            }
        }
    }

    private func diagnostics(in document: Document, context: CheckContext) -> [(RuleID, Diagnostic)] {
        do {
            return try run(document, context)
        } catch {
            failures.record("plugin \(plugin.name) on \(document.path): \(error)")
            return []
        }
    }

    private struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private func run(_ document: Document, _ context: CheckContext) throws -> [(RuleID, Diagnostic)] {
        let request = try requestText(document, context)
        let output = try execute(request)
        return try findings(in: output, document: document)
    }

    private func requestText(_ document: Document, _ context: CheckContext) throws -> Data {
        func json(_ text: String) -> String {
            String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
        }
        let tree = try TreeJSONRenderer.render(document)
        let text =
            "{\"protocol\": \(Self.protocolVersion), \"plugin\": \(json(plugin.name)), "
            + "\"rules\": [\(plugin.rules.map(json).joined(separator: ", "))], "
            + "\"asOf\": \(json(context.asOf.description)), \"language\": \(json(context.language.rawValue)), "
            + "\"options\": \(plugin.optionsJSON), \"document\": \(tree)}\n"
        return Data(text.utf8)
    }

    /// Runs the program with `request` on its standard input, within the time limit.
    private func execute(_ request: Data) throws -> Data {
        let process = Process()
        let program = plugin.command[0]
        let folderURL = URL(fileURLWithPath: plugin.folder)
        if program.contains("/") {
            process.executableURL = URL(fileURLWithPath: program, relativeTo: folderURL).standardizedFileURL
            process.arguments = Array(plugin.command.dropFirst())
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = plugin.command
        }
        process.currentDirectoryURL = folderURL
        _ = Self.ignoringBrokenPipes
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure("cannot start \(program): \(error.localizedDescription)")
        }
        let collected = Collected()
        let group = DispatchGroup()
        for (handle, isOutput) in [(output.fileHandleForReading, true), (errors.fileHandleForReading, false)] {
            group.enter()
            DispatchQueue.global().async {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    collected.append(chunk, isOutput: isOutput, limit: Self.outputLimit)
                }
                group.leave()
            }
        }
        DispatchQueue.global().async {
            // A program that exits without reading its input: the write fails, and is dropped.
            try? input.fileHandleForWriting.write(contentsOf: request)
            try? input.fileHandleForWriting.close()
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        if finished.wait(timeout: .now() + plugin.timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw Failure("no answer within \(Self.seconds(plugin.timeout)) s (the plugin's timeout); stopped")
        }
        _ = group.wait(timeout: .now() + 2)
        let (stdout, stderr, overflowed) = collected.values()
        if overflowed { throw Failure("printed more than \(Self.outputLimit >> 20) MB") }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how =
                process.terminationReason == .exit
                ? "exited with status \(process.terminationStatus)"
                : "was killed by signal \(process.terminationStatus)"
            let said = String(decoding: stderr.prefix(400), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            throw Failure(how + (said.isEmpty ? "" : ": \(said)"))
        }
        return stdout
    }

    /// A plugin that exits without reading its request must not kill reglint with SIGPIPE.
    private static let ignoringBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The response: `{"protocol": 1, "findings": [{"rule", "message", "location", "excerpt"?, "range"?, "fix"?}]}`.
    private struct Response: Decodable {
        var `protocol`: Int
        var findings: [Item]

        struct Item: Decodable {
            var rule: String
            var message: String
            /// The message in Vietnamese, shown with `--lang vi` (optional).
            var message_vi: String?
            var location: Position
            var excerpt: String?
            /// UTF-16 `offset` and `length` of the excerpt in the text of the located paragraph.
            var range: TextRange?
            var fix: String?
        }

        struct Position: Decodable {
            var line: Int?
            var column: Int?
            var paragraph: Int?
            var eId: String?
        }
    }

    private func findings(in output: Data, document: Document) throws -> [(RuleID, Diagnostic)] {
        let response: Response
        do {
            response = try JSONDecoder().decode(Response.self, from: output)
        } catch {
            let start = String(decoding: output.prefix(80), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
            throw Failure("printed something that is not a response (\(Self.reason(error))): '\(start)'")
        }
        guard response.protocol == Self.protocolVersion else {
            throw Failure("answered in protocol \(response.protocol); reglint speaks \(Self.protocolVersion)")
        }
        let places = Self.places(in: document)
        return try response.findings.map { item in
            let rule = RuleID(item.rule)
            guard rule.family == plugin.name, plugin.rules.contains(rule.name), rule.isValid else {
                throw Failure(
                    "reported rule '\(item.rule)', which is not one of its rules "
                        + "(\(plugin.rules.map { "\(plugin.name)/\($0)" }.joined(separator: ", ")))")
            }
            guard !item.message.isEmpty else { throw Failure("reported a finding without a message") }
            if let range = item.range, range.offset < 0 || range.length < 0 {
                throw Failure("reported a range with a negative offset or length")
            }
            let position = item.location
            let key = Place(line: position.line, column: position.column, paragraph: position.paragraph)
            let location =
                places[key]
                ?? SourceLocation(
                    file: document.path, line: position.line, column: position.column, paragraph: position.paragraph,
                    eId: position.eId)
            return (
                rule,
                Diagnostic(
                    message: .init(en: item.message, vi: item.message_vi), location: location, excerpt: item.excerpt,
                    range: item.range,
                    fix: item.fix.map(Fix.init(replacement:)))
            )
        }
    }

    private static func reason(_ error: any Error) -> String {
        let context: DecodingError.Context
        switch error as? DecodingError {
        case .keyNotFound(let key, let found): return "no \(key.stringValue) in \(path(found.codingPath))"
        case .typeMismatch(_, let found), .valueNotFound(_, let found): context = found
        case .dataCorrupted(let found): context = found
        default: return "not JSON"
        }
        return context.codingPath.isEmpty ? "not JSON" : "wrong value at \(path(context.codingPath))"
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    private struct Place: Hashable {
        var line: Int?
        var column: Int?
        var paragraph: Int?
    }

    /// Every location of the document's tree by its position, so a finding placed at a block
    /// the request gave gets that block's section path.
    private static func places(in document: Document) -> [Place: SourceLocation] {
        var result: [Place: SourceLocation] = [:]
        for section in document.allSections {
            for location in [section.location] + section.blocks.map(\.location) {
                let key = Place(line: location.line, column: location.column, paragraph: location.paragraph)
                if result[key] == nil { result[key] = location }
            }
        }
        return result
    }
}

/// One run of a plugin per document, shared by the checks of its rules.
private final class SharedRuns: @unchecked Sendable {
    private let lock = NSLock()
    private let rules: Int
    private var runs: [String: (left: Int, findings: [(RuleID, Diagnostic)])] = [:]

    init(rules: Int) {
        self.rules = rules
    }

    func take(_ rule: RuleID, for path: String, run: () -> [(RuleID, Diagnostic)]) -> [Diagnostic] {
        lock.lock()
        let known = runs[path]
        lock.unlock()
        let entry = known ?? (rules, run())
        lock.lock()
        defer { lock.unlock() }
        runs[path] = entry.left > 1 ? (entry.left - 1, entry.findings) : nil
        return entry.findings.filter { $0.0 == rule }.map(\.1)
    }
}

/// Output gathered from a plugin's two pipes.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()
    private var overflowed = false

    func append(_ data: Data, isOutput: Bool, limit: Int) {
        lock.lock()
        defer { lock.unlock() }
        if isOutput {
            if output.count + data.count > limit { overflowed = true } else { output.append(data) }
        } else if errors.count < 4096 {
            errors.append(data)
        }
    }

    func values() -> (Data, Data, Bool) {
        lock.lock()
        defer { lock.unlock() }
        return (output, errors, overflowed)
    }
}

/// The failures of a run's plugins, one line each, for the command to print after the run.
public final class PluginFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    public init() {}

    func record(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        lines.append(line)
    }

    /// Every failure, sorted (so the output does not depend on the job count).
    public var messages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines.sorted()
    }
}
