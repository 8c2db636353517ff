import RegLintCore
import Testing

@testable import RegLintChecks

/// `figures/table-total` on tables that outlines cannot write: merged header cells, vertical
/// merges, subtotal rows and total columns, shaped like the tables of real reports and budgets.
@Suite("figures/table-total on real-shaped tables")
struct FiguresTableTotalTests {
    /// A cell; `span` columns wide, `header` for Word's repeated header rows.
    private func cell(_ text: String, span: Int = 1, rowSpan: Int = 1, continued: Bool = false, row: Int)
        -> TableCell
    {
        TableCell(
            paragraphs: [Paragraph(text: text, location: SourceLocation(file: "t.docx", paragraph: row))],
            columnSpan: span, rowSpan: rowSpan, isMergedContinuation: continued)
    }

    private func table(_ rows: [[TableCell]]) -> Table {
        Table(rows: rows.map(TableRow.init(cells:)), location: SourceLocation(file: "t.docx", paragraph: 1))
    }

    private func findings(_ table: Table, language: Language = .vi) throws -> [Diagnostic] {
        let document = Document(
            path: "t.docx", format: .docx, language: language, metadata: DocumentMetadata(),
            sections: [
                Section(
                    kind: .preamble, blocks: [.table(table)], location: SourceLocation(file: "t.docx", paragraph: 1))
            ])
        let context = CheckContext(asOf: try #require(Day(year: 2026, month: 1, day: 1)), language: language)
        return TableTotalCheck(options: NoOptions()).diagnostics(in: document, context: context)
    }

    /// A two-row header whose "Kinh phí" cell spans two columns: the grid keeps "Năm 2023" in
    /// the third column, so the wrong total there is found and the right one beside it is not.
    @Test func mergedHeaderCellsKeepColumnsAligned() throws {
        let rows: [[TableCell]] = [
            [cell("STT", rowSpan: 2, row: 1), cell("Đơn vị", rowSpan: 2, row: 1), cell("Kinh phí", span: 2, row: 1)],
            [
                cell("", continued: true, row: 2), cell("", continued: true, row: 2), cell("Năm 2022", row: 2),
                cell("Năm 2023", row: 2),
            ],
            [cell("1", row: 3), cell("Văn phòng", row: 3), cell("1.200.000", row: 3), cell("1.500.000", row: 3)],
            [cell("2", row: 4), cell("Phòng A", row: 4), cell("800.000", row: 4), cell("900.000", row: 4)],
            [cell("Tổng cộng", span: 2, row: 5), cell("2.000.000", row: 5), cell("2.500.000", row: 5)],
        ]
        let found = try findings(table(rows))
        #expect(
            found.map(\.message.text) == [
                "The “Tổng cộng” row does not add up in the column “Năm 2023”: 1.500.000 + 900.000 = 2.400.000, stated 2.500.000"
            ])
        #expect(found.first?.excerpt == "2.500.000")
        #expect(found.first?.location.paragraph == 5)
    }

    /// Subtotals are checked against their own rows and the grand total against the subtotals,
    /// never counting a row twice.
    @Test func subtotalRowsAreNotCountedTwice() throws {
        let rows: [[TableCell]] = [
            [cell("STT", row: 1), cell("Nội dung", row: 1), cell("Số tiền", row: 1)],
            [cell("1", row: 2), cell("Lương", row: 2), cell("300", row: 2)],
            [cell("2", row: 3), cell("Phụ cấp", row: 3), cell("200", row: 3)],
            [cell("", row: 4), cell("Cộng nhóm I", row: 4), cell("500", row: 4)],
            [cell("3", row: 5), cell("Điện", row: 5), cell("50", row: 5)],
            [cell("4", row: 6), cell("Nước", row: 6), cell("30", row: 6)],
            [cell("", row: 7), cell("Cộng nhóm II", row: 7), cell("80", row: 7)],
            [cell("", row: 8), cell("Tổng cộng", row: 8), cell("590", row: 8)],
        ]
        let found = try findings(table(rows))
        #expect(
            found.map(\.message.text) == [
                "The “Tổng cộng” row does not add up in the column “Số tiền”: 500 + 80 = 580, stated 590"
            ])
        var fixed = rows
        fixed[7][2] = cell("580", row: 8)
        #expect(try findings(table(fixed)).isEmpty)
    }

    /// A figure merged over two rows is counted once.
    @Test func verticallyMergedFigureCountsOnce() throws {
        let rows: [[TableCell]] = [
            [cell("Item", row: 1), cell("Part", row: 1), cell("Cost", row: 1)],
            [cell("Servers", row: 2), cell("Rack", row: 2), cell("1,000", rowSpan: 2, row: 2)],
            [cell("Servers", row: 3), cell("Disks", row: 3), cell("", continued: true, row: 3)],
            [cell("Licences", row: 4), cell("-", row: 4), cell("250", row: 4)],
            [cell("Total", row: 5), cell("", row: 5), cell("1,250", row: 5)],
        ]
        #expect(try findings(table(rows), language: .en).isEmpty)
    }

    /// A "Tổng số" column before its parts ("Trong đó: Nam, Nữ") is checked once the table shows
    /// that it adds them up; the one row that does not is found.
    @Test func totalColumnBeforeItsParts() throws {
        let rows: [[TableCell]] = [
            [
                cell("Đơn vị", rowSpan: 2, row: 1), cell("Tổng số", rowSpan: 2, row: 1),
                cell("Trong đó", span: 2, row: 1),
            ],
            [
                cell("", continued: true, row: 2), cell("", continued: true, row: 2), cell("Nam", row: 2),
                cell("Nữ", row: 2),
            ],
            [cell("Phòng A", row: 3), cell("7", row: 3), cell("3", row: 3), cell("4", row: 3)],
            [cell("Phòng B", row: 4), cell("6", row: 4), cell("5", row: 4), cell("1", row: 4)],
            [cell("Phòng C", row: 5), cell("5", row: 5), cell("2", row: 5), cell("2", row: 5)],
        ]
        let found = try findings(table(rows))
        #expect(
            found.map(\.message.text) == [
                "The “Tổng số” column does not add up in the row “Phòng C”: 2 + 2 = 4, stated 5"
            ])
    }

    /// Numbers that show both conventions in one table, or that cannot be read without knowing
    /// the language, leave the table alone.
    @Test func ambiguousOrMixedNumbersAreLeftAlone() throws {
        let mixed: [[TableCell]] = [
            [cell("Item", row: 1), cell("Amount", row: 1)],
            [cell("A", row: 2), cell("1.234.567", row: 2)],
            [cell("B", row: 3), cell("2,500,000", row: 3)],
            [cell("Total", row: 4), cell("9", row: 4)],
        ]
        #expect(try findings(table(mixed)).isEmpty)
        let ambiguous: [[TableCell]] = [
            [cell("Item", row: 1), cell("Amount", row: 1)],
            [cell("A", row: 2), cell("1.234", row: 2)],
            [cell("B", row: 3), cell("2.500", row: 3)],
            [cell("Total", row: 4), cell("9", row: 4)],
        ]
        #expect(try findings(table(ambiguous), language: .unknown).isEmpty)
    }

    /// "Công khai" folds to the same letters as "Cộng" but is not a total.
    @Test func wordsThatFoldLikeTotalsAreNotTotals() throws {
        let rows: [[TableCell]] = [
            [cell("Chỉ số", row: 1), cell("Điểm", row: 1), cell("Điểm tối đa", row: 1)],
            [cell("Công khai minh bạch", row: 2), cell("15,38", row: 2), cell("20", row: 2)],
            [cell("Trách nhiệm giải trình", row: 3), cell("4,32", row: 3), cell("10", row: 3)],
            [cell("Công tác tuyên truyền", row: 4), cell("1,50", row: 4), cell("2", row: 4)],
        ]
        #expect(try findings(table(rows)).isEmpty)
    }

    /// The corpus's consistent budget table gives nothing; changing any one of its figures gives
    /// exactly one finding, in the column of the changed figure.
    @Test func changingOneFigureGivesExactlyOneFinding() throws {
        let figures = [["2", "2.400.000"], ["4", "2.880.000"], ["3", "1.800.000"], ["2", "1.392.000"]]
        func rows(_ figures: [[String]]) -> [[TableCell]] {
            [
                [
                    cell("STT", row: 1), cell("Bộ phận", row: 1), cell("Số người", row: 1),
                    cell("Thành tiền (đồng)", row: 1),
                ]
            ]
                + figures.enumerated().map { index, pair in
                    [
                        cell("\(index + 1)", row: index + 2), cell("Bộ phận \(index + 1)", row: index + 2),
                        cell(pair[0], row: index + 2), cell(pair[1], row: index + 2),
                    ]
                }
                + [[cell("", row: 9), cell("Tổng cộng", row: 9), cell("11", row: 9), cell("8.472.000", row: 9)]]
        }
        #expect(try findings(table(rows(figures))).isEmpty)
        for row in figures.indices {
            for column in 0..<2 {
                var changed = figures
                changed[row][column] = column == 0 ? "5" : "2.500.000"
                let found = try findings(table(rows(changed)))
                #expect(found.count == 1, "row \(row), column \(column): \(found.map(\.message.text))")
                #expect(found.first?.excerpt == (column == 0 ? "11" : "8.472.000"))
            }
        }
    }

    /// A malformed span (a billion columns) is clipped, not walked; a table that wide is not
    /// checked.
    @Test func hugeSpansAreClipped() throws {
        let rows: [[TableCell]] = [
            [cell("Item", row: 1), cell("Cost", span: 1_000_000_000, row: 1)],
            [cell("A", row: 2), cell("1", row: 2)],
            [cell("B", row: 3), cell("2", row: 3)],
            [cell("Total", row: 4), cell("4", row: 4)],
        ]
        #expect(try findings(table(rows), language: .en).isEmpty)
    }

    @Test func cellsWithUnitsAndSpacesAreRead() {
        #expect(
            CellFigure.read("2.400.000 đồng", language: .vi)
                == .number(2_400_000, fractionDigits: 0, printed: "2.400.000"))
        #expect(
            CellFigure.read("1 234 567", language: .en) == .number(1_234_567, fractionDigits: 0, printed: "1 234 567"))
        #expect(CellFigure.read("£1,200", language: .en) == .number(1_200, fractionDigits: 0, printed: "1,200"))
        #expect(CellFigure.read("(350)", language: .en) == .number(-350, fractionDigits: 0, printed: "-350"))
        #expect(CellFigure.read("98,5%", language: .vi) == .percent)
        #expect(CellFigure.read("8.472", language: .unknown) == .ambiguous)
        #expect(CellFigure.read("04/2015/NĐ-CP", language: .vi) == .text)
        #expect(CellFigure.read("see Annex 2", language: .en) == .text)
        #expect(CellFigure.read("–", language: .vi) == .blank)
    }
}
