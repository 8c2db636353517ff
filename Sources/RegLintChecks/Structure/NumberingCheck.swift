import Foundation
import RegLintCore

/// `structure/numbering`: articles, clauses and points numbered out of sequence.
struct NumberingCheck: Check {
    static let description = CheckDescription(
        id: "structure/numbering",
        name: "Numbering",
        summary: "Articles, clauses and points numbered out of sequence, skipped or duplicated",
        rationale: """
            Parts, chapters and articles are numbered through the whole document (a document may \
            restart them at 1 in each part or chapter); sections (mục), clauses and points restart \
            in each parent. A skipped, repeated or out-of-order number usually means an article was \
            deleted or moved without renumbering, and every cross-reference after it may now point \
            at the wrong place. Roman numerals are read for chapters and parts, and Vietnamese point \
            letters follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, i, k, … (no f, j, w, z).
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
        ],
        nonTriggeringExamples: [
            Example(
                "Điều 1. Phạm vi\n1. Một.\n2. Hai:\na) a;\nb) b;\nc) c;\nd) d;\nđ) đ;\ne) e.\nĐiều 2. Hiệu lực\n1. Một."
            ),
            Example("Chương I\nĐiều 1. Một\nĐiều 2. Hai\nChương II\nĐiều 1. Một\nĐiều 2. Hai"),
            Example(
                "Chương I\nMục 1. Chung\nĐiều 1. Một\nMục 2. Riêng\nĐiều 2. Hai\nChương II\nMục 1. Khác\nĐiều 3. Ba"),
            Example("Article 1 Scope\n1. Text.\n(a) one;\n(b) two;\n(c) three.\nArticle 2 Review\n1. Text."),
        ]
    )

    init(options: NoOptions) {}

    func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        var sequences = NumberingSequences(
            language: context.language == .unknown ? document.language : context.language)
        let facts = context.facts(of: document)
        for entry in facts.sections {
            sequences.visit(entry.section, parent: entry.parent.map { facts.sections[$0].section })
        }
        return sequences.diagnostics
    }
}

/// Visits sections in document order keeping, per sequence, the last number seen.
private struct NumberingSequences {
    let language: Language
    var diagnostics: [Diagnostic] = []
    /// The last number per sequence: per kind for parts, chapters and articles, per kind and
    /// parent for the others.
    private var last: [String: (value: Int, label: String, parent: String?)] = [:]

    init(language: Language) {
        self.language = language
    }

    /// Kinds numbered through the document; the others restart in each parent.
    private static let continuous: Set<SectionKind> = [.part, .chapter, .article]
    private static let checked: Set<SectionKind> = [.part, .chapter, .section, .article, .clause, .point]

    mutating func visit(_ section: Section, parent: Section?) {
        if Self.checked.contains(section.kind), let number = section.number {
            check(section, number: number, parentPath: parent?.location.sectionPath.joined(separator: "/"))
        }
    }

    private mutating func check(_ section: Section, number: String, parentPath: String?) {
        let label = number.trimmingTrailingPunctuation
        let kind = section.kind
        let key = Self.continuous.contains(kind) ? kind.rawValue : kind.rawValue + "@" + (parentPath ?? "")
        let previous = last[key]
        let isNewParent = previous?.parent != parentPath
        let restarts = previous == nil || (isNewParent && !Self.continuous.contains(kind))
        guard let value = ordinal(section) else {
            if let previous, restarts == false, isLetter(section) {
                report(
                    section,
                    .notInSequence(label, after: previous.label, expected: render(previous.value + 1, like: section)))
            }
            return
        }
        defer { last[key] = (value, label, parentPath) }
        if restarts {
            if value != 1 { report(section, .wrongStart(label, expected: render(1, like: section))) }
            return
        }
        guard let previous, value != previous.value + 1 else { return }
        if isNewParent, value == 1 { return }  // numbering restarts in a new part or chapter
        if value == previous.value {
            report(section, .repeated(label))
        } else if value > previous.value {
            report(
                section, .skipped(from: previous.label, to: label, expected: render(previous.value + 1, like: section)))
        } else {
            report(
                section, .outOfOrder(label, after: previous.label, expected: render(previous.value + 1, like: section)))
        }
    }

    private mutating func report(_ section: Section, _ message: Diagnostic.Message) {
        diagnostics.append(Diagnostic(message: message, location: section.location, excerpt: section.number))
    }

    private var letters: [String] {
        language == .vi ? SectionNumber.vietnameseLetters : "abcdefghijklmnopqrstuvwxyz".map(String.init)
    }

    private func isLetter(_ section: Section) -> Bool {
        guard let value = section.numberValue?.lowercased(), value.count == 1 else { return false }
        return value.first?.isLetter ?? false
    }

    /// 5 for `Điều 5.`, 4 for `Chương IV`, 2 for `4.2`, 5 for `đ)` in Vietnamese.
    private func ordinal(_ section: Section) -> Int? {
        guard let value = section.numberValue, !value.isEmpty else { return nil }
        let last = value.split(separator: ".").last.map(String.init) ?? value
        if let number = Int(last) { return number }
        if [.part, .chapter, .section].contains(section.kind), let roman = SectionNumber.romanValue(last),
            last == last.uppercased()
        {
            return roman
        }
        if last.count == 1, let index = letters.firstIndex(of: last.lowercased()) { return index + 1 }
        return nil
    }

    /// The label expected at `value`, in the style of `section`'s number.
    private func render(_ value: Int, like section: Section) -> String {
        let number = section.number?.trimmingTrailingPunctuation ?? ""
        guard let current = section.numberValue, let range = number.range(of: current, options: .backwards) else {
            return String(value)
        }
        let replacement: String
        if Int(current.split(separator: ".").last ?? "") != nil || current.isEmpty {
            let components = current.split(separator: ".").dropLast().map(String.init)
            replacement = (components + [String(value)]).joined(separator: ".")
        } else if current.count == 1, current.first?.isLetter == true,
            !(section.kind == .chapter || section.kind == .part)
        {
            replacement = value <= letters.count ? letters[value - 1] : String(value)
        } else {
            replacement = SectionNumber.roman(value)
        }
        return number.replacingCharacters(in: range, with: replacement)
    }
}

extension Diagnostic.Message {
    fileprivate static func skipped(from previous: String, to current: String, expected: String) -> Self {
        Self("numbering skips from \(previous) to \(current) (expected \(expected))")
    }

    fileprivate static func repeated(_ label: String) -> Self {
        Self("\(label) repeats the number before it")
    }

    fileprivate static func outOfOrder(_ label: String, after previous: String, expected: String) -> Self {
        Self("\(label) comes after \(previous) (expected \(expected))")
    }

    fileprivate static func wrongStart(_ label: String, expected: String) -> Self {
        Self("numbering starts at \(label.numberPart) (expected \(expected))")
    }

    fileprivate static func notInSequence(_ label: String, after previous: String, expected: String) -> Self {
        Self("\(label) is not the next point after \(previous) (expected \(expected))")
    }
}

extension String {
    fileprivate var trimmingTrailingPunctuation: String {
        var text = Substring(self)
        while let last = text.last, ".:".contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// `3` for `3.`, kept whole otherwise; used where the label's keyword would be repeated.
    fileprivate var numberPart: String {
        SectionNumber.value(of: self)
    }
}
