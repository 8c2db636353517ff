import RegLintCore

/// `clauses/missing`: a clause a profile requires is absent.
struct MissingClauseCheck: Check {
    static let description = CheckDescription(
        id: "clauses/missing",
        name: "Missing required clause",
        summary: "A clause that the document's profile requires is absent",
        rationale: """
            Each kind of document has parts it must contain: a *quy chế* says what it governs \
            (*phạm vi điều chỉnh*), whom it binds (*đối tượng áp dụng*) and how it takes effect \
            (*tổ chức thực hiện*); a democracy regulation covers publicity, the annual conference \
            and the people's inspection board; an administrative document carries its national \
            title, number, place and date, signature and recipients (*Nơi nhận*); an English \
            policy has a purpose, a scope, responsibilities and a review clause. A **profile** \
            lists them (docs/profiles.md): which documents it applies to and, for each clause, \
            heading synonyms, content phrases and where it must be.

            Matching ignores case, diacritics, Unicode form, numbering and punctuation \
            (`Điều 2. Đối tượng áp dụng:`); a merged heading (`Phạm vi điều chỉnh và đối tượng \
            áp dụng`) satisfies every clause whose synonym it contains; a run-in heading at the \
            start of a clause, a paragraph or a table cell counts as a heading; content phrases \
            may sit in any clause and may run over a paragraph break. The finding names the \
            clause, the profile and where the clause was expected, and quotes the profile's \
            rationale. Documents no profile applies to get no finding; `reglint tree` shows \
            which profile applies and where each clause was found. The starter profiles apply \
            by themselves (`starter_profiles: false` turns them off); `--profile ID` forces one.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            // A regulation issued with its decision in one file is checked as a document of its own.
            Example(
                """
                QUYẾT ĐỊNH
                Ban hành Quy chế làm việc của Sở Nội vụ
                Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                Nơi nhận:
                - Lưu: VT.
                QUY CHẾ
                Làm việc của Sở Nội vụ
                (Ban hành kèm theo Quyết định số 12/QĐ-SNV ngày 15 tháng 9 năm 2022)
                ↓Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Đối tượng áp dụng
                Quy chế này áp dụng đối với công chức của Sở.
                Chương II
                TỔ CHỨC THỰC HIỆN
                Điều 2. Trách nhiệm thi hành
                Chánh Văn phòng Sở tổ chức thực hiện Quy chế này.
                """,
                expecting: [#"in the attached "QUY CHẾ Làm việc của Sở Nội vụ" in Chương I"#]),
            Example(
                """
                QUY CHẾ
                Làm việc của Sở Khoa học và Công nghệ
                ↓Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                Quy chế này quy định nguyên tắc, chế độ làm việc của Sở.
                Chương II
                TỔ CHỨC THỰC HIỆN
                Điều 2. Hiệu lực thi hành
                Quy chế này có hiệu lực kể từ ngày ký.
                """,
                expecting: [#"vn-quy-che requires "Đối tượng áp dụng" \(subjects\) in Chương I"#]),
            Example(
                """
                ↓QUY CHẾ
                Thực hiện dân chủ trong hoạt động của cơ quan
                Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
                Quy chế này quy định việc thực hiện dân chủ, áp dụng đối với công chức của cơ quan.
                Điều 2. Công khai thông tin
                Người đứng đầu công khai kế hoạch công tác và kinh phí hằng năm.
                Điều 3. Ban Thanh tra nhân dân
                Ban Thanh tra nhân dân giám sát việc thực hiện Quy chế.
                Điều 4. Hiệu lực thi hành
                Quy chế này có hiệu lực kể từ ngày ký.
                """,
                expecting: [#"Hội nghị cán bộ, công chức, viên chức hằng năm"#]),
            Example(
                """
                ↓Information Security Policy
                1. Purpose
                This policy sets out how the company protects its information.
                2. Scope
                This policy applies to all staff and contractors.
                3. Responsibilities
                The security officer is responsible for maintaining this policy.
                """,
                language: .en, expecting: [#"en-policy requires "Review" \(review\)"#]),
            Example(
                """
                ỦY BAN NHÂN DÂN TỈNH AN HÀ
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số:      /QĐ-UBND
                An Hà, ngày      tháng 3 năm 2026
                QUYẾT ĐỊNH
                Về việc thành lập Tổ công tác cải cách hành chính
                Điều 1. Thành lập Tổ công tác cải cách hành chính của tỉnh.
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                ↓Nguyễn Văn An
                """,
                expecting: [#"vn-formal-elements requires "Nơi nhận" \(recipients\)"#]),
        ],
        nonTriggeringExamples: [
            Example(
                """
                QUYẾT ĐỊNH
                Ban hành Quy chế làm việc của Sở Nội vụ
                Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.
                Nơi nhận:
                - Lưu: VT.
                QUY CHẾ
                Làm việc của Sở Nội vụ
                (Ban hành kèm theo Quyết định số 12/QĐ-SNV ngày 15 tháng 9 năm 2022)
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
                Quy chế này quy định chế độ làm việc, áp dụng đối với công chức của Sở.
                Chương II
                TỔ CHỨC THỰC HIỆN
                Điều 2. Trách nhiệm thi hành
                Chánh Văn phòng Sở tổ chức thực hiện Quy chế này.
                """),
            Example(
                """
                QUY CHẾ
                Làm việc của Sở Khoa học và Công nghệ
                Chương I
                QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng:
                Quy chế này quy định chế độ làm việc, áp dụng đối với công chức của Sở.
                Chương II
                ĐIỀU KHOẢN THI HÀNH
                Điều 2. Quy chế này có hiệu lực kể từ ngày ký.
                """),
            Example(
                """
                QUY CHẾ
                Phối hợp giữa hai cơ quan
                Điều 1.
                1. Phạm vi điều chỉnh: Quy chế này quy định việc phối hợp giữa hai cơ quan.
                2. Đối tượng áp dụng: công chức, viên chức của hai cơ quan.
                Điều 2. Tổ chức thực hiện
                Các cơ quan có trách nhiệm thực hiện Quy chế này.
                """),
            Example(
                """
                Acceptable Use Policy
                | Purpose | Sets the rules for using company computers. |
                | Scope | Everyone who uses company computers. |
                | Responsibilities | Managers make sure their staff know this policy. |
                | Review | The IT manager reviews this policy every year. |
                """, language: .en),
            Example(
                """
                ỦY BAN NHÂN DÂN TỈNH AN HÀ
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số:      /KH-UBND
                An Hà, ngày      tháng 3 năm 2026
                KẾ HOẠCH
                Tuyên truyền cải cách hành chính năm 2026
                I. MỤC ĐÍCH, YÊU CẦU
                Nâng cao nhận thức của cán bộ và người dân về cải cách hành chính.
                | Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN |
                """),
            Example(
                """
                BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ
                1. Kết quả đạt được trong quý.
                2. Phương hướng nhiệm vụ quý tới.
                """),
        ],
        vietnamese: .init(
            name: "Thiếu điều khoản bắt buộc",
            summary: "Văn bản thiếu một điều khoản mà mẫu văn bản yêu cầu",
            rationale: """
                Mỗi loại văn bản có những phần bắt buộc: quy chế phải nêu *phạm vi điều chỉnh*, *đối tượng \
                áp dụng* và *tổ chức thực hiện*; quy chế dân chủ phải có nội dung công khai, hội nghị cán bộ, \
                công chức hằng năm và Ban Thanh tra nhân dân; văn bản hành chính phải có Quốc hiệu, số và ký \
                hiệu, địa danh và ngày tháng, chữ ký và *Nơi nhận*; chính sách bằng tiếng Anh phải có mục \
                đích, phạm vi, trách nhiệm và điều khoản rà soát. Một **mẫu văn bản** (profile, xem \
                docs/profiles.md) liệt kê các phần đó: mẫu áp dụng cho văn bản nào và, với từng điều khoản, \
                các đề mục đồng nghĩa, các cụm từ nội dung và vị trí bắt buộc.

                Khi so khớp, quy tắc bỏ qua chữ hoa, chữ thường, dấu thanh, dạng chuẩn hóa Unicode, số thứ tự \
                và dấu câu (`Điều 2. Đối tượng áp dụng:`); đề mục gộp (`Phạm vi điều chỉnh và đối tượng áp \
                dụng`) đáp ứng mọi điều khoản có từ đồng nghĩa nằm trong đó; đề mục viết liền ở đầu khoản, \
                đoạn văn hoặc ô bảng cũng được tính là đề mục; cụm từ nội dung có thể nằm ở bất kỳ khoản nào \
                và có thể kéo sang đoạn sau. Phát hiện nêu tên điều khoản, mẫu văn bản, vị trí lẽ ra phải có \
                điều khoản đó và trích lý do mà mẫu văn bản ghi. Văn bản không thuộc mẫu nào thì không bị báo; \
                lệnh `reglint tree` cho biết mẫu nào được áp dụng và từng điều khoản được tìm thấy ở đâu. Các \
                mẫu có sẵn tự áp dụng (`starter_profiles: false` để tắt); `--profile ID` buộc áp dụng một mẫu.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        ClauseMatcher.matches(in: document, context: context).flatMap { match in
            match.clauses.filter { $0.status == .missing }.compactMap { clause in
                clause.location.map {
                    Diagnostic(
                        message: .missing(clause, profile: match.profile, attachment: match.attachment), location: $0)
                }
            }
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func missing(_ match: ClauseMatch, profile: Profile, attachment: String?) -> Self {
        let clause = match.clause
        var place = attachment.map { " in the attached \"\($0)\"" } ?? ""
        place += match.place.map { " " + $0 } ?? ""
        if let before = match.before { place += " before \"\(before)\"" }
        var looked: [String] = []
        if !clause.heading.isEmpty { looked.append("heading like " + phrases(clause.heading, quote: "\"", "\"")) }
        if !clause.text.isEmpty, clause.heading.isEmpty {
            looked.append("text like " + phrases(clause.text, quote: "\"", "\""))
        }
        if !clause.orText.isEmpty { looked.append("text like " + phrases(clause.orText, quote: "\"", "\"")) }
        if !clause.metadata.isEmpty {
            looked.append("header field " + clause.metadata.map(\.rawValue).joined(separator: "/"))
        }
        let reason = clause.rationale.map { " (\($0))" } ?? ""
        let found =
            looked.count == 1
            ? "no " + looked[0] : "neither " + looked.dropLast().joined(separator: ", ") + " nor " + (looked.last ?? "")
        return Self(
            en: "profile \(profile.id) requires \"\(clause.name)\" (\(clause.id))\(place), but found \(found)\(reason)",
            vi: vietnamese(match, profile: profile, attachment: attachment))
    }

    /// "Theo mẫu vn-quy-che, văn bản phải có “Phạm vi điều chỉnh” trong Chương I, nhưng không
    /// tìm thấy đề mục nào như “phạm vi điều chỉnh”".
    private static func vietnamese(_ match: ClauseMatch, profile: Profile, attachment: String?) -> String {
        let clause = match.clause
        var place = attachment.map { " trong văn bản kèm theo \(VietnameseWording.quoted($0))" } ?? ""
        place += match.placeVietnamese.map { " " + $0 } ?? ""
        if let before = match.before { place += " trước \(VietnameseWording.quoted(before))" }
        var looked: [String] = []
        if !clause.heading.isEmpty { looked.append("đề mục nào như " + phrases(clause.heading, quote: "“", "”")) }
        if !clause.text.isEmpty, clause.heading.isEmpty {
            looked.append("nội dung nào có cụm từ " + phrases(clause.text, quote: "“", "”"))
        }
        if !clause.orText.isEmpty { looked.append("nội dung nào có cụm từ " + phrases(clause.orText, quote: "“", "”")) }
        if !clause.metadata.isEmpty {
            let fields = clause.metadata.map { field in
                switch field {
                case .number: "số, ký hiệu"
                case .issuer: "tên cơ quan ban hành"
                case .placeDate: "địa danh và ngày ban hành"
                case .title: "tên loại và trích yếu"
                }
            }
            looked.append(fields.joined(separator: " hoặc ") + " ở phần đầu văn bản")
        }
        let found = looked.joined(separator: ", cũng không thấy ")
        let reason = clause.rationaleVietnamese.map { " (\($0))" } ?? ""
        return "Theo mẫu \(profile.id), văn bản phải có \(VietnameseWording.quoted(clause.name))\(place), "
            + "nhưng không tìm thấy \(found)\(reason)"
    }

    private static func phrases(_ list: [ProfilePhrase], quote open: String, _ close: String) -> String {
        let shown = list.prefix(3).map { open + $0.text + close }.joined(separator: ", ")
        return list.count > 3 ? shown + ", …" : shown
    }
}
