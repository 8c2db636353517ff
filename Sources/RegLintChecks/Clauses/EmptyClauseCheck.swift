import RegLintCore

/// `clauses/empty`: a required clause is present but has no content.
struct EmptyClauseCheck: Check {
    static let description = CheckDescription(
        id: "clauses/empty",
        name: "Empty required clause",
        summary: "A clause that the document's profile requires has a heading but nothing under it",
        rationale: """
            A heading such as `Điều 2. Đối tượng áp dụng` with no text, clause or sub-section \
            under it looks like the required clause is there, but it says nothing: usually a \
            template heading left unfilled, or text that was deleted. This rule reports it only \
            when no other place satisfies the clause (another heading with content, a run-in \
            heading or a content phrase of the profile). Profiles are described in \
            docs/profiles.md and under `clauses/missing`.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                """
                QUY CHẾ
                Làm việc của Sở Khoa học và Công nghệ
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                Quy chế này quy định chế độ làm việc của Sở.
                Điều 2. ↓Đối tượng áp dụng
                Chương II
                TỔ CHỨC THỰC HIỆN
                Điều 3. Quy chế này có hiệu lực kể từ ngày ký.
                """,
                expecting: [#"vn-quy-che requires "Đối tượng áp dụng" \(subjects\).*no content"#])
        ],
        nonTriggeringExamples: [
            Example(
                """
                QUY CHẾ
                Làm việc của Sở Khoa học và Công nghệ
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                Quy chế này quy định chế độ làm việc của Sở.
                Điều 2. Đối tượng áp dụng
                1. Công chức, viên chức của Sở.
                Chương II
                TỔ CHỨC THỰC HIỆN
                Điều 3. Quy chế này có hiệu lực kể từ ngày ký.
                """),
            Example(
                """
                Records Policy
                Purpose
                Review
                This policy sets out how records are kept, is reviewed every year, and applies to all staff.
                Staff are responsible for filing their records.
                """, language: .en),
        ],
        vietnamese: .init(
            name: "Điều khoản bắt buộc bị bỏ trống",
            summary: "Điều khoản mà mẫu văn bản yêu cầu có đề mục nhưng không có nội dung",
            rationale: """
                Một đề mục như `Điều 2. Đối tượng áp dụng` mà bên dưới không có câu chữ, khoản hay tiểu mục \
                nào trông như thể điều khoản bắt buộc đã có, nhưng thực ra không quy định gì: thường là đề mục \
                của văn bản mẫu chưa được điền, hoặc nội dung đã bị xóa. Quy tắc chỉ báo khi không có chỗ nào \
                khác đáp ứng điều khoản đó (một đề mục khác có nội dung, một đề mục viết liền trong đoạn văn, \
                hoặc một cụm từ nội dung mà mẫu văn bản chấp nhận). Mẫu văn bản (profile) được mô tả trong \
                docs/profiles.md và tại quy tắc `clauses/missing`.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        ClauseMatcher.matches(in: document, context: context).flatMap { match in
            match.clauses.filter { $0.status == .empty }.compactMap { clause in
                clause.location.map {
                    Diagnostic(
                        message: .empty(clause, profile: match.profile, attachment: match.attachment), location: $0,
                        excerpt: clause.heading)
                }
            }
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func empty(_ match: ClauseMatch, profile: Profile, attachment: String?) -> Self {
        let place = attachment.map { " in the attached \"\($0)\"" } ?? ""
        let placeVietnamese = attachment.map { " trong văn bản kèm theo \(VietnameseWording.quoted($0))" } ?? ""
        let heading = (match.heading ?? match.evidence).map { " " + VietnameseWording.quoted($0) } ?? ""
        return Self(
            en: "profile \(profile.id) requires \"\(match.clause.name)\" (\(match.clause.id))\(place); its heading "
                + "\(match.evidence ?? "") has no content under it",
            vi:
                "Theo mẫu \(profile.id), văn bản phải có \(VietnameseWording.quoted(match.clause.name))\(placeVietnamese); "
                + "đề mục\(heading) có nhưng không có nội dung")
    }
}
