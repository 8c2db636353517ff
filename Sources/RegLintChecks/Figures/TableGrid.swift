import Foundation
import RegLintCore

/// A table laid out on its grid, so that cells line up by column even when some span several
/// columns, and the figure each cell holds.
struct TableGrid {
    /// The cell covering one grid position.
    struct Slot {
        /// Index of the cell in its row.
        let cell: Int
        /// First grid column of the cell.
        let start: Int
        let span: Int
        /// The cell is covered by a vertical merge from the row above.
        let isContinuation: Bool
    }

    let table: Table
    /// `slots[row][column]`, `nil` past the end of a short row.
    let slots: [[Slot?]]
    let width: Int

    init(_ table: Table) {
        self.table = table
        let width = min(table.rows.map { $0.cells.reduce(0) { $0 + min(max(1, $1.columnSpan), 200) } }.max() ?? 0, 200)
        self.width = width
        slots = table.rows.map { row in
            var line = [Slot?](repeating: nil, count: width)
            var column = 0
            for (index, cell) in row.cells.enumerated() {
                guard column < width else { break }
                let span = min(max(1, cell.columnSpan), width)
                for offset in 0..<span where column + offset < width {
                    line[column + offset] = Slot(
                        cell: index, start: column, span: span, isContinuation: cell.isMergedContinuation)
                }
                column += span
            }
            return line
        }
    }

    func cell(_ row: Int, _ column: Int) -> TableCell? {
        guard let slot = slots[row][column] else { return nil }
        return table.rows[row].cells[slot.cell]
    }

    /// The cell's text, empty for vertical-merge continuations.
    func text(_ row: Int, _ column: Int) -> String {
        guard let slot = slots[row][column], !slot.isContinuation else { return "" }
        return table.rows[row].cells[slot.cell].text.collapsingWhitespace
    }
}

/// What a table cell holds, for adding up.
enum CellFigure: Equatable {
    /// Nothing, or a dash standing for nothing.
    case blank
    /// A number, with the text as printed.
    case number(Decimal, fractionDigits: Int, printed: String)
    /// A percentage, a rate: never summed.
    case percent
    /// A number that reads differently in Vietnamese and English, with no way to tell.
    case ambiguous
    /// Words, codes, anything else.
    case text

    /// Reads a cell: an optional sign or accounting brackets, an optional currency sign, digits
    /// grouped by `.`, `,` or spaces, and an optional unit word (`2.400.000 đồng`, `£1,200`,
    /// `(350)`, `1 234 567`).
    static func read(_ raw: String, language: Language) -> CellFigure {
        let text = raw.trimmingWhitespace
        if text.isEmpty || ["-", "–", "—", "x", "X", "…", "...", "./.", "0"].contains(text) {
            return text == "0" ? .number(0, fractionDigits: 0, printed: "0") : .blank
        }
        if text.contains("%") || text.contains("‰") { return .percent }
        guard text.count <= 40 else { return .text }
        var characters = Substring(text)
        var negative = false
        if characters.first == "(", characters.last == ")" {
            negative = true
            characters = characters.dropFirst().dropLast()
        }
        if let first = characters.first, first == "-" || first == "−" {
            negative = true
            characters = characters.dropFirst()
        }
        // A currency sign or code before the digits.
        for prefix in ["US$", "$", "£", "€", "¥", "VND", "VNĐ", "USD", "EUR", "GBP", "R"]
        where characters.hasPrefix(prefix) {
            characters = characters.dropFirst(prefix.count).drop(while: \.isWhitespace)
            break
        }
        guard characters.first?.isASCIIDigit == true else { return .text }
        // Digits, separators and spaces between three-digit groups.
        var core = ""
        var index = characters.startIndex
        while index < characters.endIndex {
            let character = characters[index]
            if character.isASCIIDigit || character == "." || character == "," {
                core.append(character)
            } else if character == " " || character == "\u{00A0}" || character == "\u{202F}" {
                let rest = characters[characters.index(after: index)...]
                let group = rest.prefix(while: \.isASCIIDigit)
                guard group.count == 3, core.last?.isASCIIDigit == true else { break }
                core.append("\u{2009}")  // a space between groups, removed below
            } else {
                break
            }
            index = characters.index(after: index)
        }
        let unit = String(characters[index...]).trimmingWhitespace
        guard isUnit(Substring(unit)) else { return .text }
        let printed = String(characters[..<index]).trimmingWhitespace
        var digits = core
        if core.contains("\u{2009}") {
            let groups = core.split(separator: "\u{2009}")
            guard let first = groups.first, (1...3).contains(first.count), first.allSatisfy(\.isASCIIDigit)
            else { return .text }
            digits = groups.joined()
        }
        guard let literal = NumberLiteral.parse(digits, language: language) else {
            return NumberLiteral.parse(digits, language: .vi) == nil
                && NumberLiteral.parse(digits, language: .en) == nil
                ? .text : .ambiguous
        }
        return .number(
            negative ? -literal.value : literal.value, fractionDigits: literal.fractionDigits,
            printed: (negative ? "-" : "") + printed)
    }

    /// The convention a cell's number shows by itself (`1.234.567`, `98,5`), if any.
    static func evidence(_ raw: String) -> Language? {
        // The number alone: without sign, brackets, currency, percent sign or unit words.
        let core = raw.trimmingWhitespace
            .drop { !$0.isASCIIDigit && ($0 == "-" || $0 == "(" || $0 == "−" || $0.isCurrencySymbol || $0.isLetter) }
            .reversed().drop { !$0.isASCIIDigit }.reversed()
        guard !core.isEmpty, core.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }) else { return nil }
        return NumberLiteral.parse(String(core), language: .unknown)?.evidence
    }

    /// A short unit after a number: `đồng`, `người`, `triệu đồng`, `VND`, `m2`, `/tháng`.
    private static func isUnit(_ text: Substring) -> Bool {
        guard !text.isEmpty else { return true }
        guard text.count <= 16 else { return false }
        let words = text.split(separator: " ")
        return words.count <= 3 && text.first?.isLetter == true
            && text.allSatisfy { $0.isLetter || $0 == " " || $0 == "/" || $0 == "." || $0 == "2" || $0 == "3" }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
