import Foundation
import RegLintCore

/// The total rows and columns of one table and the sums they state that do not add up.
struct TableTotals {
    /// A stated total that differs from the cells it totals.
    struct Mismatch {
        let row: Int
        let column: Int
        let stated: String
        let label: String
        /// What the total was compared with, printed: `4 + 12 + 1 + 2 = 19`.
        let arithmetic: String
        let isColumnTotal: Bool
        /// The header of the column (row totals) or the label of the row (column totals).
        let other: String
    }

    private enum RowRole: Equatable {
        case header
        case item
        /// A row that only names a group (one text cell across the table, or no figure at all).
        case heading
        /// A total: `exact` when its label is one of the total words alone, else a subtotal or a
        /// total with more words (`Cộng nhóm I`, `Subtotal`, `Total Part A`).
        case total(label: String, exact: Bool, checked: Bool)
    }

    private static let totalLabels: Set<String> = [
        "tong", "tong cong", "tong so", "cong", "total", "totals", "grand total", "sum", "tong cong chung",
    ]
    private static let grandLabels: Set<String> = ["tong cong", "grand total", "tong cong chung", "tong so"]
    /// Column headers of columns that are not added up: serial numbers, codes, years, dates
    /// (the whole header), and rates, unit prices, averages, limits (a phrase of it).
    private static let unsummedHeaders: Set<String> = [
        "stt", "tt", "số tt", "no", "no.", "#", "mã", "mã số", "code", "ref", "năm", "year", "ngày", "date",
        "mức", "điểm", "score", "index", "rank", "thứ tự", "số", "number",
    ]
    private static let unsummedPhrases = [
        "so thu tu", "ty le", "rate", "ratio", "don gia", "unit price", "unit cost", "price per", "binh quan",
        "average", "mean", "xep hang", "ky hieu", "so hieu", "dien thoai", "phone", "dinh muc", "muc chi", "he so",
        "coefficient", "percentage", "percent", "share", "chi so", "toi da", "maximum", "toi thieu", "minimum",
        "limit", "version", "phien ban", "nam sinh", "year of", "so hieu", "ma so",
    ]
    private static let roundingWords = [
        "trieu", "ty", "nghin", "ngan", "million", "millions", "billion", "thousand", "thousands", "bn",
    ]

    let grid: TableGrid
    let language: Language
    private var roles: [RowRole] = []
    private var figures: [[CellFigure]] = []
    /// Each column's header rows, folded (cells spanning the whole table left out).
    private var headerText: [String] = []
    /// Each column's lowest header cell.
    private var ownHeader: [String] = []

    init?(_ table: Table, documentLanguage: Language) {
        guard (3...1_000).contains(table.rows.count) else { return nil }
        grid = TableGrid(table)
        guard grid.width >= 2, grid.width <= 60 else { return nil }
        // The table's own convention: what its numbers show by themselves.
        var evidence = Set<Language>()
        for row in table.rows {
            for cell in row.cells { if let language = CellFigure.evidence(cell.text) { evidence.insert(language) } }
        }
        if evidence.count > 1 { return nil }
        language = evidence.first ?? documentLanguage
        figures = grid.slots.indices.map { row in
            (0..<grid.width).map { column in
                guard let slot = grid.slots[row][column] else { return .blank }
                if slot.isContinuation { return .blank }
                return CellFigure.read(grid.text(row, column), language: language)
            }
        }
        roles = grid.slots.indices.map(role(of:))
        // Header rows: the leading rows before the first row with a figure.
        for row in roles.indices {
            if roles[row] == .item, !isColumnIndexRow(row), !isYearRow(row),
                !table.rows[row].cells.allSatisfy(\.isHeader)
            {
                break
            }
            if case .total = roles[row] { break }
            roles[row] = .header
        }
        let headerRows = roles.indices.filter { roles[$0] == .header }
        headerText = (0..<grid.width).map { column in
            headerRows.filter { (grid.slots[$0][column]?.span ?? 0) < grid.width }.map { grid.text($0, column) }
                .joined(separator: " ").foldedForMatching
        }
        ownHeader = (0..<grid.width).map { column in
            headerRows.reversed().map { grid.text($0, column) }.first { !$0.isEmpty } ?? ""
        }
    }

    /// Every stated total that the cells it totals contradict.
    func mismatches() -> [Mismatch] {
        var found: [Mismatch] = []
        var seen = Set<[Int]>()
        for mismatch in rowTotalMismatches() + columnTotalMismatches()
        where seen.insert([mismatch.row, mismatch.column]).inserted {
            found.append(mismatch)
        }
        return found.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    // MARK: Rows

    private func role(of row: Int) -> RowRole {
        let numbers = figures[row].enumerated().filter { column, figure in
            if case .number = figure { return grid.slots[row][column]?.start == column && column > 0 }
            return false
        }
        guard !numbers.isEmpty else { return .heading }
        // The label: the first text among the first three cells, after an optional short marker.
        var texts: [String] = []
        var column = 0
        while column < min(grid.width, 4), texts.count < 2 {
            let text = grid.text(row, column)
            if !text.isEmpty, grid.slots[row][column]?.start == column { texts.append(text) }
            column += grid.slots[row][column]?.span ?? 1
        }
        for (position, text) in texts.enumerated() {
            if position == 1, !isMarker(texts[0]) { break }
            let folded = Self.label(text)
            // "Trong đó: nữ", "of which: women": a breakdown of the row above, not an item.
            if ["trong do", "of which", "in which", "including", "incl."].contains(where: { folded.hasPrefix($0) }) {
                return .heading
            }
            guard Self.leadsWithTotalWord(text) else { continue }
            if Self.totalLabels.contains(folded) {
                return .total(label: text, exact: true, checked: true)
            }
            let words = folded.split(separator: " ")
            if let first = words.first, ["subtotal", "sub-total"].contains(first) || folded.hasPrefix("sub total") {
                return .total(label: text, exact: false, checked: true)
            }
            if words.count >= 2, words.count <= 6, first(words) == "cong" {
                return .total(label: text, exact: false, checked: true)
            }
            if words.count >= 2, words.count <= 6, ["tong", "total", "totals"].contains(first(words)) {
                return .total(label: text, exact: false, checked: false)
            }
        }
        return .item
    }

    private func first(_ words: [Substring]) -> String { words.first.map(String.init) ?? "" }

    /// "Cộng" and "Tổng", not "Công khai" or "Tông": diacritics matter unless there are none.
    private static func leadsWithTotalWord(_ text: String) -> Bool {
        let firstWord = String(text.precomposed.lowercased().prefix { $0.isLetter })
        return ["tổng", "cộng", "total", "totals", "grand", "sum", "subtotal", "sub"].contains(firstWord)
            || (text.allSatisfy(\.isASCII) && ["tong", "cong"].contains(firstWord))
    }

    /// A label folded, without a trailing colon and a bracketed note: `Tổng cộng (I+II):` → `tong cong`.
    private static func label(_ text: String) -> String {
        var folded = text.foldedForMatching
        if let bracket = folded.firstIndex(of: "("), folded.last == ")" {
            folded = String(folded[..<bracket]).trimmingWhitespace
        }
        while let last = folded.last, last == ":" || last == "." || last == "*" { folded.removeLast() }
        return folded.trimmingWhitespace
    }

    /// A serial number or group marker: `I`, `1`, `A`, `1.2`, `a)`, `-`.
    private func isMarker(_ text: String) -> Bool {
        text.count <= 5 && !text.contains(" ") && text.allSatisfy { $0.isLetter || $0.isNumber || ".)-+*".contains($0) }
    }

    /// Level of a row in a hierarchical table, from its serial number: `I` → 0, `1` → 1,
    /// `1.1` → 2, `a` → 3, `-` → 4; `nil` when there is none.
    private func level(of row: Int) -> Int? {
        let text = grid.text(row, 0).trimmingCharacters(in: CharacterSet(charactersIn: ".) "))
        guard !text.isEmpty, text.count <= 6 else { return nil }
        if text.allSatisfy({ "IVXLC".contains($0) }) { return 0 }
        if text.count == 1, text.first?.isUppercase == true { return 0 }
        if text.allSatisfy(\.isNumber) { return 1 }
        if text.allSatisfy({ $0.isNumber || $0 == "." }) { return 1 + text.count { $0 == "." } }
        if text.count == 1, text.first?.isLowercase == true { return 4 }
        if ["-", "+", "*", "•", "–"].contains(text) { return 5 }
        return nil
    }

    /// A row `1 | 2 | 3 | 4` under the header numbering the columns.
    private func isColumnIndexRow(_ row: Int) -> Bool {
        let values = figures[row].enumerated().compactMap { column, figure -> Decimal? in
            guard grid.slots[row][column]?.start == column, case .number(let value, _, _) = figure else { return nil }
            return value
        }
        let filled = grid.table.rows[row].cells.count { !$0.text.isEmpty }
        guard values.count >= 3, values.count == filled else {
            return false
        }
        return zip(values, values.dropFirst()).allSatisfy { abs($1) - abs($0) == 1 }
    }

    /// A header row naming years: `Nội dung | 2022 | 2023`.
    private func isYearRow(_ row: Int) -> Bool {
        figures[row].allSatisfy { figure in
            guard case .number(let value, let digits, let printed) = figure else { return true }
            return digits == 0 && printed.count == 4 && value >= 1900 && value <= 2100
        }
    }

    private func isSummable(column: Int) -> Bool {
        let header = headerText[column]
        if header.containsBytes(of: "%") { return false }
        let words = " " + header.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") + " "
        if Self.unsummedPhrases.contains(where: { words.containsBytes(of: " \($0) ") }) { return false }
        var own = ownHeader[column].precomposed.lowercased().trimmingWhitespace
        while let last = own.last, last == ":" || last == "." { own.removeLast() }
        return !Self.unsummedHeaders.contains(own)
    }

    private func tolerance(column: Int, fractionDigits: Int, count: Int) -> Decimal {
        if fractionDigits > 0 {
            var unit = Decimal(1)
            for _ in 0..<fractionDigits { unit /= 10 }
            return unit * Decimal(count) / 2
        }
        let context =
            " "
            + headerText.joined(separator: " ").split(whereSeparator: { !$0.isLetter && $0 != "'" })
            .joined(separator: " ") + " "
        return Self.roundingWords.contains(where: { context.containsBytes(of: " \($0) ") }) ? 1 : 0
    }

    private func rowTotalMismatches() -> [Mismatch] {
        let totals = roles.indices.filter { if case .total = roles[$0] { return true } else { return false } }
        guard !totals.isEmpty, totals.count <= 50 else { return [] }
        var found: [Mismatch] = []
        for (position, row) in totals.enumerated() {
            guard case .total(let label, let exact, let checked) = roles[row], checked else { continue }
            let previousTotal = position > 0 ? totals[position - 1] : nil
            let itemsAbove = roles.indices.filter { $0 < row && roles[$0] == .item }
            var segment = roles.indices.filter { $0 < row && $0 > (previousTotal ?? -1) && roles[$0] == .item }
            var below = false
            if segment.isEmpty, exact, !itemsAbove.isEmpty {
                // A grand total right after the last subtotal.
                segment = itemsAbove
            } else if itemsAbove.isEmpty {
                // A total first, after the header: it totals the rows below it.
                let next = position + 1 < totals.count ? totals[position + 1] : roles.count
                segment = roles.indices.filter { $0 > row && $0 < next && roles[$0] == .item }
                below = true
            }
            let earlierTotals = Array(totals[..<position])
            for column in 1..<grid.width {
                guard let slot = grid.slots[row][column], slot.start == column, slot.span == 1,
                    case .number(let stated, let statedDigits, let printed) = figures[row][column],
                    isSummable(column: column)
                else { continue }
                guard
                    let parts = parts(of: segment, column: column),
                    parts.count(where: { $0.value != 0 }) >= 2
                else { continue }
                let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
                var candidates = [sum]
                if !below, let all = self.parts(of: itemsAbove, column: column) {
                    candidates.append(all.reduce(0) { $0 + $1.value })
                }
                var subtotalParts: [Part] = []
                if !below, !earlierTotals.isEmpty, exact,
                    let subtotals = self.parts(of: earlierTotals, column: column)
                {
                    subtotalParts = subtotals
                    candidates.append(subtotals.reduce(0) { $0 + $1.value })
                }
                candidates += levelSums(segment, column: column)
                if below {
                    // A total first, then its parts, then other breakdowns of the same total
                    // ("Tổng số 12; cán bộ 8, hợp đồng 4; nam 5, nữ 7").
                    var running = Decimal(0)
                    for part in parts {
                        running += part.value
                        candidates.append(running)
                    }
                }
                let digits = max(statedDigits, parts.map(\.fractionDigits).max() ?? 0)
                let allowed = tolerance(column: column, fractionDigits: digits, count: parts.count)
                if candidates.contains(where: { abs($0 - stated) <= allowed }) { continue }
                // Items that list each group and its members both add up to twice the total.
                if candidates.contains(where: { $0 == stated * 2 }) { continue }
                let shown =
                    subtotalParts.count >= 2 && Self.grandLabels.contains(Self.label(label)) ? subtotalParts : parts
                let shownSum = shown.reduce(Decimal(0)) { $0 + $1.value }
                found.append(
                    Mismatch(
                        row: row, column: column, stated: printed, label: label,
                        arithmetic: arithmetic(shown, sum: shownSum, digits: digits), isColumnTotal: false,
                        other: ownHeader[column]))
            }
        }
        return found
    }

    private struct Part {
        let value: Decimal
        let printed: String
        let fractionDigits: Int
    }

    /// The figures of `rows` in `column`, or `nil` when one of them is not a clean number.
    private func parts(of rows: [Int], column: Int) -> [Part]? {
        var parts: [Part] = []
        for row in rows {
            guard let slot = grid.slots[row][column] else { continue }
            if slot.isContinuation { continue }
            switch figures[row][column] {
            case .blank:
                continue
            case .number(let value, let digits, let printed):
                guard slot.span == 1 || slot.start != column else { return nil }
                if slot.start != column { continue }
                parts.append(Part(value: value, printed: printed, fractionDigits: digits))
            case .percent, .ambiguous, .text:
                // A heading spanning the figure columns is not a figure.
                if slot.start < column, roles[row] == .heading { continue }
                return nil
            }
        }
        return parts
    }

    /// Sums of a hierarchical table's rows level by level, and of its leaves, when its serial
    /// numbers show levels (`I`, `1`, `1.1`, `a`).
    private func levelSums(_ rows: [Int], column: Int) -> [Decimal] {
        let levels = rows.map(level(of:))
        let distinct = Set(levels.compactMap { $0 })
        guard distinct.count >= 2 || (distinct.count == 1 && levels.contains(nil)) else { return [] }
        var sums: [Decimal] = []
        func sum(_ selected: [Int]) -> Decimal? {
            parts(of: selected, column: column).map { $0.reduce(Decimal(0)) { $0 + $1.value } }
        }
        for target in Array(distinct) + [nil] as [Int?] {
            if let value = sum(zip(rows, levels).filter { $0.1 == target }.map(\.0)) { sums.append(value) }
        }
        // Leaves: rows not followed by a deeper row; and each top-level rows.
        var leaves: [Int] = []
        for (index, row) in rows.enumerated() {
            let here = levels[index] ?? 9
            let next = index + 1 < rows.count ? (levels[index + 1] ?? 9) : -1
            if next <= here { leaves.append(row) }
        }
        if let value = sum(leaves) { sums.append(value) }
        if let top = distinct.min(), let value = sum(zip(rows, levels).filter { $0.1 == top || $0.1 == nil }.map(\.0)) {
            sums.append(value)
        }
        return sums
    }

    private func arithmetic(_ parts: [Part], sum: Decimal, digits: Int) -> String {
        let shown = parts.count <= 12 ? parts.map(\.printed) : parts.prefix(11).map(\.printed) + ["…"]
        return shown.joined(separator: " + ").replacingOccurrences(of: "+ -", with: "− ") + " = "
            + printed(sum, fractionDigits: digits, language: language)
    }

    // MARK: Columns

    /// A column headed `Tổng`/`Total` whose cells are the sums of the columns beside it, when
    /// the table itself shows which ones: most rows add up one way and no other way fits.
    private func columnTotalMismatches() -> [Mismatch] {
        var found: [Mismatch] = []
        let body = roles.indices.filter { roles[$0] != .header && roles[$0] != .heading }
        guard body.count >= 3 else { return [] }
        let headerRows = roles.indices.filter { roles[$0] == .header }
        for column in 1..<grid.width {
            // The column's own header cell (the lowest header cell starting at it) names a total.
            guard
                let headerRow = headerRows.last(where: {
                    grid.slots[$0][column]?.start == column && grid.slots[$0][column]?.span == 1
                        && !grid.text($0, column).isEmpty
                }),
                Self.leadsWithTotalWord(grid.text(headerRow, column)),
                Self.totalLabels.contains(Self.label(grid.text(headerRow, column)))
            else { continue }
            struct Reading {
                let columns: [Int]
                var matches: [Int] = []
                var misses: [(row: Int, parts: [Part], sum: Decimal, digits: Int)] = []
            }
            var readings: [Reading] = []
            for side in [-1, 1] {
                var run: [Int] = []
                var next = column + side
                while next >= 1, next < grid.width, run.count < 12, isSummable(column: next),
                    body.allSatisfy({ isFigureOrBlank($0, next) })
                {
                    run.append(next)
                    next += side
                }
                guard run.count >= 2 else { continue }
                for length in 2...run.count {
                    var reading = Reading(columns: Array(run.prefix(length)))
                    for row in body {
                        guard case .number(let stated, let statedDigits, _) = figures[row][column],
                            grid.slots[row][column]?.start == column
                        else { continue }
                        let parts = reading.columns.sorted().compactMap { part -> Part? in
                            guard grid.slots[row][part]?.start == part, grid.slots[row][part]?.span == 1,
                                case .number(let value, let digits, let printed) = figures[row][part]
                            else { return nil }
                            return Part(value: value, printed: printed, fractionDigits: digits)
                        }
                        guard parts.count >= 2 else { continue }
                        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
                        let digits = max(statedDigits, parts.map(\.fractionDigits).max() ?? 0)
                        if abs(sum - stated) <= tolerance(column: column, fractionDigits: digits, count: parts.count) {
                            reading.matches.append(row)
                        } else {
                            reading.misses.append((row, parts, sum, digits))
                        }
                    }
                    readings.append(reading)
                }
            }
            let convincing = readings.filter { $0.matches.count >= 2 && $0.misses.count < $0.matches.count }
            guard convincing.count == 1, let reading = convincing.first else { continue }
            for miss in reading.misses {
                guard case .number(_, _, let printed) = figures[miss.row][column] else { continue }
                found.append(
                    Mismatch(
                        row: miss.row, column: column, stated: printed, label: grid.text(headerRow, column),
                        arithmetic: arithmetic(miss.parts, sum: miss.sum, digits: miss.digits), isColumnTotal: true,
                        other: rowLabel(miss.row)))
            }
        }
        return found
    }

    /// The first words of a row, for naming it.
    private func rowLabel(_ row: Int) -> String {
        (0..<grid.width).map { grid.text(row, $0) }.first { !$0.isEmpty && !isMarker($0) } ?? ""
    }

    private func isFigureOrBlank(_ row: Int, _ column: Int) -> Bool {
        switch figures[row][column] {
        case .number, .blank:
            return grid.slots[row][column]?.span == 1 || grid.slots[row][column]?.isContinuation == true
        default: return false
        }
    }
}
