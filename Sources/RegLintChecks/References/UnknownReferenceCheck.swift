import RegLintCore

/// `references/unknown`: a cited instrument that no registry knows (off by default).
struct UnknownReferenceCheck: Check {
    static let description = CheckDescription(
        id: "references/unknown",
        name: "Unknown reference",
        summary: "A cited instrument that no configured registry knows",
        rationale: """
            `references/outdated` can only judge instruments a registry lists. Turn this rule on \
            (as info) to see which citations it could not judge, and add them to your registry: \
            in force ones too, so that the next replacement is caught. Internal regulations of the \
            checked repository are known to `references/outdated` through the documents themselves \
            and are not listed here when they state their own number.
            """,
        defaultSeverity: .info,
        isEnabledByDefault: false,
        triggeringExamples: [
            Example("Căn cứ ↓Nghị định số 99/2099/NĐ-CP;\nĐiều 1. Phạm vi"),
            Example("Article 1 Scope\n1. Aligned with ↓ISO/IEC 99999:2099."),
        ],
        nonTriggeringExamples: [
            Example("Điều 1. Số liệu\nGọi 024-3825-1234; ngày 15/9/2022; 8.472.000 đồng; phiên bản 3.2.1."),
            Example("Điều 1. Phạm vi\nQuy chế này áp dụng tại Sở theo khoản 2 Điều 1."),
            // The document's own number in its header.
            Example("Số: 99/2099/QĐ-UBND\nĐiều 1. Phạm vi\nQuyết định này có hiệu lực từ ngày ký."),
        ],
        vietnamese: .init(
            name: "Dẫn chiếu chưa có trong danh mục",
            summary: "Văn bản được dẫn chiếu chưa có trong danh mục văn bản nào đã cấu hình",
            rationale: """
                Quy tắc `references/outdated` chỉ đánh giá được những văn bản có trong danh mục. Bật quy tắc \
                này (ở mức info) để xem những dẫn chiếu chưa đánh giá được, rồi bổ sung chúng vào danh mục, kể \
                cả những văn bản còn hiệu lực, để lần thay thế tiếp theo được phát hiện. Quy chế nội bộ trong \
                kho văn bản đang được kiểm tra đã được `references/outdated` biết đến qua chính các văn bản đó, \
                nên không được liệt kê ở đây khi chúng ghi số, ký hiệu của mình.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        let own = OwnInstrument(document, facts: facts)
        let unknown = facts.citations.filter { citation in
            citation.kind == .instrument && context.registry.instrument(for: citation) == nil && !own.contains(citation)
        }
        let texts = unknown.isEmpty ? [:] : facts.paragraphTextsByLocation()
        return unknown.map {
            Diagnostic(message: .unknown($0.text), location: $0.location, excerpt: $0.text, range: $0.range(in: texts))
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func unknown(_ text: String) -> Self {
        Self(
            en: "no registry knows \(text); add it to a registry file to have it checked",
            vi: "Chưa danh mục văn bản nào có \(VietnameseWording.quoted(text)); cần bổ sung vào tệp danh mục để "
                + "văn bản này được kiểm tra")
    }
}
