/// The starter profiles shipped in the binary, as the YAML a user would write (docs/profiles.md).
///
/// They are Swift string literals rather than a resource bundle so that the one `reglint` file
/// carries them (a SwiftPM resource bundle must travel beside the binary, and its accessor traps
/// when it does not). The YAML below is the single source: it is parsed by the same loader as a
/// user's profile files, and `reglint profiles --show ID` prints it for copying.
package enum StarterProfiles {
    /// The YAML of each starter profile, in id order.
    package static let texts: [(id: String, yaml: String)] = [
        ("en-policy", enPolicy),
        ("vn-formal-elements", vnFormalElements),
        ("vn-quy-che", vnQuyChe),
        ("vn-quy-che-chi-tieu-noi-bo", vnQuyCheChiTieuNoiBo),
        ("vn-quy-che-dan-chu", vnQuyCheDanChu),
    ]

    /// The parsed starter profiles, `extends` resolved. A text that does not parse is left out
    /// (a test keeps every one parsing).
    package static let profiles: [Profile] = {
        var byID: [String: Profile] = [:]
        for (id, yaml) in texts {
            byID[id] = try? Profile.parse(yaml, file: "built-in:\(id)")
        }
        return texts.compactMap { id, _ -> Profile? in
            guard var profile = byID[id] else { return nil }
            profile.source = "built-in"
            var chain: [Profile] = []
            var next = profile.extends
            while let parentID = next, let parent = byID[parentID], chain.count < 4 {
                chain.insert(parent, at: 0)
                next = parent.extends
            }
            var clauses = chain.flatMap(\.required)
            for clause in profile.required {
                if let index = clauses.firstIndex(where: { $0.id == clause.id }) {
                    clauses[index] = clause
                } else {
                    clauses.append(clause)
                }
            }
            profile.required = clauses
            return profile
        }
    }()

    static let vnQuyChe = """
        # Vietnamese quy chế / quy định: what every regulation states.
        # Source: Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục III (model of a quy chế or
        # quy định issued with a quyết định: Chương I "Quy định chung" opens with the scope and the
        # subjects; the last chapter or article says how it takes effect), following the model of
        # Luật Ban hành văn bản quy phạm pháp luật (Điều 1 phạm vi điều chỉnh, Điều 2 đối tượng
        # áp dụng, điều khoản thi hành).
        profile: vn-quy-che
        name: "Quy chế, quy định (Vietnamese regulation)"
        applies_to:
          language: vi
          type: ["quy chế", "quy định"]
        required:
          - id: scope
            name: "Phạm vi điều chỉnh"
            rationale: "a regulation first says what it governs"
            heading: ["phạm vi điều chỉnh", "phạm vi áp dụng", "phạm vi và đối tượng", "phạm vi, đối tượng"]
            or_text: ["quy chế này quy định", "quy định này quy định"]
            within: chapter 1
            before: implementation
          - id: subjects
            name: "Đối tượng áp dụng"
            rationale: "a regulation says whom it binds"
            heading: ["đối tượng áp dụng", "đối tượng điều chỉnh", "phạm vi và đối tượng", "phạm vi, đối tượng"]
            or_text: ["quy chế này áp dụng", "quy định này áp dụng", "áp dụng đối với"]
            within: chapter 1
            before: implementation
          - id: implementation
            name: "Tổ chức thực hiện / Điều khoản thi hành"
            rationale: "a regulation says who implements it and when it takes effect"
            heading: ["tổ chức thực hiện", "điều khoản thi hành", "hiệu lực thi hành", "trách nhiệm thi hành",
                      "trách nhiệm thực hiện", "hiệu lực"]
            or_text: ["có hiệu lực", "có hiệu lực thi hành"]
        """

    static let vnQuyCheDanChu = """
        # Quy chế thực hiện dân chủ ở cơ sở (democracy at the grassroots in an agency or unit).
        # Source: Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Chương IV (cơ quan hành chính nhà
        # nước, đơn vị sự nghiệp công lập): công khai thông tin, hội nghị cán bộ, công chức, viên
        # chức hằng năm, Ban Thanh tra nhân dân; before it Nghị định 04/2015/NĐ-CP.
        profile: vn-quy-che-dan-chu
        name: "Quy chế thực hiện dân chủ ở cơ sở"
        extends: vn-quy-che
        applies_to:
          language: vi
          type: ["quy chế"]
          title: ["dân chủ"]
        required:
          - id: publicity
            name: "Công khai thông tin"
            rationale: "the law lists what the head of the agency must make public"
            heading: ["công khai"]
            or_text: ["nội dung công khai", "có trách nhiệm công khai"]
          - id: conference
            name: "Hội nghị cán bộ, công chức, viên chức hằng năm"
            rationale: "the annual conference of officials is where staff discuss and decide"
            heading: ["hội nghị cán bộ", "hội nghị công chức", "hội nghị viên chức", "hội nghị người lao động"]
            or_text: ["tổ chức hội nghị cán bộ", "tổ chức hội nghị công chức", "tổ chức hội nghị viên chức",
                      "hội nghị … được tổ chức … năm"]
          - id: inspection-board
            name: "Ban Thanh tra nhân dân"
            rationale: "the people's inspection board supervises the regulation's implementation"
            heading: ["thanh tra nhân dân"]
            or_text: ["ban thanh tra nhân dân"]
        """

    static let vnQuyCheChiTieuNoiBo = """
        # Quy chế chi tiêu nội bộ (internal spending rules of a public body).
        # Source: Nghị định 60/2021/NĐ-CP (cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập)
        # and Thông tư 56/2022/TT-BTC: the rules state the sources of funds, what is spent and at
        # what rates, and how savings are used; Nghị định 130/2005/NĐ-CP for state agencies.
        profile: vn-quy-che-chi-tieu-noi-bo
        name: "Quy chế chi tiêu nội bộ"
        extends: vn-quy-che
        applies_to:
          language: vi
          type: ["quy chế"]
          title: ["chi tiêu nội bộ"]
        required:
          - id: funding
            name: "Nguồn tài chính"
            rationale: "spending rules say which funds they spend"
            heading: ["nguồn tài chính", "nguồn kinh phí", "nguồn thu"]
          - id: spending
            name: "Nội dung chi và mức chi"
            rationale: "the point of the rules is what may be spent and how much"
            heading: ["nội dung chi", "mức chi", "định mức chi", "chế độ chi"]
            or_text: ["mức chi"]
          - id: savings
            name: "Sử dụng kinh phí tiết kiệm"
            rationale: "the law lets a unit decide how savings are used, in these rules"
            heading: ["kinh phí tiết kiệm", "kết quả tài chính", "chênh lệch thu chi"]
            or_text: ["kinh phí tiết kiệm", "chênh lệch thu lớn hơn chi", "trích lập quỹ"]
        """

    static let vnFormalElements = """
        # The formal elements (thể thức) of a Vietnamese administrative document.
        # Source: Nghị định 30/2020/NĐ-CP về công tác văn thư, Điều 8 and Phụ lục I: quốc hiệu và
        # tiêu ngữ; tên cơ quan ban hành; số, ký hiệu; địa danh và thời gian; tên loại và trích
        # yếu (here: the document type the profile applies by); chức vụ, họ tên, chữ ký; nơi nhận.
        # Applies to documents issued on their own with a national header; a quy chế or quy định
        # issued with a quyết định carries the quyết định's elements, not its own, and a statute
        # (luật, hiến pháp) follows other rules. A draft's blank number or day counts as present.
        profile: vn-formal-elements
        name: "Thể thức văn bản hành chính (formal elements)"
        applies_to:
          language: vi
          type: ["quyết định", "chỉ thị", "thông báo", "thông cáo", "kế hoạch", "báo cáo", "tờ trình",
                 "hướng dẫn", "chương trình", "đề án", "phương án", "công điện", "giấy mời", "v/v"]
          preamble: ["cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc"]
        required:
          - id: national-title
            name: "Quốc hiệu"
            rationale: "every administrative document opens with the national title"
            text: ["cộng hòa xã hội chủ nghĩa việt nam"]
            within: preamble
          - id: motto
            name: "Tiêu ngữ"
            rationale: "the national title is followed by the motto"
            text: ["độc lập - tự do - hạnh phúc"]
            within: preamble
          - id: issuer
            name: "Tên cơ quan ban hành"
            rationale: "the header names the issuing body"
            metadata: [issuer]
            heading: ["ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "bộ", "tổng cục", "cục", "chi cục",
                      "văn phòng", "ban", "phòng", "trung tâm", "quốc hội", "chính phủ", "thủ tướng", "viện",
                      "trường", "hội", "liên đoàn", "công ty", "tỉnh ủy", "đảng ủy", "công an", "kho bạc",
                      "bảo hiểm xã hội", "ngân hàng", "tòa án", "đoàn"]
            within: preamble
          - id: number
            name: "Số, ký hiệu"
            rationale: "the number and symbol identify the document"
            metadata: [number]
            within: preamble
          - id: place-date
            name: "Địa danh và thời gian ban hành"
            rationale: "the header states where and when the document is issued"
            metadata: [place_date]
            within: preamble
          - id: signature
            name: "Chức vụ, họ tên và chữ ký"
            rationale: "the signer's title and name close the document"
            heading: ["kt", "tm", "tl", "tuq", "q", "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc",
                      "bộ trưởng", "thứ trưởng", "trưởng ban", "phó trưởng ban", "chánh văn phòng",
                      "phó chánh văn phòng", "cục trưởng", "chi cục trưởng", "tổng giám đốc", "thủ trưởng",
                      "viện trưởng", "hiệu trưởng", "chủ nhiệm", "trưởng phòng", "người ký"]
            in_capitals: true
            or_text: ["đã ký"]
            within: body
          - id: recipients
            name: "Nơi nhận"
            rationale: "the recipients show who must act on the document and who keeps it"
            heading: ["nơi nhận"]
            within: body
        """

    static let enPolicy = """
        # An English organisational policy (information security, records, acceptable use, …).
        # Source: ISO/IEC 27001:2022 clause 5.2 (a policy states its purpose and framework and is
        # communicated) and ISO/IEC 27002:2022 control 5.1 (policies have defined responsibilities
        # and are reviewed at planned intervals); the usual policy template (purpose, scope, roles
        # and responsibilities, review).
        profile: en-policy
        name: "Organisational policy (English)"
        applies_to:
          language: en
          title: ["policy"]
        required:
          - id: purpose
            name: "Purpose"
            rationale: "a policy states why it exists"
            heading: ["purpose", "objective", "objectives", "aim", "aims", "policy statement"]
            or_text: ["purpose of this policy", "this policy sets out", "this policy establishes",
                      "this policy describes", "this policy defines"]
          - id: scope
            name: "Scope"
            rationale: "a policy states whom and what it covers"
            heading: ["scope", "applicability", "application", "who this policy applies to"]
            or_text: ["this policy applies to", "policy applies to all"]
          - id: responsibilities
            name: "Responsibilities"
            rationale: "a policy assigns who does what"
            heading: ["responsibilities", "responsibility", "roles", "accountability", "accountabilities"]
            or_text: ["is responsible for", "are responsible for", "is accountable for"]
          - id: review
            name: "Review"
            rationale: "a policy says when it is reviewed, so it does not go stale"
            heading: ["review", "policy review", "document control", "revision history", "maintenance"]
            or_text: ["reviewed annually", "reviewed every", "reviewed at least", "will be reviewed", "is reviewed",
                      "be reviewed"]
        """
}
