import Testing

@testable import RegLintCore

@Suite("Building the section tree from paragraphs")
struct SectionTreeBuilderTests {
    /// Builds a document from outline lines; `#` before a line gives it outline level 0 (a
    /// Heading 1 style), `##` level 1, and `!` makes it the Title.
    private func build(_ lines: [String]) -> (sections: [Section], language: Language, metadata: DocumentMetadata) {
        var builder = SectionTreeBuilder(file: "test.docx")
        for (index, line) in lines.enumerated() {
            var hints = ParagraphHints()
            var text = line
            if text.hasPrefix("## ") {
                hints.outlineLevel = 1
                text.removeFirst(3)
            } else if text.hasPrefix("# ") {
                hints.outlineLevel = 0
                text.removeFirst(2)
            } else if text.hasPrefix("! ") {
                hints.isTitle = true
                text.removeFirst(2)
            }
            let location = SourceLocation(file: "test.docx", paragraph: index + 1)
            builder.addParagraph(Paragraph(text: text, location: location), hints: hints)
        }
        return builder.finish()
    }

    private func outline(_ sections: [Section]) -> [String] {
        sections.flatMap(\.allSections).map { section in
            String(repeating: "  ", count: section.location.sectionPath.count - 1) + section.kind.rawValue + " "
                + section.location.sectionPath.joined(separator: " › ")
        }
    }

    @Test func vietnameseRegulation() throws {
        let built = build([
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 12/QC-SKHCN", "Hà Nội, ngày 15 tháng 9 năm 2022",
            "QUY CHẾ", "Làm việc của Sở Khoa học và Công nghệ",
            "Chương I", "QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định về chế độ làm việc.",
            "Điều 2. Nguyên tắc", "1. Làm việc theo chế độ thủ trưởng.", "2. Giải quyết công việc:",
            "a) Đúng thẩm quyền;", "đ) Công khai, minh bạch.",
            "Chương II. TỔ CHỨC THỰC HIỆN", "Điều 3. Hiệu lực thi hành", "Quy chế có hiệu lực từ ngày ký.",
        ])
        #expect(built.language == .vi)
        #expect(
            outline(built.sections) == [
                "preamble Preamble",
                "chapter Chương I",
                "  article Chương I › Điều 1",
                "  article Chương I › Điều 2",
                "    clause Chương I › Điều 2 › Khoản 1",
                "    clause Chương I › Điều 2 › Khoản 2",
                "      point Chương I › Điều 2 › Khoản 2 › Điểm a",
                "      point Chương I › Điều 2 › Khoản 2 › Điểm đ",
                "chapter Chương II",
                "  article Chương II › Điều 3",
            ])
        #expect(built.sections[1].heading == "QUY ĐỊNH CHUNG")
        #expect(built.sections[2].heading == "TỔ CHỨC THỰC HIỆN")
        #expect(built.metadata.number == "12/QC-SKHCN")
        #expect(built.metadata.issuer == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        #expect(built.metadata.title == "QUY CHẾ Làm việc của Sở Khoa học và Công nghệ")
        let signed = try #require(Day(year: 2022, month: 9, day: 15))
        #expect(built.metadata.dates == [DocumentDate(kind: "issued", day: signed)])
    }

    @Test func englishPolicyWithHeadingStyles() {
        let built = build([
            "! Information Security Policy", "Policy number: ISP-01", "Effective date: 1 March 2024",
            "# 1. Purpose", "This policy protects information.",
            "# 2. Access control", "## 2.1 Privileged access", "(a) separate accounts;", "(b) strong passwords.",
            "# Review", "The policy is reviewed yearly.",
        ])
        #expect(built.language == .en)
        #expect(
            outline(built.sections) == [
                "preamble Preamble",
                "section Section 1",
                "section Section 2",
                "  clause Section 2 › Clause 2.1",
                "    point Section 2 › Clause 2.1 › Point a",
                "    point Section 2 › Clause 2.1 › Point b",
                "section Review",
            ])
        #expect(built.metadata.title == "Information Security Policy")
        #expect(built.metadata.number == "ISP-01")
        #expect(built.metadata.dates.first?.kind == "effective")
    }

    @Test func numberedParagraphsInThePreambleStayParagraphs() {
        let built = build(["Căn cứ Luật Tổ chức chính quyền địa phương;", "1. Không phải khoản", "Điều 1. Phạm vi"])
        #expect(built.sections.first?.kind == .preamble)
        #expect(built.sections.first?.blocks.count == 2)
    }

    @Test func blocksCarryTheirSectionPath() throws {
        let built = build(["Điều 1. Phạm vi", "1. Khoản một có nội dung dài hơn một dòng."])
        let clause = try #require(built.sections.first?.children.first)
        #expect(clause.blocks.first?.location.sectionPath == ["Điều 1", "Khoản 1"])
    }

    @Test func vietnameseReportWithRomanParts() {
        let built = build([
            "BÁO CÁO", "Kết quả thực hiện Đề án 06 quý I năm 2026",
            "I. KẾT QUẢ CÁC MẶT CÔNG TÁC", "1. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
            "1.1. Công tác chỉ đạo của Tỉnh ủy", "- Tỉnh ủy đã ban hành Kế hoạch số 22-KH/TU.",
            "2. VỀ HOÀN THIỆN THỂ CHẾ", "- Rà soát, đơn giản hóa thủ tục hành chính.",
            "II. NHIỆM VỤ TRỌNG TÂM", "1. Tiếp tục triển khai Đề án 06", "I. Lĩnh vực: Việc làm (03 TTHC)",
            "Nơi nhận:", "- Như trên;", "TRƯỞNG BAN",
        ])
        #expect(
            outline(built.sections) == [
                "preamble Preamble",
                "part Phần I",
                "  section Phần I › Mục 1",
                "    clause Phần I › Mục 1 › Khoản 1.1",
                "  section Phần I › Mục 2",
                "part Phần II",
                "  section Phần II › Mục 1",
                "other Nơi nhận",
            ])
        #expect(
            built.sections.last?.blocks.map(\.paragraphs.first?.text) == ["Nơi nhận:", "- Như trên;", "TRƯỞNG BAN"])
    }

    @Test func decisionWithUntitledArticlesAndAnAttachedCharter() throws {
        let built = build([
            "QUYẾT ĐỊNH", "Phê duyệt Điều lệ Hiệp hội",
            "Điều 1. Phê duyệt Điều lệ của Hiệp hội ban hành kèm theo Quyết định này.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 2;", "CHỦ TỊCH",
            "ĐIỀU LỆ", "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Tên gọi",
        ])
        #expect(
            outline(built.sections) == [
                "preamble Preamble", "article Điều 1", "article Điều 2", "other Nơi nhận", "chapter Chương I",
                "  article Chương I › Điều 1",
            ])
        let first = try #require(built.sections.dropFirst().first)
        #expect(first.heading == nil)
        #expect(first.blocks.first?.paragraphs.first?.text.hasPrefix("Điều 1. Phê duyệt") == true)
    }

    @Test func unspacedLabelsAndStyledBullets() {
        let built = build(["Điều 1. Phạm vi", "1.Công nghệ thông tin", "2..Thông tin số", "# - Nhận xét, đánh giá:"])
        #expect(
            outline(built.sections) == [
                "article Điều 1", "  clause Điều 1 › Khoản 1", "  clause Điều 1 › Khoản 2",
            ])
    }

    @Test func planAttachedAfterTheLastArticle() {
        let built = build([
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền năm 2026 của tỉnh.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "KẾ HOẠCH", "Tuyên truyền năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NỘI DUNG",
        ])
        #expect(
            outline(built.sections) == [
                "article Điều 1", "article Điều 2", "other Other", "part Phần I", "  section Phần I › Mục 1",
                "part Phần II",
            ])
    }

    @Test func romanDivisionsOfAChapterAndLabelsTypedWithoutSpaces() {
        let built = build([
            "Chương I. XE Ô TÔ", "I. XE CHỞ NGƯỜI", "II. XE CHỞ HÀNG", "Chương II. XE MÁY",
            "Điều 5. Cơ sở hạ tầng", "1 Nhà nước có chính sách ưu tiên.", "2. Cơ quan quản lý:", "a)Lắp đặt máy tính;",
            "b) Phát triển đội ngũ.",
        ])
        #expect(
            outline(built.sections) == [
                "chapter Chương I", "  section Chương I › Mục I", "  section Chương I › Mục II", "chapter Chương II",
                "  article Chương II › Điều 5", "    clause Chương II › Điều 5 › Khoản 1",
                "    clause Chương II › Điều 5 › Khoản 2", "      point Chương II › Điều 5 › Khoản 2 › Điểm a",
                "      point Chương II › Điều 5 › Khoản 2 › Điểm b",
            ])
    }

    @Test func vietnameseHeadersOfLawsLettersAndDrafts() {
        let law = build([
            "QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Luật số: 24/2018/QH14", "LUẬT", "AN NINH MẠNG",
            "Điều 1. Phạm vi điều chỉnh",
        ])
        #expect(law.metadata.number == "24/2018/QH14")
        #expect(law.metadata.title == "LUẬT AN NINH MẠNG")
        let letter = build([
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: /UBND-NC", "V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS",
            "! CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi: Sở Khoa học và Công nghệ.",
        ])
        #expect(letter.metadata.number == "/UBND-NC")
        #expect(letter.metadata.title == "V/v triển khai thực hiện Công văn số 3653/VPCP-CĐS")
        let charter = build([
            "# CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐIỀU LỆ HIỆP HỘI THANH LONG", "Chương I", "Điều 1. Tên",
        ])
        #expect(charter.metadata.title == "ĐIỀU LỆ HIỆP HỘI THANH LONG")
        #expect(charter.sections.first?.kind == .preamble)
    }
}
