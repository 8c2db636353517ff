import Foundation
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
            other than Vietnamese or English. A reference stays with another instrument across a \
            list or range ("Điều 43, Điều 44, … và Điều 50 Nghị định 126/2024/NĐ-CP", "Article 26(3) or \
            (4) of the Data Protection Directive"), through a part of it ("section C of Annex I to \
            Directive 2004/39/EC"), by a short name the document gives it ("the 2015 Act"), and when \
            the other document is named just before ("the Guide to …, Section 2.6"). In footnotes and \
            explanatory notes, references after another instrument is named in the same paragraph \
            keep pointing there unless they say "of this Order". A count ("gồm 08 Chương 28 Điều") is \
            not a reference. Quoted amendment text (Akoma Ntoso `quotedStructure`, words in quotation \
            marks) belongs to the instrument it amends: its references are not checked and its \
            provisions are not targets. \
            US, UK and EU drafting name subdivisions by words whose level differs between formats \
            ("subsection (c) of this section", "paragraph (3)", "subparagraph (B) of paragraph (2)", \
            "paragraph (3) of section 12", "paragraph 3 of Schedule 1", "Schedule 1, paragraph 3", \
            "point (a) of paragraph 1"): without a section, article or schedule they start at the \
            section or article they stand in (in a schedule, at the schedule too), and such a reference \
            is dangling only when no part at any level below is numbered so, while every part below \
            has a number and some are numbered in the same style (digits, or letters). Words whose \
            owner is unclear ("such paragraph (3)", "of such section", "redesignating paragraph (3)", \
            "Section 52B (other than subsection (6))") and paragraphs of amending instructions ("there \
            is inserted", "by striking", "is replaced by") are not judged. Inserted numbers ("Article \
            1a", "section 24D") are numbers like any other. \
            An excerpt whose parts start above 1 (chapter 3 of a title) does not judge references to \
            parts before its first. Sections numbered "1.0", "2.0" answer to "Section 1", "Section \
            2". An Akoma Ntoso `<ref href="#eId">` whose target is no identifier of the document is \
            dangling too, when the reader lists the document's identifiers.
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
            // US, UK and EU drafting: a subdivision of the section or article the words stand in
            // ("subsection (c) of this section", "paragraph (5)"), of a named schedule, an inserted article.
            Example(
                "Section 1 Scope\n(a) Grants are made each year.\n(b) A grant is paid as provided in ↓subsection (c) of this section.",
                expecting: ["Section 1 has no part numbered \\(c\\)"]),
            Example(
                "Article 1 Works\n(1) The company may build the works.\n(2) Subject to ↓paragraph (5), the works follow the plans."
            ),
            Example(
                "Article 1 Access\n(1) The works in ↓paragraph 3 of Schedule 1 are open to the public.\nSchedule 1 Works\n1. A railway.\n2. A footpath.",
                expecting: ["Schedule 1 has no part numbered 3"]),
            Example(
                "Article 1 Scope\n1. This Regulation applies as set out in ↓Article 2a.\nArticle 2 Entry into force\n1. Text."
            ),
            // "Luật này" is this law, whatever else follows.
            Example("Điều 1. Phạm vi\nNgoại lệ quy định tại ↓khoản 2 Điều 5 Luật này.\nĐiều 2. Hiệu lực"),
        ],
        nonTriggeringExamples: [
            Example(
                "Điều 1. Nguyên tắc\n1. Một.\n2. Hai.\nĐiều 2. Áp dụng\nThực hiện theo khoản 2 Điều 1 và Điều 2 của Quy chế này."
            ),
            Example("Điều 1. Căn cứ\nTheo Điều 15 Luật Tố cáo năm 2018 và khoản 3 Điều 9 Nghị định số 30/2020/NĐ-CP."),
            Example("Article 1 Scope\n1. Personal data is processed under Article 6 of Regulation (EU) 2016/679."),
            Example("Điều 1. Số liệu\nTổng chi 8.472.000 đồng; gọi số 024-3825-1234; xem trang 15 và năm 2023."),
            Example("Quy định chung\nNội dung này được hướng dẫn tại Điều 9."),
            // Another instrument named after the reference: a name with commas, an Order, a
            // directive named in words, lists and ranges, an annex of a directive, a short name.
            Example(
                "Section 1 Retention\n1. Data may be kept under a code made under section 102 of the Anti-terrorism, Crime and Security Act 2001."
            ),
            Example(
                "Article 1 Health professionals\n1. A pharmacist within the meaning of article 3(1) of the Pharmacy Order 2010 is one."
            ),
            Example(
                "Article 1 Transfers\n1. A decision for the purposes of Article 26(3) or (4) of the Data Protection Directive binds the Commissioner."
            ),
            Example("Article 1 Officers\n1. The officer has the tasks of Article 37 to Article 39 of the GDPR."),
            Example(
                "Article 1 Definitions\n1. An instrument is one listed in section C of Annex I to Directive 2004/39/EC."
            ),
            Example(
                "Article 1 Commencement\n1. The Mental Health (Scotland) Act 2015 (“the 2015 Act”) comes into force.\nArticle 2 Effect\n1. Section 17 and Part 4 (sections 61 and 62) of the 2015 Act apply."
            ),
            // Another document named just before the reference.
            Example(
                "Section 1 Attachments\n1. Refer to the Guide to OSCAL-based FedRAMP Content, Section 2.6, for attachments."
            ),
            // Vietnamese: a list of articles before the decree, an article of the Penal Code.
            Example(
                "Điều 1. Quản lý nhà nước\nHội chịu sự quản lý theo quy định tại Điều 43, Điều 44, … và Điều 50 Nghị định 126/2024/NĐ-CP."
            ),
            Example("Điều 1. Xử lý vi phạm\nHành vi quy định tại Điều 256a Bộ luật Hình sự bị xử lý theo pháp luật."),
            // Words quoted into another instrument are that instrument's.
            Example(
                "Article 1 Amendments\n1. In the 1990 Act there is substituted “Access shall not be given under section 3(2) to any part of a record”."
            ),
            Example("Điều 1. Sửa đổi, bổ sung\nBổ sung cụm từ “theo quy định tại Điều 9” vào cuối khoản này."),
            // A count of parts is not a reference to one.
            Example(
                "Chương I\nĐiều 1. Hiệu lực\nĐiều lệ này gồm 08 Chương 28 Điều, có hiệu lực từ ngày được phê duyệt."),
            // US and EU drafting: the statute a regulation implements ("the Act"), "such Act", a code
            // citation in brackets, an Act named with an initial, a point of another act's article,
            // and the instructions of an amending section, which point into the amended Act.
            Example("Section 1 Records\nSection 17(b) of the Act requires holders to keep these records."),
            Example("Section 1 Meaning\nA grant has the meaning given in section 456 (20 U.S.C. 1087f)."),
            Example(
                "Section 1 Aid\nFunds are available under section 401 or 501 of the John Q. Public Relief and Recovery Act."
            ),
            Example(
                "Section 1 Fines\nThe Supervisor may impose fines under Article 58(2), point (i), of Regulation (EU) 2018/1725."
            ),
            Example(
                "Section 1 Amendments\nThe Budget Control Act is amended—\n(1) in section 252(b)(2), by striking “2013”; and\n(2) in section 254(f), by adding “or 2014”."
            ),
            // Subdivisions that exist at any level of the section, article or schedule; an inserted
            // article; the same words naming another instrument, another section's part, or an
            // amended text.
            Example(
                "Section 1 Scope\n(a) Grants are made each year.\n(1) A grant is paid under paragraph (2) of this subsection.\n(2) Paragraph (1) and subsection (a) apply to new grants."
            ),
            Example(
                "Article 1 Access\n(1) The works in paragraph 2 of Schedule 1 and Schedule 1, paragraph 1 are open.\nSchedule 1 Works\n1. A railway.\n2. A footpath."
            ),
            Example(
                "Article 1 Scope\n1. This Regulation applies as set out in Article 1a.\nArticle 1a Definitions\n1. Text."
            ),
            Example(
                "Section 1 Taxes\n(a) A firearm as defined in section 5845(a) of the Internal Revenue Code of 1986 and under paragraph (3) of section 12 of the Securities Act."
            ),
            Example(
                "Section 52A Codes\n(1) The Commissioner prepares a code.\nSection 52B Replacement\n(1) Section 52A (other than subsection (6)) applies to a replacement code."
            ),
            Example(
                "Section 1 Credit\n(1) In section 158 of the Consumer Credit Act 1974, after subsection (6) there is inserted a new subsection."
            ),
            // An excerpt starting at chapter 3 cannot judge a reference to chapter 1.
            Example("Chương III\nĐiều 301. Thi hành\nChương I áp dụng cho các trường hợp còn lại.\nĐiều 302. Hiệu lực"),
        ],
        vietnamese: .init(
            name: "Dẫn chiếu không tồn tại",
            summary: "Dẫn chiếu nội bộ tới một điều, khoản, điểm, chương hoặc phụ lục không có trong văn bản",
            rationale: """
                Văn bản quy phạm thường xuyên dẫn chiếu tới chính nó ("theo quy định tại khoản 2 Điều 15 của \
                Quy chế này", "as set out in Article 7(2)(b)"). Khi các điều được thêm, bỏ hoặc đánh số lại, \
                những dẫn chiếu này hỏng mà không ai hay, và đưa người đọc tới sai quy định hoặc tới chỗ không \
                có gì. Dẫn chiếu được đối chiếu với cây cấu trúc của chính văn bản: `Điều`, `khoản`, `điểm`, \
                `Chương`, `Phụ lục`, `Article`, `Section`, `clause 4.2`, `Annex`, và những từ văn bản dùng để \
                đánh số các phần của mình ("Rule 12" khi các phần là "Rule 1", "Rule 2"); `khoản 2 Điều này` \
                được hiểu theo điều chứa nó. Dẫn chiếu có tên văn bản khác đi sau ("Điều 5 Luật Tố cáo", \
                "Article 6 of Regulation (EU) 2016/679") thuộc về văn bản đó và không được kiểm tra ở đây; \
                dẫn chiếu có liên kết tới văn bản khác (thẻ `<ref href>` của Akoma Ntoso trỏ ra ngoài văn bản, \
                siêu liên kết trong DOCX) cũng vậy; dẫn chiếu trong ô bảng, trong văn bản không có loại phần \
                được nhắc tới, hoặc trong văn bản không viết bằng tiếng Việt hay tiếng Anh cũng không được \
                kiểm tra. Dẫn chiếu vẫn thuộc về văn bản khác khi nằm trong một danh sách hoặc một khoảng \
                ("Điều 43, Điều 44, … và Điều 50 Nghị định 126/2024/NĐ-CP", "Article 26(3) or (4) of the Data \
                Protection Directive"), khi đi qua một phần của văn bản đó ("section C of Annex I to Directive \
                2004/39/EC"), khi dùng tên gọi tắt mà văn bản đặt cho văn bản đó ("the 2015 Act"), và khi văn \
                bản kia vừa được nêu tên ngay trước ("the Guide to …, Section 2.6"). Trong chú thích và ghi \
                chú giải thích, các dẫn chiếu đứng sau tên một văn bản khác trong cùng đoạn vẫn trỏ tới văn bản \
                đó, trừ khi ghi "of this Order". Câu nêu số lượng ("gồm 08 Chương 28 Điều") không phải là dẫn \
                chiếu. Đoạn trích dẫn nội dung sửa đổi (`quotedStructure` của Akoma Ntoso, chữ trong ngoặc kép) \
                thuộc về văn bản được sửa đổi: dẫn chiếu trong đó không được kiểm tra và các quy định trong đó \
                không phải là đích dẫn chiếu. Văn bản của Mỹ, Anh và EU gọi các phần nhỏ bằng những từ mà cấp \
                của chúng khác nhau giữa các định dạng ("subsection (c) of this section", "paragraph (3)", \
                "paragraph (3) of section 12", "paragraph 3 of Schedule 1", "Schedule 1, paragraph 3", "point (a) \
                of paragraph 1"): khi không nêu section, article hay schedule, chúng được hiểu từ section hoặc \
                article chứa chúng (trong một schedule, cả schedule đó), và chỉ bị coi là không tồn tại khi không \
                có phần nào ở bất kỳ cấp nào bên dưới mang số đó, trong khi mọi phần bên dưới đều có số và có \
                phần được đánh số cùng kiểu (chữ số, hoặc chữ cái). Những dẫn chiếu không rõ thuộc về đâu \
                ("such paragraph (3)", "of such section", "Section 52B (other than subsection (6))") và các đoạn \
                chỉ dẫn sửa đổi ("there is inserted", "by striking", "is replaced by") không được kiểm tra. Số \
                chèn thêm ("Article 1a", "section 24D") được đối chiếu như mọi số khác. Bản trích có phần đầu tiên mang số lớn hơn 1 (chương 3 của một \
                đạo luật) không xét dẫn chiếu tới các phần đứng trước phần đầu tiên của nó. Các mục đánh số \
                "1.0", "2.0" ứng với "Section 1", "Section 2". Thẻ `<ref href="#eId">` của Akoma Ntoso có \
                đích không phải là mã định danh nào của văn bản cũng là dẫn chiếu không tồn tại, khi trình đọc \
                liệt kê được các mã định danh của văn bản.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let facts = context.facts(of: document)
        // Quoted amendment text belongs to the instrument it amends; its references are that
        // instrument's and are not judged here.
        let skipped = Set(facts.paragraphs.lazy.filter(\.isQuoted).map(\.paragraph.location))
        var found: [Diagnostic] = []
        // Internal links (`<ref href="#eid">`) are judged by their target when the reader knows
        // the document's anchors; words they cover are then not judged again.
        var linked: [Citation] = []
        var brokenLinks: [(link: Citation, anchor: String)] = []
        if !document.anchors.isEmpty {
            for link in facts.citations where link.kind == .link && !skipped.contains(link.location) {
                guard let target = link.target, target.hasPrefix("#"), target.count > 1 else { continue }
                linked.append(link)
                let anchor = String(target.dropFirst())
                guard !document.anchors.contains(anchor),
                    !document.anchors.contains(anchor.removingPercentEncoding ?? anchor)
                else { continue }
                brokenLinks.append((link, anchor))
            }
        }
        // The patterns know Vietnamese and English; in other languages "article" may mean anything.
        let judgesText = [.vi, .en].contains(document.language)
        let tree = ReferenceTree(facts)
        lazy var texts = facts.paragraphTextsByLocation()
        // By paragraph: two citations overlap only within one paragraph.
        let referencesByParagraph = Dictionary(
            grouping: facts.citations.filter { $0.kind == .internalReference }, by: \.location)
        for (link, anchor) in brokenLinks {
            let excerpt = link.text.trimmingWhitespace.isEmpty ? "#" + anchor : link.text
            // The linked words name a part the document lacks too ("Điều 12" of ten articles):
            // say that first, it is what the reader of the document sees.
            let textual =
                judgesText
                ? referencesByParagraph[link.location]?.first { $0.overlaps(link) }.flatMap { tree.problem(with: $0) }
                : nil
            let message: Diagnostic.Message =
                textual.map { .danglingLink(excerpt, $0, anchor: anchor) } ?? .noAnchor(excerpt, anchor)
            found.append(
                Diagnostic(
                    message: message, location: link.location, excerpt: excerpt,
                    range: excerpt == link.text ? link.range(in: texts) : nil))
        }
        guard judgesText else { return found }
        // Tables often list provisions of other instruments ("Section 23(1) and (2)") with no
        // name beside them; references in table cells are not judged.
        let tables = Set(facts.paragraphs.lazy.filter(\.isInTable).map(\.paragraph.location))
        let notes = NoteParagraphs(facts)
        let amending = AmendingProvisions(facts)
        let ownWords = tree.ownNumberingWords
        let ownReferences = facts.paragraphs.lazy.filter { !$0.isInTable && !$0.isQuoted }.flatMap {
            CitationExtractor.references(usingWords: ownWords, in: $0.paragraph)
        }
        let linkedByParagraph = Dictionary(grouping: linked, by: \.location)
        let references = facts.citations.filter { citation in
            citation.kind == .internalReference && !tables.contains(citation.location)
                && !skipped.contains(citation.location) && !notes.pointsElsewhere(citation)
                && !amending.pointsIntoAmendedText(citation)
                && !(linkedByParagraph[citation.location] ?? []).contains(where: citation.overlaps)
        }
        for citation in references + ownReferences {
            guard let problem = tree.problem(with: citation) else { continue }
            found.append(
                Diagnostic(
                    message: .dangling(citation.text, problem), location: citation.location, excerpt: citation.text,
                    range: citation.range(in: texts)))
        }
        return found
    }
}

/// Footnotes and explanatory notes talk about other instruments: once a paragraph of one has
/// named another instrument ("Sections 32 and 33 of the 2015 Act …"), its later references
/// ("Section 54 makes amendments …") keep pointing there unless they say "of this Order".
private struct NoteParagraphs {
    private var mentions: [SourceLocation: (text: String, offset: Int)] = [:]

    init(_ facts: DocumentFacts) {
        var isNote = [Bool](repeating: false, count: facts.sections.count)
        for (index, entry) in facts.sections.enumerated() {
            let heading = ((entry.section.heading ?? "") + " " + (entry.section.number ?? "")).foldedForMatching
            let named = heading.split(whereSeparator: { !$0.isLetter }).contains { $0 == "note" || $0 == "notes" }
            isNote[index] = named || entry.parent.map { isNote[$0] } ?? false
        }
        for entry in facts.paragraphs where entry.section.map({ isNote[$0] }) ?? true {
            let text = entry.paragraph.text
            if let offset = CitationExtractor.firstMentionOfAnotherInstrument(in: text) {
                mentions[entry.paragraph.location] = (text, offset)
            }
        }
    }

    /// The reference stands in a note after another instrument was named there.
    func pointsElsewhere(_ citation: Citation) -> Bool {
        guard let mention = mentions[citation.location], mention.offset < citation.offset else { return false }
        return !CitationExtractor.namesThisInstrument(after: citation.offset + citation.length, in: mention.text)
    }
}

/// US amending provisions: a section whose lead-in says another instrument "is amended—" (or
/// "is amended by", "is amended as follows", "is amended to read") gives instructions whose
/// references ("in section 252(b)(2)(B), by striking …") are to the amended instrument, in that
/// section and the parts below it, unless they say "of this Act".
private struct AmendingProvisions {
    private var locations: Set<SourceLocation> = []
    private var texts: [SourceLocation: String] = [:]

    init(_ facts: DocumentFacts) {
        var isAmending = [Bool](repeating: false, count: facts.sections.count)
        for index in facts.paragraphs.indices {
            guard let section = facts.paragraphs[index].section, Self.amends(facts.paragraphs[index].paragraph.text)
            else { continue }
            isAmending[section] = true
        }
        for (index, entry) in facts.sections.enumerated() where !isAmending[index] {
            if let parent = entry.parent, isAmending[parent] { isAmending[index] = true }
        }
        for entry in facts.paragraphs where entry.section.map({ isAmending[$0] }) ?? false {
            locations.insert(entry.paragraph.location)
            texts[entry.paragraph.location] = entry.paragraph.text
        }
    }

    /// `… is amended—`, `are amended by striking`, `is further amended as follows:`.
    private static func amends(_ text: String) -> Bool {
        guard text.utf8.count < 4000, text.containsBytes(of: " amended"), let range = text.range(of: " amended") else {
            return false
        }
        let before = text[..<range.lowerBound].suffix(12)
        guard before.hasSuffix(" is") || before.hasSuffix(" are") || before.hasSuffix(" further") else { return false }
        let after = text[range.upperBound...].prefix(12).trimmingWhitespace
        return after.isEmpty || after.hasPrefix("—") || after.hasPrefix("-") || after.hasPrefix(":")
            || after.hasPrefix("by") || after.hasPrefix("as follows") || after.hasPrefix("to read")
            || after.hasPrefix("in ")
    }

    func pointsIntoAmendedText(_ citation: Citation) -> Bool {
        guard locations.contains(citation.location), let text = texts[citation.location] else { return false }
        return !CitationExtractor.namesThisInstrument(after: citation.offset + citation.length, in: text)
    }
}

extension Diagnostic.Message {
    fileprivate static func dangling(_ reference: String, _ problem: Diagnostic.Message) -> Self {
        Self(
            en: "\"\(reference)\" points nowhere: \(problem.text)",
            vi: "Dẫn chiếu \(VietnameseWording.quoted(reference)) không hợp lệ: \(problem.text(in: .vi))")
    }

    fileprivate static func danglingLink(_ reference: String, _ problem: Diagnostic.Message, anchor: String) -> Self {
        Self(
            en: "\"\(reference)\" points nowhere: \(problem.text); its link target \(anchor) does not exist either",
            vi: "Dẫn chiếu \(VietnameseWording.quoted(reference)) không hợp lệ: \(problem.text(in: .vi)); "
                + "đích liên kết \(VietnameseWording.quoted(anchor)) cũng không có")
    }

    fileprivate static func noAnchor(_ reference: String, _ anchor: String) -> Self {
        Self(
            en: "\"\(reference)\" points nowhere: the document has no element with id \(anchor)",
            vi: "Dẫn chiếu \(VietnameseWording.quoted(reference)) không hợp lệ: văn bản không có phần nào mang mã "
                + "định danh \(VietnameseWording.quoted(anchor))")
    }
}
