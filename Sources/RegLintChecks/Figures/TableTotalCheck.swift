import RegLintCore

/// `figures/table-total`: a table's total row or column differs from the sum of its cells.
struct TableTotalCheck: Check {
    static let description = CheckDescription(
        id: "figures/table-total",
        name: "Table total",
        summary: "A table's total row or column differs from the sum of the cells it totals",
        rationale: """
            A budget, a staffing table or a statistics annex ends with a total that readers copy \
            into decisions; when a figure above it was corrected and the total was not, the table \
            contradicts itself. A total row is one whose label reads Tổng, Tổng cộng, Tổng số, \
            Cộng, Total, Grand total or Sum (case and diacritics ignored, a trailing colon or a \
            bracketed note such as `(I+II)` allowed); it totals the rows since the previous total, \
            or the rows below it when it comes first after the header. Subtotal rows (`Cộng nhóm \
            I`, `Subtotal`, an earlier `Cộng`) are checked against their own rows and are not \
            counted again in the grand total, which may equal either the sum of all rows or the \
            sum of the subtotals. Columns are aligned on the table's grid, so merged header cells \
            and cells spanning columns keep the figures in place. A column is added up only when \
            every cell in it is a clean number (a unit such as `đồng`, a currency sign, spaces \
            between thousands are fine) or blank; a column of percentages, serial numbers (STT, \
            TT, No.), codes, years, rates, unit prices or averages, a cell whose number reads \
            differently in Vietnamese and English with nothing to tell them apart, or a table \
            whose numbers show both conventions is left alone. In a hierarchical table whose \
            serial numbers show levels (I, 1, 1.1, a) the total may equal any level's sum. A \
            column headed Tổng or Total is checked only when most rows show which columns it adds \
            up and no other reading fits. Figures with decimals, and tables in thousands or \
            millions, allow for rounding.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            Example(
                """
                Table 1 – Review schedule
                | Activity | Reviews per year |
                | Policy review | 4 |
                | Access review | 12 |
                | Audit | 1 |
                | Test | 2 |
                | Total | ↓20 |
                """,
                expecting: ["4 \\+ 12 \\+ 1 \\+ 2 = 19, stated 20"]),
            Example(
                """
                Biểu số 02. Dự toán khoán văn phòng phẩm
                | STT | Bộ phận | Số người | Thành tiền (đồng) |
                | 1 | Văn phòng | 2 | 2.400.000 |
                | 2 | Phòng Ứng dụng | 4 | 2.880.000 |
                | 3 | Phòng Thông tin | 3 | 1.800.000 |
                | | Tổng cộng | 9 | ↓7.080.001 |
                """,
                expecting: ["2.400.000 \\+ 2.880.000 \\+ 1.800.000 = 7.080.000, stated 7.080.001"]),
            // Subtotal rows and a grand total: the grand total is compared with the subtotals.
            Example(
                """
                | STT | Nội dung | Số tiền |
                | 1 | Lương | 300 |
                | 2 | Phụ cấp | 200 |
                | | Cộng nhóm I | 500 |
                | 3 | Điện | 50 |
                | 4 | Nước | 30 |
                | | Cộng nhóm II | ↓90 |
                | | Tổng cộng | 590 |
                """,
                expecting: ["50 \\+ 30 = 80, stated 90"]),
        ],
        nonTriggeringExamples: [
            Example(
                """
                | Activity | Reviews per year |
                | Policy review | 4 |
                | Access review | 12 |
                | Total | 16 |
                """),
            // The total first, after the header.
            Example(
                """
                | Chỉ tiêu | Số lượng |
                | Tổng số | 390 |
                | Thuộc thẩm quyền | 386 |
                | Chuyển cơ quan khác | 3 |
                | Lưu | 1 |
                """),
            // A total first, its parts, then another breakdown of the same total.
            Example(
                """
                | Chỉ tiêu | Số người |
                | Tổng số | 12 |
                | Công chức | 8 |
                | Hợp đồng lao động | 4 |
                | Nam | 5 |
                | Nữ | 7 |
                """),
            // Group rows (I, II) carry their members' sums; the total adds the groups.
            Example(
                """
                | STT | Nội dung | Dự toán |
                | I | Chi thường xuyên | 500 |
                | 1 | Lương | 300 |
                | 2 | Phụ cấp | 200 |
                | II | Chi không thường xuyên | 80 |
                | 1 | Mua sắm | 80 |
                | | Tổng cộng | 580 |
                """),
            // Percentages, serial numbers, unit prices and years are not added up.
            Example(
                """
                | STT | Năm | Đơn giá | Tỷ lệ |
                | 1 | 2021 | 20.000 | 40% |
                | 2 | 2022 | 25.000 | 60% |
                | | Cộng | 30.000 | 100% |
                """),
            // A cell that is not a clean number leaves the column unchecked.
            Example(
                """
                | Item | Cost |
                | Licences | 1,200 |
                | Support | see Annex 2 |
                | Total | 5,000 |
                """),
            // Document numbers, years and telephone numbers are not quantities.
            Example(
                """
                | STT | Văn bản | Số hiệu | Năm | Số trang |
                | 1 | Nghị định | 04/2015/NĐ-CP | 2015 | 12 |
                | 2 | Nghị định | 59/2023/NĐ-CP | 2023 | 30 |
                | | Cộng | | 4038 | 42 |
                """),
            Example(
                """
                | Unit | Telephone | Staff |
                | Finance | 024 3825 1234 | 5 |
                | Legal | 024 3825 5678 | 3 |
                | Total | 024 3825 0000 | 8 |
                """),
            // Rounded figures with decimals.
            Example(
                """
                | Khoản | Tỷ đồng |
                | Đầu tư | 1,33 |
                | Thường xuyên | 1,33 |
                | Dự phòng | 1,33 |
                | Tổng | 4,00 |
                """),
            // A column numbering row under the header, then a total column that adds its row.
            Example(
                """
                | Đơn vị | Nam | Nữ | Tổng số |
                | (1) | (2) | (3) | (4) |
                | Phòng A | 3 | 4 | 7 |
                | Phòng B | 5 | 1 | 6 |
                | Phòng C | 2 | 2 | 4 |
                """),
        ],
        vietnamese: .init(
            name: "Dòng tổng của bảng",
            summary: "Dòng hoặc cột tổng của bảng khác với tổng các ô mà nó cộng",
            rationale: """
                Bảng dự toán, bảng biên chế hay phụ lục thống kê thường kết thúc bằng một dòng tổng mà người \
                đọc chép vào quyết định; khi một số ở trên đã được sửa mà dòng tổng thì không, bảng tự mâu \
                thuẫn. Dòng tổng là dòng có nhãn Tổng, Tổng cộng, Tổng số, Cộng, Total, Grand total hoặc Sum \
                (không phân biệt chữ hoa, chữ thường và dấu; cho phép dấu hai chấm ở cuối hoặc ghi chú trong \
                ngoặc như `(I+II)`); dòng tổng cộng các dòng kể từ dòng tổng trước đó, hoặc các dòng bên dưới \
                khi nó đứng ngay sau dòng tiêu đề. Dòng cộng nhóm (`Cộng nhóm I`, `Subtotal`, một dòng `Cộng` \
                trước đó) được đối chiếu với các dòng của chính nó và không bị cộng lần nữa vào tổng chung; \
                tổng chung có thể bằng tổng mọi dòng hoặc bằng tổng các dòng cộng nhóm. Các cột được căn theo \
                lưới của bảng, nên ô tiêu đề gộp và ô trải nhiều cột vẫn giữ đúng vị trí của số liệu. Một cột \
                chỉ được cộng khi mọi ô của nó là số rõ ràng (đơn vị như `đồng`, ký hiệu tiền tệ, dấu cách giữa \
                các nhóm nghìn đều được) hoặc để trống; cột tỷ lệ phần trăm, số thứ tự (STT, TT, No.), mã số, \
                năm, tỷ lệ, đơn giá hay bình quân, ô có số đọc khác nhau theo quy ước tiếng Việt và tiếng Anh \
                mà không có gì để phân biệt, hoặc bảng có số viết theo cả hai quy ước thì được bỏ qua. Trong \
                bảng phân cấp có số thứ tự thể hiện cấp (I, 1, 1.1, a), tổng có thể bằng tổng của bất kỳ cấp \
                nào. Cột có tiêu đề Tổng hoặc Total chỉ được kiểm tra khi phần lớn các dòng cho thấy nó cộng \
                những cột nào và không có cách hiểu nào khác. Số có phần thập phân, và bảng tính bằng nghìn \
                hay triệu, được phép sai số do làm tròn.
                """)
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        let language = context.language == .unknown ? document.language : context.language
        var diagnostics: [Diagnostic] = []
        for entry in context.facts(of: document).sections where !entry.isQuoted {
            for block in entry.section.blocks {
                guard case .table(let table) = block, let totals = TableTotals(table, documentLanguage: language)
                else { continue }
                for mismatch in totals.mismatches() {
                    guard let cell = totals.grid.cell(mismatch.row, mismatch.column),
                        let paragraph = cell.paragraphs.first(where: {
                            $0.text.contains(mismatch.stated.trimmingCharacters(in: ["-"]))
                        })
                            ?? cell.paragraphs.first
                    else { continue }
                    let (excerpt, range) = excerpt(of: mismatch.stated, in: paragraph.text)
                    diagnostics.append(
                        Diagnostic(
                            message: .tableTotal(mismatch),
                            location: paragraph.location, excerpt: excerpt, range: range))
                }
            }
        }
        return diagnostics
    }

    /// The stated figure as printed in the cell, from its first digit to the end of the cell,
    /// and where it lies in the cell's text.
    private func excerpt(of stated: String, in text: String) -> (String, TextRange?) {
        let start =
            text.firstIndex(where: {
                $0.isNumber || $0 == "(" || $0 == "-" || $0 == "$" || $0 == "£" || $0 == "€"
            }) ?? text.firstIndex(where: { !$0.isWhitespace }) ?? text.endIndex
        var end = text.endIndex
        while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        return (String(text[start..<end]), TextRange(start..<end, in: text))
    }
}

extension Diagnostic.Message {
    /// "The “Total” row does not add up in the column “Budget”: 4 + 12 = 16, stated 20".
    fileprivate static func tableTotal(_ mismatch: TableTotals.Mismatch) -> Self {
        let other = mismatch.other.count > 60 ? String(mismatch.other.prefix(59)) + "…" : mismatch.other
        let what =
            mismatch.isColumnTotal
            ? "The “\(mismatch.label)” column does not add up" + (other.isEmpty ? "" : " in the row “\(other)”")
            : "The “\(mismatch.label)” row does not add up" + (other.isEmpty ? "" : " in the column “\(other)”")
        let whatVietnamese =
            mismatch.isColumnTotal
            ? "Cột \(VietnameseWording.quoted(mismatch.label)) không bằng tổng các cột thành phần"
                + (other.isEmpty ? "" : " ở dòng \(VietnameseWording.quoted(other))")
            : "Dòng \(VietnameseWording.quoted(mismatch.label)) không bằng tổng các dòng thành phần"
                + (other.isEmpty ? "" : " ở cột \(VietnameseWording.quoted(other))")
        return Self(
            en: "\(what): \(mismatch.arithmetic), stated \(mismatch.stated)",
            vi: "\(whatVietnamese): \(mismatch.arithmetic), nhưng bảng ghi \(mismatch.stated)")
    }
}
