import RegLintCore

/// `references/dangling`: an internal cross-reference to a part that does not exist.
struct DanglingReferenceCheck: Check {
    static let description = CheckDescription(
        id: "references/dangling",
        name: "Dangling reference",
        summary: "An internal cross-reference to an article, clause, point, chapter or annex that does not exist",
        rationale: """
            Regulations point into themselves all the time ("theo quy định tại khoản 2 Điều 15 của \
            Quy chế này", "as set out in Article 7(2)(b)"). When articles are added, removed or \
            renumbered these references break silently and send the reader to the wrong rule or to \
            nothing. References are resolved against the document's own tree: `Điều`, `khoản`, \
            `điểm`, `Chương`, `Phụ lục`, `Article`, `Section`, `clause 4.2`, `Annex`, and the words a \
            document numbers its own parts with ("Rule 12" where the parts are "Rule 1", "Rule 2"); `khoản 2 Điều \
            này` is resolved from the article it stands in. A reference followed by another \
            instrument's name ("Điều 5 Luật Tố cáo", "Article 6 of Regulation (EU) 2016/679") belongs \
            to that instrument and is never checked here, and so is one linked to another document \
            (an Akoma Ntoso `<ref href>` outside this document, a DOCX hyperlink); nor are references \
            in table cells, in a document that has no parts of the kind referred to, or in a language \
            other than Vietnamese or English.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            Example(
                "Điều 1. Phạm vi\nQuy chế này được áp dụng cùng với ↓Điều 5.\nĐiều 2. Hiệu lực", expecting: ["Điều 5"]),
            Example(
                "Điều 1. Nguyên tắc\n1. Một.\n2. Hai.\nĐiều 2. Áp dụng\nThực hiện theo ↓khoản 3 Điều 1 của Quy chế này.",
                expecting: ["has 2 clauses"]),
            Example(
                "Điều 1. Nguyên tắc\n1. Các yêu cầu:\na) Một;\nb) Hai.\nĐiều 2. Áp dụng\nThực hiện theo ↓điểm c khoản 1 Điều 1."
            ),
            Example("Điều 1. Nguyên tắc\n1. Một.\n2. Hai, trừ trường hợp quy định tại ↓khoản 3 Điều này."),
            Example("Article 1 Scope\n1. This policy applies as set out in ↓Article 4.\nArticle 2 Review\n1. Text."),
            Example("Chương I\nĐiều 1. Một\nNội dung thực hiện theo ↓Chương III.\nChương II\nĐiều 2. Hai"),
        ],
        nonTriggeringExamples: [
            Example(
                "Điều 1. Nguyên tắc\n1. Một.\n2. Hai.\nĐiều 2. Áp dụng\nThực hiện theo khoản 2 Điều 1 và Điều 2 của Quy chế này."
            ),
            Example("Điều 1. Căn cứ\nTheo Điều 15 Luật Tố cáo năm 2018 và khoản 3 Điều 9 Nghị định số 30/2020/NĐ-CP."),
            Example("Article 1 Scope\n1. Personal data is processed under Article 6 of Regulation (EU) 2016/679."),
            Example("Điều 1. Số liệu\nTổng chi 8.472.000 đồng; gọi số 024-3825-1234; xem trang 15 và năm 2023."),
            Example("Quy định chung\nNội dung này được hướng dẫn tại Điều 9."),
        ]
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        // The patterns know Vietnamese and English; in other languages "article" may mean anything.
        guard [.vi, .en].contains(document.language) else { return [] }
        let facts = context.facts(of: document)
        let tree = ReferenceTree(facts)
        // Tables often list provisions of other instruments ("Section 23(1) and (2)") with no
        // name beside them; references in table cells are not judged.
        let tableLocations = Set(facts.paragraphs.filter(\.isInTable).map(\.paragraph.location))
        let ownWords = tree.ownNumberingWords
        let ownReferences = facts.paragraphs.filter { !$0.isInTable }.flatMap {
            CitationExtractor.references(usingWords: ownWords, in: $0.paragraph)
        }
        return
            (facts.citations.filter { $0.kind == .internalReference && !tableLocations.contains($0.location) }
            + ownReferences)
            .compactMap { citation in
                guard let problem = tree.problem(with: citation) else { return nil }
                return Diagnostic(
                    message: .dangling(citation.text, problem), location: citation.location, excerpt: citation.text)
            }
    }
}

extension Diagnostic.Message {
    fileprivate static func dangling(_ reference: String, _ problem: String) -> Self {
        Self("\"\(reference)\" points nowhere: \(problem)")
    }
}
