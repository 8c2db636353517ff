import Foundation

extension Engine {
    /// A rule ready to run, with the severity the configuration gives it: a Swift ``Check`` or
    /// ``CorpusCheck``, a rule of a YAML pack or of an external program. The engine runs, filters
    /// and reports them all alike.
    public struct ConfiguredCheck: Sendable {
        public let description: CheckDescription
        public let severity: Severity
        let work: Work

        /// What the rule does: look at one document, or summarise each document and then look
        /// at every summary of the run.
        enum Work: Sendable {
            case document(@Sendable (Document, CheckContext) -> [Diagnostic])
            case corpus(Corpus)
        }

        /// A corpus check with its `Summary` type erased.
        struct Corpus: Sendable {
            let summarize: @Sendable (Document, CheckContext) -> any Sendable
            let diagnose: @Sendable ([(path: String, summary: any Sendable)], CheckContext) -> [CorpusDiagnostic]
            /// A summary read back from the result cache; nil when the `Summary` type is not
            /// `Decodable` or the data does not decode.
            let decodeSummary: @Sendable (Data) -> (any Sendable)?
        }

        /// A per-document check.
        public init<C: Check>(check: C, severity: Severity) {
            self.init(description: C.description, severity: severity) { document, context in
                check.diagnostics(in: document, context: context)
            }
        }

        /// A check of the whole run.
        public init<C: CorpusCheck>(check: C, severity: Severity) {
            description = C.description
            self.severity = severity
            work = .corpus(
                Corpus(
                    summarize: { document, context in check.summarize(document, context: context) },
                    diagnose: { summaries, context in
                        let entries = summaries.compactMap { path, summary in
                            (summary as? C.Summary).map { CorpusEntry(path: path, summary: $0) }
                        }
                        return check.diagnostics(in: entries, context: context)
                    },
                    decodeSummary: { data in
                        guard let type = C.Summary.self as? any Decodable.Type,
                            let decoded = try? JSONDecoder().decode(type, from: data)
                        else { return nil }
                        return decoded as? C.Summary
                    }))
        }

        /// A per-document rule given as a function, for rules not written as a ``Check`` type
        /// (pack rules, plugins).
        public init(
            description: CheckDescription, severity: Severity,
            diagnostics: @escaping @Sendable (Document, CheckContext) -> [Diagnostic]
        ) {
            self.description = description
            self.severity = severity
            work = .document(diagnostics)
        }

        /// Whether the rule sees the whole run rather than one document at a time.
        public var isCorpusCheck: Bool {
            if case .corpus = work { return true }
            return false
        }
    }
}

extension ConfigurableCheck {
    /// The check with options decoded from YAML (`nil` for the defaults), ready to run at
    /// `severity`.
    /// - Throws: a message naming the option that is wrong.
    public static func configuredCheck(optionsYAML: String?, severity: Severity) throws -> Engine.ConfiguredCheck {
        let check = try configured(optionsYAML: optionsYAML)
        switch check {
        case let check as any Check: return Engine.ConfiguredCheck(check: check, severity: severity)
        case let check as any CorpusCheck: return Engine.ConfiguredCheck(check: check, severity: severity)
        default: throw NotACheck(type: "\(Self.self)")
        }
    }
}

/// A type that conforms to ``ConfigurableCheck`` but to neither ``Check`` nor ``CorpusCheck``.
struct NotACheck: Error, CustomStringConvertible {
    let type: String
    var description: String { "\(type) is neither a Check nor a CorpusCheck" }
}
