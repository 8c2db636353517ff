import Foundation

/// Finds citations in paragraphs: other instruments (Vietnamese number-symbols such as
/// `Nghị định số 04/2015/NĐ-CP`, short forms such as `Nghị định 04/2015` and `Luật Tố cáo năm
/// 2018`; `Regulation (EU) 2016/679`, `Directive 95/46/EC`, `ISO/IEC 27001:2013`, `NIST SP
/// 800-53 Rev. 4`, `PCI DSS v3.2.1`, `Data Protection Act 1998`), internal references
/// (`điểm a khoản 2 Điều 5`, `khoản 2 Điều này`, `Chương II`, `Phụ lục 02`, `Article 7(2)(b)`,
/// `Section 12`, `clause 4.2`, `Annex II`) and links. A reference followed by another
/// instrument's name (`Điều 5 Luật Tố cáo`, `Article 6 of Regulation (EU) 2016/679`) is external,
/// never internal.
public enum CitationExtractor {
    /// Every citation of every paragraph (body, tables, notes) in document order.
    public static func citations(in paragraphs: [Paragraph]) -> [Citation] {
        paragraphs.flatMap(citations(in:))
    }

    /// The citations of one paragraph, in text order.
    /// Text is matched in Unicode NFC (offsets count its UTF-16 units), so decomposed input
    /// is read alike.
    public static func citations(in paragraph: Paragraph) -> [Citation] {
        let text = paragraph.text.precomposedStringWithCanonicalMapping
        let ns = text as NSString
        var found: [Citation] = []
        func citation(_ kind: Citation.Kind, _ range: NSRange) -> Citation {
            Citation(
                kind: kind, text: ns.substring(with: range), location: paragraph.location, offset: range.location,
                length: range.length)
        }
        func group(_ match: NSTextCheckingResult, _ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : ns.substring(with: range)
        }
        let whole = NSRange(location: 0, length: ns.length)
        var instrumentRanges: [NSRange] = []
        for pattern in Patterns.instruments {
            for match in pattern.regex.matches(in: text, range: whole)
            where !instrumentRanges.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) {
                instrumentRanges.append(match.range)
                var item = citation(.instrument, match.range)
                item.instrumentType = pattern.type ?? group(match, 1).flatMap { $0.isEmpty ? nil : $0 }
                item.identifier = group(match, pattern.identifierGroup).map { $0.trimmingWhitespace }
                found.append(item)
            }
        }
        for match in (Patterns.vietnameseArticle?.matches(in: text, range: whole) ?? []) {
            guard !isExternal(after: match.range, in: ns), !isHeading(match.range, in: ns),
                let article = group(match, 6)
            else { continue }
            var steps: [Citation.Step] = []
            let isRelative = article == "này"
            if !isRelative { steps.append(.init(kind: .article, value: article)) }
            if let clause = group(match, 4) { steps.append(.init(kind: .clause, value: clause)) }
            if let point = group(match, 2) { steps.append(.init(kind: .point, value: point)) }
            guard !(isRelative && steps.isEmpty) else { continue }
            var item = citation(.internalReference, match.range)
            item.steps = steps
            item.isRelative = isRelative
            found.append(item)
        }
        for (regex, kind) in [(Patterns.vietnameseChapter, SectionKind.chapter), (Patterns.vietnameseAnnex, .annex)] {
            for match in regex?.matches(in: text, range: whole) ?? [] {
                guard !isExternal(after: match.range, in: ns), !isHeading(match.range, in: ns),
                    let value = group(match, 2)
                else { continue }
                var item = citation(.internalReference, match.range)
                item.steps = [.init(kind: kind, value: value)]
                found.append(item)
            }
        }
        for match in (Patterns.english?.matches(in: text, range: whole) ?? []) {
            guard !isExternal(after: match.range, in: ns), !isHeading(match.range, in: ns),
                let word = group(match, 1)?.lowercased(), let number = group(match, 2)
            else { continue }
            let kind: SectionKind =
                switch word {
                case "article": .article
                case "section": .section
                case "clause": .clause
                case "chapter": .chapter
                case "part": .part
                default: .annex
                }
            var steps = [Citation.Step(kind: kind, value: number)]
            let subdivisions = (group(match, 3) ?? "").split(whereSeparator: { $0 == "(" || $0 == ")" }).map(
                String.init)
            for (index, value) in subdivisions.enumerated() {
                steps.append(.init(kind: index == 0 ? .clause : .point, value: value))
            }
            var item = citation(.internalReference, match.range)
            item.steps = steps
            found.append(item)
        }
        // A reference that is (part of) a link to another document belongs to that document.
        found.removeAll { item in
            item.kind == .internalReference
                && paragraph.links.contains { link in
                    !link.target.hasPrefix("#")
                        && NSIntersectionRange(
                            NSRange(location: link.offset, length: link.length),
                            NSRange(location: item.offset, length: item.length)
                        ).length > 0
                }
        }
        for link in paragraph.links {
            var item = Citation(
                kind: .link,
                text: ns.substring(
                    with: NSRange(location: link.offset, length: min(link.length, max(0, ns.length - link.offset)))),
                location: paragraph.location, offset: link.offset, length: link.length)
            item.target = link.target
            found.append(item)
        }
        return found.sorted { ($0.offset, $0.kind.rawValue) < ($1.offset, $1.kind.rawValue) }
    }

    /// References written with a document's own numbering words (`Rule 12` in house rules whose
    /// parts are numbered "Rule 1", "Rule 2", …), as article-level internal references.
    public static func references(usingWords words: Set<String>, in paragraph: Paragraph) -> [Citation] {
        guard !words.isEmpty else { return [] }
        let text = paragraph.text.precomposedStringWithCanonicalMapping
        let ns = text as NSString
        let alternatives = words.sorted().map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        guard
            let regex = try? NSRegularExpression(
                pattern: "(?<![\\p{L}\\p{N}])(\(alternatives))\\s+(\\d{1,4}[a-z]?)(?![\\p{L}\\p{N}])")
        else { return [] }
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            guard !isExternal(after: match.range, in: ns), !isHeading(match.range, in: ns) else { return nil }
            var citation = Citation(
                kind: .internalReference, text: ns.substring(with: match.range), location: paragraph.location,
                offset: match.range.location, length: match.range.length)
            citation.steps = [.init(kind: .article, value: ns.substring(with: match.range(at: 2)))]
            return citation
        }
    }

    /// `Điều 5 Luật Tố cáo`, `Article 6 of Regulation (EU) 2016/679`: the reference belongs to
    /// another instrument.
    private static func isExternal(after range: NSRange, in text: NSString) -> Bool {
        let start = range.location + range.length
        let tail = NSRange(location: start, length: min(120, text.length - start))
        return Patterns.externalTail?.firstMatch(in: text as String, options: [.anchored], range: tail) != nil
    }

    /// `Điều 5.` at the very start of a paragraph is a heading, not a reference.
    private static func isHeading(_ range: NSRange, in text: NSString) -> Bool {
        guard range.location == 0 else { return false }
        let after = range.location + range.length
        guard after < text.length else { return false }
        return [".", ":"].contains(text.substring(with: NSRange(location: after, length: 1)))
    }
}

/// The compiled patterns. NSRegularExpression is immutable and safe to share across threads.
private enum Patterns {
    struct Instrument: @unchecked Sendable {
        let regex: NSRegularExpression
        /// The type when the pattern fixes it; otherwise group 1 holds it.
        let type: String?
        let identifierGroup: Int
    }

    /// The patterns are constants of this file and compile; the tests exercise every one.
    static func make(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern)
    }

    static let vietnameseTypes =
        "Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|Kế hoạch|Công văn|Quy chế|Quy định|Hướng dẫn"
    static let symbol = "\\d{1,5}(?:/\\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*"

    static let instruments: [Instrument] = [Instrument?](
        arrayLiteral:
            make(
                "(?<![\\p{L}])(\(vietnameseTypes))(?:(?:\\s+[\\p{L}]+){0,10}?\\s+số)?\\s+(\(symbol))(?![\\p{L}\\p{N}])"
            ).map { Instrument(regex: $0, type: nil, identifierGroup: 2) },
        make("(?<![\\p{L}\\p{N}/])()(\\d{1,5}/\\d{4}/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)(?![\\p{L}\\p{N}])").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2)
        },
        make(
            "(?<![\\p{L}])(Nghị định|Thông tư|Quyết định|Nghị quyết)\\s+(?:số\\s+)?(\\d{1,5}/\\d{4})(?![/\\p{L}\\p{N}])"
        ).map { Instrument(regex: $0, type: nil, identifierGroup: 2) },
        make("(?<![\\p{L}])(Bộ luật|Luật)\\s+(\\p{Lu}\\p{L}*(?:\\s+\\p{Ll}+){0,6}\\s+(?:năm\\s+)?\\d{4})(?![\\p{N}/])")
            .map { Instrument(regex: $0, type: nil, identifierGroup: 2) },
        make("(Regulation\\s+\\((?:EU|EC|EEC)\\))\\s+(?:No\\.?\\s+)?(\\d{1,4}/\\d{1,4})").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2)
        },
        make("(Directive)\\s+(?:\\((?:EU|EC|EEC)\\)\\s+)?(\\d{2,4}/\\d{1,4}(?:/(?:EU|EC|EEC))?)").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2)
        },
        make("(?<![\\p{L}])(ISO/IEC|ISO|IEC)\\s+(\\d{3,5}(?:-\\d{1,2})?(?::\\d{4})?)(?![\\p{N}])").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2)
        },
        make("(NIST\\s+SP)\\s+(800-\\d{1,3}[A-Z]?(?:\\s+(?:Rev\\.?|Revision)\\s*\\d+)?)").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2)
        },
        make("(PCI\\s+DSS)\\s+(v?\\d+(?:\\.\\d+){0,3})").map { Instrument(regex: $0, type: nil, identifierGroup: 2) },
        make("((?:\\p{Lu}\\p{Ll}+\\s+){1,6}Act)\\s+(\\d{4})(?![\\p{N}])").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2)
        }
    ).compactMap { $0 }

    nonisolated(unsafe) static let vietnameseArticle = make(
        "(?<![\\p{L}\\p{N}])(?:([đĐ]iểm)\\s+([a-zđ])\\s+)?(?:([kK]hoản)\\s+(\\d{1,3})\\s+)?(?:của\\s+)?(Điều|ĐIỀU)\\s+(\\d{1,4}[a-z]?|này)(?![\\p{L}\\p{N}])"
    )
    nonisolated(unsafe) static let vietnameseChapter = make(
        "(?<![\\p{L}])(Chương|CHƯƠNG)\\s+([IVXLC]{1,6}|\\d{1,3})(?![\\p{L}\\p{N}])")
    nonisolated(unsafe) static let vietnameseAnnex = make(
        "(?<![\\p{L}])(Phụ lục|PHỤ LỤC)\\s+(?:số\\s+)?([IVXLC]{1,6}|\\d{1,3})(?![\\p{L}\\p{N}])")
    nonisolated(unsafe) static let english = make(
        "(?<![\\p{L}\\p{N}])(Article|article|Section|section|Clause|clause|Chapter|chapter|Annex|annex|Schedule|schedule|Part)\\s+(\\d{1,4}(?:\\.\\d{1,3})*|[IVXLC]{1,6})((?:\\(\\w{1,4}\\))*)(?![\\p{L}\\p{N}])"
    )
    nonisolated(unsafe) static let externalTail = make(
        "(?:\\s*(?:,|and|or|to|và|hoặc|đến)\\s*(?:\\(\\w{1,4}\\)|\\d{1,4}\\w?(?:\\(\\w{1,4}\\))*))*\\s*,?\\s*(?:của\\s+|tại\\s+|theo\\s+|of\\s+|in\\s+|under\\s+|to\\s+)?(?:the\\s+)?(?:Luật|Bộ luật|Hiến pháp|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh|Chỉ thị|Công văn|Kế hoạch|Regulation|Directive|Decision|Convention|Treaty|Charter|Protocol|TFEU|TEU|Decree|Code|Constitution|GDPR|ISO|NIST|thereof|therein|(?:that|those|the said|the principal)\\s+\\p{L}+|the\\s+\\d{4}\\s+\\p{L}+|[Tt]itle\\s+\\d+|United States Code|U\\.S\\.C\\.|(?:(?:[\\p{Lu}(][\\p{L})]*|of|to|and|for|the|on|in)\\s+){1,10}Act)(?!\\s+này)(?!\\s+this)"
    )
}
