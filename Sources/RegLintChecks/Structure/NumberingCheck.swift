import RegLintCore

/// `structure/numbering`: parts, chapters, articles, clauses and points numbered out of sequence.
struct NumberingCheck: Check {
    static let description = CheckDescription(
        id: "structure/numbering",
        name: "Numbering",
        summary: "Articles, clauses and points numbered out of sequence, skipped or duplicated",
        rationale: """
            A skipped, repeated or out-of-order number usually means a provision was deleted or \
            moved without renumbering, and every cross-reference after it may now point at the wrong \
            place. Each list is the run of siblings under one parent with the same label style \
            (keyword, brackets, numeral), so `TITOLO`, `CAPO` and `Sezione` are separate lists and \
            lists under different definitions never meet. A list under a new parent starts at 1 or, \
            when the document numbers straight through (sections across Parts and cross-headings, \
            articles across chapters), continues the last number; the scheme is learnt from the \
            document and only its breaks are flagged. A list opening with (i) is Roman, and (i) \
            followed by (ii) after lettered items starts a Roman list; (i) after (h) is a letter. \
            Vietnamese points follow the Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k, … no f, \
            j, w, z) unless the list's own text is English; other languages may skip j, k, w, x, y \
            as Italian does. Parts and chapters may begin anywhere in an excerpt. `1.0, 2.0` headings, \
            numbers written as words (`Chapter One`, `Art. 1er`, `Phần thứ nhất`) and inserted \
            provisions (`5a`, `102-bis`) are understood. A gap explained by a repeal or omission note \
            (`[Repealed]`, `(omissis)`, `…`) is not a defect, nor is the start of an excerpt; text \
            quoted from another instrument (an amendment's inserted provisions) is not checked. \
            Published XML is often a portion of an instrument, so there its first article or \
            section may carry any number.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            Example(
                "Điều 1. Phạm vi\nĐiều 2. Đối tượng\n↓Điều 4. Hiệu lực", expecting: ["skips from Điều 2 to Điều 4"]),
            Example("Điều 1. Nguyên tắc\n1. Một.\n↓1. Hai.\n2. Ba.", expecting: ["repeats"]),
            Example("Điều 1. Nguyên tắc\n1. Các yêu cầu:\na) Một;\nb) Hai;\nc) Ba;\nd) Bốn;\n↓e) Năm."),
            Example("Chương I\nĐiều 1. Một\nChương II\n↓Chương IV\nĐiều 2. Hai", expecting: ["Chương III"]),
            Example("Điều 1. Trách nhiệm\n↓3. Khoản đầu tiên lại là khoản 3.", expecting: ["starts at 3"]),
            Example("Article 1 Scope\n1. Text.\n(a) one;\n(b) two;\n↓(d) four."),
            Example(
                "Điều 1. Phạm vi\n1. Một.\n2. Hai.\nĐiều 2. Trách nhiệm\n1. Một.\n2. Hai.\nĐiều 3. Hiệu lực\n↓3. Ba.",
                expecting: ["starts at 3 \\(expected 1\\)"]),
            Example("Article 1 Duties\n1. Members shall:\n(a) attend;\n↓(a) vote.", expecting: ["repeats"]),
            Example(
                "Article 1 Duties\n1. Officers shall:\n(a) report:\n(i) monthly;\n↓(iii) yearly.",
                expecting: ["skips from \\(ii?\\) to \\(iii\\)|expected \\(ii\\)"]),
            Example(
                "Điều 1. Hồ sơ\n1. Gồm:\na) Đơn;\nb) Tờ khai;\nc) Bản sao;\nd) Ảnh;\nđ) Phiếu;\ne) Biên lai;\n↓f) Giấy khác.",
                expecting: ["not a letter of the Vietnamese point alphabet.*expected g\\)"]),
            Example(
                "Điều 1. Nhiệm vụ\n1. Gồm:\na) Cập nhật thủ tục được sửa đổi, bãi bỏ;\n↓c) Báo cáo.",
                expecting: ["skips from a\\) to c\\)"]),
            Example("BÁO CÁO\nKết quả\nI. KẾT QUẢ\n1. CHỈ ĐẠO\n↓III. KIẾN NGHỊ", expecting: ["skips from I to III"]),
            Example("Article 1 Rights\n(1) One.\n(2) Two.\n↓3. Three.", expecting: ["not written like \\(2\\)"]),
            Example(
                "Chương I\nĐiều 1. Một\nĐiều 2. Hai\nChương II\nĐiều 3. Ba\n↓Điều 5. Năm",
                expecting: ["skips from Điều 3 to Điều 5"]),
        ],
        nonTriggeringExamples: [
            // Three lists written as one run (a definitions section whose terms' lists were flattened).
            Example("Article 1 Definitions\n1. Terms:\n(a) one;\n(b) two;\n(a) three;\n(b) four;\n(a) five;\n(c) six."),
            Example(
                "Điều 1. Phạm vi\n1. Một.\n2. Hai:\na) a;\nb) b;\nc) c;\nd) d;\nđ) đ;\ne) e.\nĐiều 2. Hiệu lực\n1. Một."
            ),
            Example("Chương I\nĐiều 1. Một\nĐiều 2. Hai\nChương II\nĐiều 1. Một\nĐiều 2. Hai"),
            Example(
                "Chương I\nMục 1. Chung\nĐiều 1. Một\nMục 2. Riêng\nĐiều 2. Hai\nChương II\nMục 1. Khác\nĐiều 3. Ba"),
            Example("Article 1 Scope\n1. Text.\n(a) one;\n(b) two;\n(c) three.\nArticle 2 Review\n1. Text."),
            // Roman sub-points under a lettered point (a UK statutory instrument's layout).
            Example(
                "Article 1 Licences\n1. A licence must state:\n(a) the holder, who is:\n(i) a person;\n(ii) a firm;\n"
                    + "(iii) a trust;\n(iv) a charity; or\n(v) a body;\n(b) the premises."),
            // A list of letters that reaches (i) is still a list of letters.
            Example(
                "Article 1 Terms\n1. In this policy:\n(a) a;\n(b) b;\n(c) c;\n(d) d;\n(e) e;\n(f) f;\n(g) g;\n(h) h;\n"
                    + "(i) i;\n(j) j."),
            // Sections numbered straight through the Parts of an Act.
            Example(
                "Part 1 General\nSection 1 Title\nSection 2 Scope\nPart 2 Duties\nSection 3 Officers\nSection 4 Board"),
            // Lists under different unnumbered parents (definitions) each start at (a).
            Example(
                "Article 1 Definitions\n“Records” means:\n(a) paper;\n(b) files.\n“Systems” means:\n(a) servers;\n(b) disks."
            ),
            // Heading numbers written 1.0, 2.0, 3.0 in a contract schedule.
            Example("1.0 Scope\nText.\n2.0 Services\nText.\n3.0 Charges\nText."),
            // The first chapter written as a word.
            Example("Chapter One Sovereignty\nArticle 1 People\nChapter 2 Republic\nArticle 2 Territory"),
            // A section repealed in a consolidated text, its number kept with a note.
            Example("Section 1 Policy\nText.\n2.\n[Repealed by Act No. 4 of 1992.]\nSection 3 Work\nText."),
            // "bãi bỏ" (repeal) inside an ordinary sentence explains no gap, but a lettered list
            // whose own letters include f is English.
            Example("Article 1 Terms\n1. Items:\n(a) a;\n(b) b;\n(c) c;\n(d) d;\n(e) e;\n(f) f."),
            // An inserted provision between two others.
            Example("Điều 1. Một\nĐiều 1a. Điều bổ sung\nĐiều 2. Hai"),
            // An amendment's quoted text keeps the numbers of the act it amends.
            Example(
                "Điều 1. Sửa đổi Quy chế\n1. Điều 5 được sửa đổi như sau:\n“Điều 5. Trách nhiệm\n1. Một.\n3. Ba.”\n"
                    + "2. Điều 7 được bãi bỏ."),
            Example(
                "Article 1 Amendments\n1. After section 4 of the 2010 Act insert—\n“4A Records\n(1) Keep records.\n"
                    + "(3) Publish them.”\n2. Section 9 is repealed."),
            // Italian lists skip j, k, w, x, y (a language neither English nor Vietnamese).
            Example(
                "Article 1 Ambito\n1. Si applica:\na) a;\nb) b;\nc) c;\nd) d;\ne) e;\nf) f;\ng) g;\nh) h;\ni) i;\nl) l;\nm) m.",
                language: .unknown),
            // The first article written "1er", as French acts do.
            Example("Article 1er Objet\nTexte.\nArticle 2 Champ\nTexte.", language: .unknown),
            // A report's parts, then its numbered sections.
            Example(
                "BÁO CÁO\nKết quả quý I\nI. KẾT QUẢ\n1. CÔNG TÁC CHỈ ĐẠO\n2. CẢI CÁCH THỦ TỤC\nII. NHIỆM VỤ\n"
                    + "1. TIẾP TỤC TRIỂN KHAI"),
            // A list of lists written flat: (1) a–c, then (2) a–b.
            Example("Article 1 Powers\n1. The court may:\n(a) x;\n(b) y;\n2. It may also:\n(a) z;\n(b) w."),
        ],
        vietnamese: .init(
            name: "Đánh số thứ tự",
            summary: "Điều, khoản, điểm được đánh số sai thứ tự, bị bỏ sót hoặc trùng lặp",
            rationale: """
                Số thứ tự bị bỏ sót, lặp lại hoặc sai thứ tự thường có nghĩa là một quy định đã bị xóa hoặc \
                chuyển chỗ mà không đánh số lại, và mọi dẫn chiếu phía sau có thể đang trỏ sai chỗ. Mỗi danh \
                sách là dãy các phần cùng cấp dưới cùng một phần cha, có cùng kiểu nhãn (từ khóa, dấu ngoặc, \
                kiểu chữ số), nên `TITOLO`, `CAPO` và `Sezione` là các danh sách riêng và các danh sách thuộc \
                những định nghĩa khác nhau không bao giờ gặp nhau. Danh sách dưới một phần cha mới bắt đầu từ \
                1, hoặc, khi văn bản đánh số liên tục (mục xuyên suốt các Phần và tiêu đề, điều xuyên suốt các \
                chương), thì tiếp nối số cuối cùng; cách đánh số được học từ chính văn bản và chỉ những chỗ \
                đứt đoạn mới bị báo. Danh sách mở đầu bằng (i) là số La Mã, và (i) theo sau là (ii) sau các \
                mục đánh chữ cái thì bắt đầu một danh sách số La Mã; (i) sau (h) là chữ cái. Điểm trong văn \
                bản tiếng Việt theo bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g, h, i, k, … không có f, j, \
                w, z), trừ khi chính danh sách đó viết bằng tiếng Anh; các ngôn ngữ khác có thể bỏ j, k, w, x, \
                y như tiếng Ý. Phần và chương có thể bắt đầu từ bất kỳ số nào trong một bản trích. Tiêu đề \
                `1.0, 2.0`, số viết bằng chữ (`Chapter One`, `Art. 1er`, `Phần thứ nhất`) và các quy định được \
                chèn thêm (`5a`, `102-bis`) đều được hiểu đúng. Chỗ trống có ghi chú bãi bỏ hoặc lược bỏ \
                (`[Repealed]`, `(omissis)`, `…`) không phải là lỗi, phần đầu của một bản trích cũng vậy; nội \
                dung trích từ văn bản khác (các quy định được chèn bởi văn bản sửa đổi) không được kiểm tra. \
                Văn bản XML được công bố thường chỉ là một phần của văn bản gốc, nên điều hoặc mục đầu tiên \
                trong đó có thể mang bất kỳ số nào.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let language = context.language == .unknown ? document.language : context.language
        return NumberingSequences(facts: context.facts(of: document), document: document, language: language)
            .diagnostics()
    }
}
