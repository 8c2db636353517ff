import RegLintCore

/// A section's number label taken apart for `structure/numbering`: the word before it
/// (`Điều`, `Article`, `TITOLO`, `§`), the brackets around it (`(a)`, `a)`, `a.`) and the
/// numeral, which may be digits (`5`, `4.2`, `2.0`), a letter, a Roman numeral, or a number
/// written as a word (`One`, `1er`, `thứ nhất`, `Kwanza`).
struct NumberLabel: Equatable {
    /// What kind of numeral the label holds; labels of different classes are different lists.
    enum NumeralClass: Hashable {
        /// Digits or a number word, read as a value; `depth` > 1 for dotted numbers (`4.2`).
        case number(depth: Int)
        /// One lowercase letter or a lowercase Roman numeral: which one is decided per list.
        case lowerAlpha
        /// One capital letter or a capital Roman numeral: which one is decided per list.
        case upperAlpha
    }

    /// The keyword before the numeral, lowercased, or empty (`điều`, `article`, `§`).
    let word: String
    /// The brackets and terminator around the numeral, `(#)`, `#)`, `#.`, `#`; empty after a word.
    let shape: String
    let numeralClass: NumeralClass
    /// Dotted numbers: the components before the last (`4` for `4.2`); empty otherwise.
    let prefix: [Int]
    /// The value of a number or number word (the last component of a dotted number).
    let value: Int?
    /// The numeral as printed, lowercased for letters (`iv`, `đ`, `a`).
    let token: String
    /// `102-bis`, `5A`, `52B`: a provision inserted later, outside the list's sequence.
    let isInserted: Bool

    /// Takes `label` apart, or returns nil when it holds no numeral reglint can read.
    init?(_ label: String) {
        var text = Substring(label.trimmingWhitespace)
        while let first = text.first, "([{".contains(first), text.dropFirst().first.map({ "([{".contains($0) }) == true
        {
            text = text.dropFirst()  // "((Sezione II": a converter's stray brackets
        }
        var word = ""
        if let space = text.firstIndex(where: \.isWhitespace) {
            let head = text[..<space]
            let candidate = head.filter { $0 != "." }
            if candidate == "§" || (candidate.count > 1 && candidate.allSatisfy(\.isLetter)) {
                word = candidate.lowercased()
                text = text[space...].drop(while: \.isWhitespace)
            }
        }
        if word == "phần" || word == "chương" || word == "mục" || word == "điều" || word == "chapter" {
            let lower = text.lowercased()
            if lower.hasPrefix("thứ ") { text = text.dropFirst(4).drop(while: \.isWhitespace) }
        }
        let opensBracket = text.first == "("
        if opensBracket { text = text.dropFirst() }
        var body = text
        while let last = body.last, ".:)–—-".contains(last) || last.isWhitespace { body = body.dropLast() }
        let closer = text.dropFirst(body.count).first(where: { ".)".contains($0) })
        self.word = word
        self.shape = word.isEmpty ? (opensBracket ? "(#" : "#") + (closer.map(String.init) ?? "") : ""
        // "102-bis", "5A", "52B", "10a": inserted provisions.
        var numeral = body
        var inserted = false
        if let dash = numeral.firstIndex(where: { $0 == "-" || $0 == " " }) {
            let suffix = numeral[numeral.index(after: dash)...].lowercased()
            if Self.insertionSuffixes.contains(suffix) || (suffix.count == 1 && suffix.first?.isLetter == true) {
                numeral = numeral[..<dash]
                inserted = true
            }
        }
        if let firstDigit = numeral.first, firstDigit.isASCII, firstDigit.isNumber,
            let last = numeral.last, last.isLetter, numeral.dropLast().allSatisfy({ $0.isASCII && $0.isNumber })
        {
            numeral = numeral.dropLast()
            inserted = true
        }
        self.isInserted = inserted
        let lower = numeral.lowercased()
        self.token = lower
        if let value = SectionNumber.wordValue(lower) {
            numeralClass = .number(depth: 1)
            prefix = []
            self.value = value
            return
        }
        let components = numeral.split(separator: ".", omittingEmptySubsequences: false)
        if !components.isEmpty, components.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            // "15.08)" is a time of day, not a heading number.
            guard !components.dropFirst().contains(where: { $0.count > 1 && $0.first == "0" }) else { return nil }
            var numbers = components.compactMap { Int($0) }
            guard numbers.count == components.count else { return nil }
            // "2.0", "1.0.0": the conventional first number of a heading, read as "2".
            while numbers.count > 1, numbers.last == 0 { numbers.removeLast() }
            numeralClass = .number(depth: numbers.count)
            prefix = Array(numbers.dropLast())
            value = numbers.last
            return
        }
        guard !numeral.isEmpty, numeral.count <= 8, numeral.allSatisfy(\.isLetter) else { return nil }
        prefix = []
        value = nil
        if numeral.allSatisfy(\.isLowercase) {
            numeralClass = .lowerAlpha
        } else if numeral.allSatisfy(\.isUppercase) {
            numeralClass = .upperAlpha
        } else {
            return nil
        }
        guard numeral.count == 1 || SectionNumber.romanValue(String(numeral)) != nil || Set(lower).count == 1
        else { return nil }
    }

    /// Whether the label reads as a Roman numeral (`i`, `iv`, `XII`).
    var isRoman: Bool { SectionNumber.romanValue(token) != nil }

    private static let insertionSuffixes: Set<String> = [
        "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies",
    ]
}
