import Foundation
import RegLintCore

/// `references/outdated`: a cited instrument or a named body that is no longer in force.
struct OutdatedReferenceCheck: CorpusCheck {
    static let description = CheckDescription(
        id: "references/outdated",
        name: "Outdated reference",
        summary: "A cited instrument is repealed, replaced or expired, or a named body was merged or renamed",
        rationale: """
            Citing a law, decree, circular, standard or internal regulation that has been repealed \
            or replaced is the defect reviewers catch most often by hand ("căn cứ Nghị định số \
            04/2015/NĐ-CP" after it was replaced). Instruments come from the registry files of the \
            configuration (`registries:`), from this rule's `instruments` option, and from the \
            documents being checked: a document that declares it replaces another ("thay thế Quy chế \
            số …", Akoma Ntoso active modifications) makes every other document of the run that \
            still cites the old one outdated. An instrument is outdated when its status is replaced, \
            repealed or expired and its last day in force (`until`) is before the as-of date; an \
            amended instrument is in force. A citation in the sentence that itself declares the \
            replacement or repeal is how a document states the change and is not flagged. Bodies \
            renamed or merged (the 2025 reorganisation: "Sở Thông tin và Truyền thông") are flagged \
            the same way.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                "Căn cứ ↓Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015;\nĐiều 1. Phạm vi",
                options:
                    "instruments: [{id: '04/2015/NĐ-CP', status: replaced, until: 2023-08-14, replaced_by: '59/2023/NĐ-CP'}]",
                expecting: ["replaced by 59/2023/NĐ-CP"]),
            Example(
                "Article 1 Scope\n1. The Company is certified to ↓ISO/IEC 27001:2013.",
                options:
                    "instruments: [{id: 'ISO/IEC 27001:2013', status: replaced, until: 2025-10-31, replaced_by: 'ISO/IEC 27001:2022'}]",
                asOf: "2026-01-01"),
            Example(
                "Điều 1. Phạm vi\nTheo ↓Nghị định 04/2015 về dân chủ.",
                options:
                    "instruments: [{id: '04/2015/NĐ-CP', type: 'Nghị định', aliases: ['Nghị định 04/2015'], status: repealed}]"
            ),
        ],
        nonTriggeringExamples: [
            Example(
                "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023;\nĐiều 1. Phạm vi",
                options: "instruments: [{id: '59/2023/NĐ-CP', status: in-force}]"),
            Example(
                "Điều 9. Hiệu lực\nNghị định này thay thế Nghị định số 04/2015/NĐ-CP.",
                options: "instruments: [{id: '04/2015/NĐ-CP', status: replaced, replaced_by: '59/2023/NĐ-CP'}]"),
            Example(
                "Căn cứ Luật Tố cáo số 25/2018/QH14;\nĐiều 1. Phạm vi",
                options: "instruments: [{id: '25/2018/QH14', status: amended}]"),
            Example(
                "Article 1 Scope\n1. Certified to ISO/IEC 27001:2013 until its transition ends.",
                options: "instruments: [{id: 'ISO/IEC 27001:2013', status: replaced, until: 2025-10-31}]",
                asOf: "2025-06-01"),
            Example(
                "Điều 1. Số liệu\nGọi 024-3825-1234; ngày 15/9/2022; 8.472.000 đồng; phiên bản 3.2.1.",
                options: "instruments: [{id: '04/2015/NĐ-CP', status: repealed}]"),
        ]
    )

    /// Extra instruments, for a repository's own registry kept in its configuration.
    struct Options: CheckOptions {
        var instruments: [InstrumentRegistry.Instrument] = []
    }

    let options: Options

    init(options: Options) {
        self.options = options
    }

    func summarize(_ document: Document, context: CheckContext) -> OutdatedReferenceSummary {
        OutdatedReferenceSummary(document, context: context)
    }

    func diagnostics(in corpus: [CorpusEntry<OutdatedReferenceSummary>], context: CheckContext) -> [CorpusDiagnostic] {
        var registry = context.registry
        for instrument in options.instruments { registry.add(instrument) }
        let replacements = CorpusReplacements(corpus)
        return corpus.flatMap { entry in
            entry.summary.citations.compactMap { cited -> CorpusDiagnostic? in
                guard !cited.isDeclaration else { return nil }
                if let instrument = registry.instrument(for: cited.citation), instrument.isOutdated(on: context.asOf) {
                    return CorpusDiagnostic(path: entry.path, diagnostic: Self.diagnostic(cited.citation, instrument))
                }
                guard let identifier = cited.citation.identifier,
                    let replacement = replacements.replacement(of: identifier, citedBy: entry.path),
                    replacement.day.map({ $0 <= context.asOf }) ?? true
                else { return nil }
                return CorpusDiagnostic(
                    path: entry.path,
                    diagnostic: Diagnostic(
                        message: .replacedInCorpus(cited.citation.text, by: replacement.number, path: replacement.path),
                        location: cited.citation.location, excerpt: cited.citation.text,
                        fix: Fix(
                            replacement: cited.citation.text.replacingOccurrences(
                                of: identifier, with: replacement.number))))
            } + entry.summary.bodies.map { CorpusDiagnostic(path: entry.path, diagnostic: $0) }
        }
    }

    private static func diagnostic(_ citation: Citation, _ instrument: InstrumentRegistry.Instrument) -> Diagnostic {
        var fix: Fix?
        if let replacement = instrument.replacedBy, let identifier = citation.identifier,
            citation.text.contains(identifier)
        {
            fix = Fix(replacement: citation.text.replacingOccurrences(of: identifier, with: replacement))
        }
        return Diagnostic(
            message: .outdated(citation.text, instrument), location: citation.location, excerpt: citation.text, fix: fix
        )
    }
}

extension Diagnostic.Message {
    fileprivate static func outdated(_ text: String, _ instrument: InstrumentRegistry.Instrument) -> Self {
        let when = instrument.until.map { " (in force until \($0))" } ?? ""
        switch instrument.status {
        case .replaced:
            return Self("\(text) was replaced\(instrument.replacedBy.map { " by \($0)" } ?? "")\(when)")
        case .expired:
            return Self("\(text) expired\(when)")
        default:
            return Self("\(text) was repealed\(when)")
        }
    }

    fileprivate static func replacedInCorpus(_ text: String, by number: String, path: String) -> Self {
        Self("\(text) was replaced by \(number) (\(path))")
    }

    static func bodyChanged(_ name: String, _ body: InstrumentRegistry.Body) -> Self {
        let verb =
            switch body.status {
            case .merged: "was merged into"
            case .renamed: "was renamed"
            default: "was dissolved; its tasks went to"
            }
        let when = body.until.map { " (it existed until \($0))" } ?? ""
        return Self("\"\(name)\" \(verb) \(body.replacedBy ?? "another body")\(when)")
    }
}
