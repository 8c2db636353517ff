/// Recognises structural headings and numbered items from a paragraph's text alone.
///
/// It knows Vietnamese `Phần thứ nhất`, `Chương I`, `Mục 1`, `Điều 1.`, khoản `1.`, điểm `a)`,
/// and English `Part 1`, `Chapter 2`, `Section 3`, `Article 4`, `4.2`, `(a)`. Whether a numbered
/// item is a clause or a point depends on where it stands; ``SectionTreeBuilder`` decides that.
package enum HeadingRecognizer {
    /// What the start of a paragraph looks like.
    package enum Shape: Equatable, Sendable {
        /// A keyword heading such as `Điều 5.` with its kind and hierarchy level.
        case keyword(SectionKind, level: Int, hasSeparator: Bool)
        /// Dotted decimal numbering: `1.` (depth 1), `4.2` (depth 2), `4.2.1` (depth 3).
        /// `isTerminated` when a `.` or `)` closes it.
        case decimal(depth: Int, isTerminated: Bool)
        /// `(1)`.
        case parenthesizedNumber
        /// `a)`, `(a)`, `a.` or `đ)`.
        case letter(String)
        /// `(i)`, `(iv)`, `ii)`: a Roman numeral that may also be read as a letter.
        case roman(String)
        /// `I.`, `IV.`, `II)`: a capital Roman numeral opening a part of a report or plan
        /// (`I. KẾT QUẢ THỰC HIỆN`, Decree 30/2020/NĐ-CP's layout).
        case romanHeading(String)
    }

    /// A recognised start: its shape, the label as printed and the rest of the text.
    package struct Match: Equatable, Sendable {
        package var shape: Shape
        package var label: String
        package var rest: String
    }

    /// Recognises the start of `text`, or nil when it starts like ordinary prose.
    package static func match(_ text: String) -> Match? {
        let trimmed = Substring(text.trimmingWhitespace)
        guard !trimmed.isEmpty, !looksLikeTableOfContentsEntry(trimmed) else { return nil }
        if let keyword = HeadingKeyword.all.first(where: { $0.matchesPrefix(of: trimmed) }) {
            return matchKeyword(keyword, in: trimmed)
        }
        return matchDecimal(trimmed) ?? matchLetter(trimmed)
    }

    private static func matchKeyword(_ keyword: HeadingKeyword, in text: Substring) -> Match? {
        var cursor = text.dropFirst(keyword.word.count)
        cursor = cursor.drop(while: \.isWhitespace)
        if keyword.kind == .annex, cursor.lowercased().hasPrefix("số ") {
            cursor = cursor.dropFirst(3).drop(while: \.isWhitespace)
        }
        let token: Substring
        if keyword.kind == .part, cursor.lowercased().hasPrefix("thứ ") {
            // "Phần thứ nhất", "PHẦN THỨ HAI": the ordinal word follows.
            let afterThu = cursor.dropFirst(4).drop(while: \.isWhitespace)
            let word = afterThu.prefix(while: { $0.isLetter })
            guard !word.isEmpty else { return nil }
            token = cursor[cursor.startIndex..<word.endIndex]
        } else {
            token = cursor.prefix(while: { $0.isLetter || $0.isNumber })
            guard isSectionNumberToken(token) || isNumberWord(token, after: keyword) else {
                // "PHỤ LỤC" alone is an annex heading without a number.
                if keyword.kind == .annex, cursor.isEmpty {
                    return Match(
                        shape: .keyword(.annex, level: 0, hasSeparator: false),
                        label: String(text), rest: "")
                }
                return nil
            }
        }
        var rest = cursor[token.endIndex...]
        var label = text[text.startIndex..<token.endIndex]
        var hasSeparator = false
        let afterSpace = rest.drop(while: \.isWhitespace)
        if afterSpace.startIndex != rest.startIndex, let dash = afterSpace.first, "-–—:".contains(dash),
            afterSpace.dropFirst().first?.isWhitespace ?? true
        {
            rest = afterSpace  // "Article 1 – Purpose"
        }
        if let separator = rest.first, ".:-–—)".contains(separator) {
            hasSeparator = true
            if separator == "." || separator == ":" { label = text[text.startIndex...rest.startIndex] }
            rest = rest.dropFirst()
        }
        let heading = String(rest).trimmingWhitespace
        if !hasSeparator, !heading.isEmpty {
            // "Section 3 applies to all staff." is prose; "Article 5 Definitions" is a heading.
            guard rest.first?.isWhitespace ?? false, heading.count <= 150,
                !heading.hasSuffix("."), !heading.hasSuffix(";"), !heading.hasSuffix(",")
            else { return nil }
        }
        return Match(
            shape: .keyword(keyword.kind, level: keyword.level, hasSeparator: hasSeparator),
            label: String(label), rest: heading)
    }

    /// `Chapter One`, `Part Two`, `Article First`: a capitalised English number word after a
    /// keyword other than `Điều`, `Mục` and `Section`, or `1er` (`Article 1er`).
    private static func isNumberWord(_ token: Substring, after keyword: HeadingKeyword) -> Bool {
        guard let first = token.first, keyword.language == .en || first.isNumber, keyword.kind != .section else {
            return false
        }
        guard first.isUppercase || first.isNumber else { return false }
        return SectionNumber.wordValue(token.lowercased()) != nil
            && !["nhất", "hai", "ba", "tư", "năm"].contains(token.lowercased())
    }

    /// Digits with an optional letter (`5a`), a Roman numeral, or one capital letter (`Part A`).
    private static func isSectionNumberToken(_ token: Substring) -> Bool {
        guard !token.isEmpty, token.count <= 8 else { return false }
        if let first = token.first, first.isASCII, first.isNumber {
            let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
            return digits.count <= 4 && token.count - digits.count <= 1
        }
        if token.count == 1, let letter = token.first, letter.isUppercase { return true }
        return token.allSatisfy { $0.isUppercase } && SectionNumber.romanValue(String(token)) != nil
    }

    private static func matchDecimal(_ text: Substring) -> Match? {
        var components: [Substring] = []
        var cursor = text
        while true {
            let digits = cursor.prefix(while: { $0.isASCII && $0.isNumber })
            let limit = components.isEmpty ? 3 : 2
            guard !digits.isEmpty, digits.count <= limit else { break }
            components.append(digits)
            cursor = cursor[digits.endIndex...]
            guard cursor.first == ".", let next = cursor.dropFirst().first, next.isASCII, next.isNumber
            else { break }
            cursor = cursor.dropFirst()
        }
        guard !components.isEmpty else { return nil }
        var isTerminated = false
        if let terminator = cursor.first, terminator == "." || terminator == ")" {
            isTerminated = true
            cursor = cursor.dropFirst()
            if terminator == ".", cursor.first == "." { cursor = cursor.dropFirst() }  // "2..Thông tin"
        }
        // "1.Công nghệ": a typed label without its space, before a capital letter.
        let isUnspaced = isTerminated && (cursor.first.map { $0.isUppercase && $0.isLetter } ?? false)
        // The label must be followed by white space and then a letter or an opening quote:
        // "1. Quy chế", "4.2 Access" — not "8.472.000 đồng", "1.5%" or "2024".
        guard let space = cursor.first, space.isWhitespace || isUnspaced else { return nil }
        let rest = cursor.drop(while: \.isWhitespace)
        guard let first = rest.first, first.isLetter || "“\"'‘(".contains(first) else { return nil }
        if components.count == 1, !isTerminated, text.dropFirst(components[0].count).first != nil,
            components[0].count > 2
        {
            return nil  // "2024 Annual report" is a year, not a heading number
        }
        let label = text[text.startIndex..<cursor.startIndex]
        return Match(
            shape: .decimal(depth: components.count, isTerminated: isTerminated),
            label: String(label).trimmingWhitespace, rest: String(rest).trimmingWhitespace)
    }

    private static func matchLetter(_ text: Substring) -> Match? {
        var cursor = text
        let isParenthesized = cursor.first == "("
        if isParenthesized { cursor = cursor.dropFirst() }
        let token = cursor.prefix(while: { $0.isLetter || $0.isNumber })
        guard !token.isEmpty, token.count <= 5 else { return nil }
        cursor = cursor[token.endIndex...]
        guard let closer = cursor.first else { return nil }
        // I, V, X and L only: "C." and "D." are letters of a lettered list.
        let isCapitalRoman = token.allSatisfy({ "IVXL".contains($0) }) && SectionNumber.romanValue(String(token)) != nil
        if isParenthesized {
            guard closer == ")" else { return nil }
        } else {
            guard
                closer == ")"
                    || (closer == "."
                        && (isCapitalRoman || token.count == 1 && (token.first?.isASCII == true || token == "đ")))
            else { return nil }
        }
        cursor = cursor.dropFirst()
        if closer == ")", cursor.first == ".", cursor.dropFirst().first?.isWhitespace == true {
            cursor = cursor.dropFirst()  // "d). Nội dung": a typing slip, still point d
        }
        // "a)Lắp đặt": a typed label without its space, before a capital letter.
        let isUnspaced = closer == ")" && (cursor.first.map { $0.isUppercase && $0.isLetter } ?? false)
        guard let space = cursor.first, space.isWhitespace || isUnspaced else { return nil }
        let rest = String(cursor).trimmingWhitespace
        guard !rest.isEmpty else { return nil }
        let label = String(text[text.startIndex..<cursor.startIndex])
        if token.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return isParenthesized && token.count <= 3
                ? Match(shape: .parenthesizedNumber, label: label, rest: rest) : nil
        }
        let lower = token.lowercased()
        if !isParenthesized, isCapitalRoman, let first = rest.first,
            first.isUppercase || first.isNumber || "“\"(".contains(first)
        {
            return Match(shape: .romanHeading(String(token)), label: label, rest: rest)
        }
        guard lower == String(token) else { return nil }  // "(A)" and "B)" are not points
        if token.count > 1 || ["i", "v", "x"].contains(lower) {
            if SectionNumber.romanValue(lower) != nil {
                return Match(shape: .roman(lower), label: label, rest: rest)
            }
            // "(aa)" is a doubled letter; anything else longer is prose in brackets.
            guard token.count == 2, Set(lower).count == 1 else { return nil }
        }
        guard lower.count == 2 || SectionNumber.vietnameseLetters.contains(lower) || lower.first?.isASCII == true
        else { return nil }
        return Match(shape: .letter(lower), label: label, rest: rest)
    }

    /// A typed table-of-contents line: dot leaders or a tab before a trailing page number.
    private static func looksLikeTableOfContentsEntry(_ text: Substring) -> Bool {
        // A byte search first; the character search then agrees with it on whole characters.
        if (text.containsBytes(of: "....") && text.contains("...."))
            || (text.containsBytes(of: "…………") && text.contains("…………"))
        {
            return true
        }
        // A tab is a grapheme of its own: its byte's index is a character boundary.
        if text.containsBytes(of: "\t"), let tab = text.utf8.lastIndex(of: 0x09) {
            let tail = text[text.index(after: tab)...].trimmingWhitespace
            return !tail.isEmpty && tail.allSatisfy(\.isNumber)
        }
        return false
    }
}
