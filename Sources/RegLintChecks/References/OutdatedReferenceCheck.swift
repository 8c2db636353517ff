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
            the same way, unless the sentence is about the past: dated on or before the body's last \
            day (the issuer of a circular of 2017, an inspection of June 2025) or stating the merger \
            or dissolution itself. A document's own number ("Số: 12/QĐ-UBND", "Luật số: \
            24/2018/QH14") and own name ("This Act may be cited as …") are not citations; an \
            instrument cited twice in one paragraph is one finding; the fix is the replacing \
            instrument's citation in place of the cited words.
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
            // The Prime Minister's symbol with lowercase letters is read whole.
            Example(
                "Căn cứ ↓Quyết định số 22/2018/QĐ-TTg ngày 08 tháng 5 năm 2018;\nĐiều 1. Phạm vi",
                options:
                    "instruments: [{id: '22/2018/QĐ-TTg', status: replaced, until: 2023-08-15, replaced_by: '61/2023/NĐ-CP'}]",
                expecting: ["replaced by 61/2023/NĐ-CP"]),
            // A law cited by its name and the day it was passed.
            Example(
                "Căn cứ ↓Luật An ninh mạng ngày 12 tháng 6 năm 2018;\nĐiều 1. Phạm vi",
                options:
                    "instruments: [{id: '24/2018/QH14', type: 'Luật', aliases: ['Luật An ninh mạng năm 2018'], status: replaced, until: 2026-06-30, replaced_by: '116/2025/QH15'}]",
                asOf: "2026-11-30"),
            // One finding for an instrument cited twice in a paragraph.
            Example(
                "Article 1 Data\n1. Processing is subject to ↓Directive 95/46/EC, and this Directive complies with Directive 95/46/EC.",
                options:
                    "instruments: [{id: 'Directive 95/46/EC', status: replaced, until: 2018-05-24, replaced_by: 'Regulation (EU) 2016/679'}]"
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
            // A document's own number in its header, and an Act's own short title, are not
            // citations of another instrument.
            Example(
                "Luật số: 24/2018/QH14\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về an ninh mạng.",
                options: "instruments: [{id: '24/2018/QH14', status: replaced, until: 2026-06-30}]", asOf: "2026-11-30"),
            Example(
                "Article 75 Short title\n1. This Act may be cited as the Data Protection Act 1998.",
                options: "instruments: [{id: 'Data Protection Act 1998', status: replaced, until: 2018-05-24}]"),
            // The date of an amending law is not the date of the law it amends.
            Example(
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật An ninh mạng ngày 20 tháng 11 năm 2025;\nĐiều 1. Phạm vi",
                options:
                    "instruments: [{id: '116/2025/QH15', type: 'Luật', aliases: ['Luật An ninh mạng năm 2025'], status: repealed}]"
            ),
        ],
        vietnamese: .init(
            name: "Dẫn chiếu văn bản hết hiệu lực",
            summary:
                "Văn bản được dẫn chiếu đã bị bãi bỏ, thay thế hoặc hết hiệu lực, hoặc cơ quan được nêu tên đã hợp nhất hay đổi tên",
            rationale: """
                Dẫn chiếu một luật, nghị định, thông tư, tiêu chuẩn hay quy chế nội bộ đã bị bãi bỏ hoặc thay \
                thế là lỗi mà người rà soát bằng tay hay phát hiện nhất ("căn cứ Nghị định số 04/2015/NĐ-CP" \
                sau khi nghị định này đã được thay thế). Danh mục văn bản lấy từ các tệp danh mục trong cấu \
                hình (`registries:`), từ tùy chọn `instruments` của quy tắc này, và từ chính các văn bản đang \
                được kiểm tra: văn bản nào tuyên bố thay thế văn bản khác ("thay thế Quy chế số …", sửa đổi chủ \
                động trong Akoma Ntoso) thì mọi văn bản khác trong lượt chạy còn dẫn chiếu văn bản cũ đều bị \
                báo. Một văn bản được coi là hết hiệu lực khi trạng thái là bị thay thế, bị bãi bỏ hoặc hết \
                hiệu lực và ngày cuối cùng còn hiệu lực (`until`) trước ngày dùng để đối chiếu; văn bản chỉ \
                được sửa đổi, bổ sung vẫn còn hiệu lực. Dẫn chiếu nằm trong chính câu tuyên bố việc thay thế \
                hay bãi bỏ là cách văn bản nêu sự thay đổi, nên không bị báo. Các cơ quan đã đổi tên hoặc hợp \
                nhất (đợt sắp xếp năm 2025: "Sở Thông tin và Truyền thông") cũng được báo như vậy, trừ khi câu \
                nói về quá khứ: có ngày tháng trước hoặc đúng ngày cuối cùng cơ quan đó còn hoạt động (cơ quan \
                ban hành một thông tư năm 2017, một cuộc thanh tra tháng 6 năm 2025) hoặc chính câu đó nêu việc \
                hợp nhất hay giải thể. Số, ký hiệu của chính văn bản ("Số: 12/QĐ-UBND", "Luật số: \
                24/2018/QH14") và tên gọi của chính văn bản ("This Act may be cited as …") không phải là dẫn \
                chiếu; một văn bản được dẫn chiếu hai lần trong một đoạn chỉ bị báo một lần; cách sửa được đề \
                xuất là thay chữ dẫn chiếu bằng số hiệu của văn bản thay thế.
                """)
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
            // One finding per instrument and paragraph: the same words cited twice in a paragraph
            // are one place to fix, and findings are located by paragraph.
            var reported: Set<String> = []
            return entry.summary.citations.compactMap { cited -> CorpusDiagnostic? in
                guard !cited.isDeclaration else { return nil }
                let citation = cited.citation
                var diagnostic: Diagnostic?
                if let instrument = registry.instrument(for: citation), instrument.isOutdated(on: context.asOf) {
                    diagnostic = Self.diagnostic(citation, instrument, registry: registry)
                    diagnostic?.range = cited.range
                } else if let identifier = citation.identifier,
                    let replacement = replacements.replacement(of: identifier, citedBy: entry.path),
                    replacement.day.map({ $0 <= context.asOf }) ?? true
                {
                    diagnostic = Diagnostic(
                        message: .replacedInCorpus(citation.text, by: replacement.number, path: replacement.path),
                        location: citation.location, excerpt: citation.text, range: cited.range,
                        fix: Self.fix(citation, by: replacement.number, registry: registry))
                }
                guard let diagnostic,
                    reported.insert("\(citation.location)\u{1}\(citation.text.foldedForMatching)").inserted
                else { return nil }
                return CorpusDiagnostic(path: entry.path, diagnostic: diagnostic)
            } + entry.summary.bodies.map { CorpusDiagnostic(path: entry.path, diagnostic: $0) }
        }
    }

    private static func diagnostic(
        _ citation: Citation, _ instrument: InstrumentRegistry.Instrument, registry: InstrumentRegistry
    ) -> Diagnostic {
        Diagnostic(
            message: .outdated(citation.text, instrument), location: citation.location, excerpt: citation.text,
            fix: instrument.replacedBy.flatMap { fix(citation, by: $0, registry: registry) })
    }

    /// The cited words as they should read: the replacing instrument's own citation in their
    /// place. An id that names its type (`Regulation (EU) 2016/679`, `Data Protection Act 2018`)
    /// replaces the whole citation; a number-symbol (`61/2023/NĐ-CP`) keeps the cited type words
    /// when the type is the same (`Nghị định số 04/2015/NĐ-CP` → `Nghị định số 59/2023/NĐ-CP`)
    /// and takes the replacement's type otherwise (`Quyết định số 22/2018/QĐ-TTg` → `Nghị định số
    /// 61/2023/NĐ-CP`); a law cited by name takes the new law's name and number.
    static func fix(_ citation: Citation, by replacementID: String, registry: InstrumentRegistry) -> Fix? {
        guard citation.kind == .instrument else { return nil }
        if replacementID.first?.isLetter == true { return Fix(replacement: replacementID) }
        let replacement = registry.instrument(id: replacementID)
        let replacementType = replacement?.type
        // A law cited by its name (`Luật An ninh mạng ngày 12 tháng 6 năm 2018`) is replaced by
        // the new law's name and number (`Luật An ninh mạng số 116/2025/QH15`).
        if let identifier = citation.identifier, identifier.contains(" năm "), !identifier.contains("/") {
            if let type = replacementType, let title = replacement?.title,
                title.foldedForMatching.hasPrefix(type.foldedForMatching + " "), title.split(separator: " ").count <= 10
            {
                return Fix(replacement: "\(title) số \(replacementID)")
            }
            return Fix(replacement: "\(replacementType ?? citation.instrumentType ?? "Luật") số \(replacementID)")
        }
        if let identifier = citation.identifier, citation.text.contains(identifier),
            replacementType == nil || citation.instrumentType == nil
                || replacementType?.foldedForMatching == citation.instrumentType?.foldedForMatching
        {
            return Fix(replacement: citation.text.replacingOccurrences(of: identifier, with: replacementID))
        }
        guard let replacementType else { return nil }
        let writesNumberWord = citation.text.foldedForMatching.contains(" so ")
        return Fix(replacement: replacementType + (writesNumberWord ? " số " : " ") + replacementID)
    }
}

extension Diagnostic.Message {
    fileprivate static func outdated(_ text: String, _ instrument: InstrumentRegistry.Instrument) -> Self {
        let when = instrument.until.map { " (in force until \($0))" } ?? ""
        let whenVietnamese = instrument.until.map { " (có hiệu lực đến hết \(VietnameseWording.date($0)))" } ?? ""
        let cited = VietnameseWording.quoted(text)
        switch instrument.status {
        case .replaced:
            return Self(
                en: "\(text) was replaced\(instrument.replacedBy.map { " by \($0)" } ?? "")\(when)",
                vi: "\(cited) đã được thay thế\(instrument.replacedBy.map { " bằng " + instrumentName($0) } ?? "")"
                    + whenVietnamese)
        case .expired:
            return Self(en: "\(text) expired\(when)", vi: "\(cited) đã hết hiệu lực\(whenVietnamese)")
        default:
            return Self(en: "\(text) was repealed\(when)", vi: "\(cited) đã bị bãi bỏ\(whenVietnamese)")
        }
    }

    fileprivate static func replacedInCorpus(_ text: String, by number: String, path: String) -> Self {
        Self(
            en: "\(text) was replaced by \(number) (\(path))",
            vi: "\(VietnameseWording.quoted(text)) đã được thay thế bằng \(instrumentName(number)) (tệp \(path))")
    }

    static func bodyChanged(_ name: String, _ body: InstrumentRegistry.Body) -> Self {
        let verb =
            switch body.status {
            case .merged: "was merged into"
            case .renamed: "was renamed"
            default: "was dissolved; its tasks went to"
            }
        let verbVietnamese =
            switch body.status {
            case .merged: "đã được hợp nhất vào"
            case .renamed: "đã được đổi tên thành"
            default: "đã giải thể; nhiệm vụ được chuyển giao cho"
            }
        let when = body.until.map { " (it existed until \($0))" } ?? ""
        let whenVietnamese = body.until.map { " (hoạt động đến hết \(VietnameseWording.date($0)))" } ?? ""
        return Self(
            en: "\"\(name)\" \(verb) \(body.replacedBy ?? "another body")\(when)",
            vi:
                "\(VietnameseWording.quoted(name)) \(verbVietnamese) \(body.replacedBy ?? "cơ quan khác")\(whenVietnamese)"
        )
    }

    /// `văn bản số 59/2023/NĐ-CP` for a bare number, a named instrument as written.
    private static func instrumentName(_ id: String) -> String {
        id.first?.isNumber == true ? "văn bản số \(id)" : id
    }
}
