import Testing

@testable import RegLintCore

@Suite("Recognising headings from text")
struct HeadingRecognizerTests {
    @Test(arguments: [
        ("Điều 5. Phạm vi điều chỉnh", SectionKind.article, "Điều 5.", "Phạm vi điều chỉnh"),
        ("ĐIỀU 12. Hiệu lực thi hành", .article, "ĐIỀU 12.", "Hiệu lực thi hành"),
        ("Chương IV", .chapter, "Chương IV", ""),
        ("CHƯƠNG II. TỔ CHỨC THỰC HIỆN", .chapter, "CHƯƠNG II.", "TỔ CHỨC THỰC HIỆN"),
        ("Mục 2. CHẾ ĐỘ HỌP", .section, "Mục 2.", "CHẾ ĐỘ HỌP"),
        ("Phần thứ nhất", .part, "Phần thứ nhất", ""),
        ("PHỤ LỤC 02", .annex, "PHỤ LỤC 02", ""),
        ("Phụ lục số 01. Biểu mẫu", .annex, "Phụ lục số 01.", "Biểu mẫu"),
        ("Article 7 Definitions", .article, "Article 7", "Definitions"),
        ("Chapter 2: Access control", .chapter, "Chapter 2:", "Access control"),
        ("Section 12", .section, "Section 12", ""),
        ("Annex II", .annex, "Annex II", ""),
        ("Article 1 – Purpose", .article, "Article 1", "Purpose"),
        ("Chapter One Sovereignty of the people", .chapter, "Chapter One", "Sovereignty of the people"),
        ("Article 1er. Objet", .article, "Article 1er.", "Objet"),
    ])
    func keywordHeadings(text: String, kind: SectionKind, label: String, rest: String) throws {
        let match = try #require(HeadingRecognizer.match(text))
        guard case .keyword(let found, _, _) = match.shape else {
            Issue.record("expected a keyword heading, got \(match.shape)")
            return
        }
        #expect(found == kind)
        #expect(match.label == label)
        #expect(match.rest == rest)
    }

    @Test func numberedItems() throws {
        #expect(HeadingRecognizer.match("1. Quy chế này áp dụng")?.shape == .decimal(depth: 1, isTerminated: true))
        #expect(HeadingRecognizer.match("4.2 Privileged access")?.shape == .decimal(depth: 2, isTerminated: false))
        #expect(HeadingRecognizer.match("4.2.1. Passwords")?.shape == .decimal(depth: 3, isTerminated: true))
        #expect(HeadingRecognizer.match("a) Niêm yết tại trụ sở")?.shape == .letter("a"))
        #expect(HeadingRecognizer.match("đ) Bảo đảm công khai")?.shape == .letter("đ"))
        #expect(HeadingRecognizer.match("(b) all information systems")?.shape == .letter("b"))
        #expect(HeadingRecognizer.match("(iv) the fourth item")?.shape == .roman("iv"))
        #expect(HeadingRecognizer.match("(2) It applies to all")?.shape == .parenthesizedNumber)
    }

    /// Look-alikes that start like headings but are prose, figures or dates.
    @Test(arguments: [
        "Mục tiêu của Quy chế là bảo đảm công khai",
        "Điều kiện để được xét khen thưởng gồm:",
        "8.472.000 đồng là tổng dự toán năm 2023",
        "98,5% dự toán được giao",
        "2024 Annual report of the Company",
        "15/9/2022 là ngày ký",
        "Section 3 applies to all staff who work remotely.",
        "Part of the budget is reserved for training.",
        "Article 5 of the Regulation requires that personal data be processed lawfully.",
        "Điều 1. Phạm vi ............ 3",
        "(A) capital letters are not points",
        "1.5% of revenue",
        "Partially funded projects",
    ])
    func prose(text: String) {
        #expect(HeadingRecognizer.match(text) == nil)
    }

    @Test("Dot leaders are four whole dots: a dot carrying an accent is not one")
    func dotLeadersAreWholeCharacters() {
        #expect(HeadingRecognizer.match("Điều 1. Phạm vi .... 3") == nil)
        #expect(HeadingRecognizer.match("Điều 1. Phạm vi...\u{0301}. 3") != nil)
    }

    @Test func sectionNumberValues() {
        #expect(SectionNumber.value(of: "Số 12") == "12")
        #expect(SectionNumber.value(of: "thứ nhất") == "thứ nhất")
        #expect(SectionNumber.value(of: "Rule 7") == "7")
        #expect(SectionNumber.value(of: "Điều 5.") == "5")
        #expect(SectionNumber.value(of: "(a)") == "a")
        #expect(SectionNumber.value(of: "4.2.") == "4.2")
        #expect(SectionNumber.value(of: "Chương IV") == "IV")
        // ASCII labels, read byte by byte: keyword in any case, white space and punctuation.
        #expect(SectionNumber.value(of: "  ARTICLE 12a.\n") == "12a")
        #expect(SectionNumber.value(of: "Part\tII:") == "II")
        #expect(SectionNumber.value(of: "Parts 3") == "3")
        #expect(SectionNumber.value(of: "Schedule No (4)") == "4")
        #expect(SectionNumber.value(of: "Annex") == "")
        #expect(SectionNumber.value(of: "--(iv)--") == "iv")
        #expect(" 5.\r\n".trimmingWhitespace == "5.")
        #expect("5.\r\n"[...].trimmingWhitespace == "5.")
        #expect("a\u{0301} ".trimmingWhitespace == "a\u{0301}")
        #expect(SectionNumber.romanValue("XIV") == 14)
        #expect(SectionNumber.romanValue("abc") == nil)
        #expect(SectionNumber.roman(1994) == "MCMXCIV")
    }

    @Test func romanPartsOfReportsAndPlans() throws {
        let report = try #require(HeadingRecognizer.match("II. NHIỆM VỤ TRỌNG TÂM"))
        #expect(report.shape == .romanHeading("II"))
        #expect(report.label == "II.")
        #expect(report.rest == "NHIỆM VỤ TRỌNG TÂM")
        #expect(HeadingRecognizer.match("IV) Kinh phí")?.shape == .romanHeading("IV"))
        // Capital letters of a lettered list, and numbering-format test lines, are no parts.
        #expect(HeadingRecognizer.match("C. Schedule of prices")?.shape == nil)
        #expect(HeadingRecognizer.match("II. expect II")?.shape == nil)
    }

    @Test func typedLabelsWithoutTheirSpace() throws {
        #expect(HeadingRecognizer.match("1.Công nghệ thông tin")?.shape == .decimal(depth: 1, isTerminated: true))
        #expect(HeadingRecognizer.match("2..Thông tin số")?.label == "2..")
        #expect(HeadingRecognizer.match("d). Nội dung khác")?.shape == .letter("d"))
        #expect(HeadingRecognizer.match("đ. Nội dung khác")?.shape == .letter("đ"))
        #expect(HeadingRecognizer.match("1.5%") == nil)
        #expect(HeadingRecognizer.match("1.thấp") == nil)
    }

    @Test func languageOfFrenchAndVietnameseText() {
        var french = LanguageDetector()
        french.add("L'État garantit à chaque élève l'accès à l'école publique et à l'éducation générale.")
        #expect(french.language == .unknown)
        var vietnamese = LanguageDetector()
        vietnamese.add("Quy chế này quy định về chế độ làm việc của Sở Khoa học và Công nghệ.")
        #expect(vietnamese.language == .vi)
    }
}
