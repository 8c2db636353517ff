import Foundation

/// Finds citations in paragraphs: other instruments (Vietnamese number-symbols such as
/// `Nghị định số 04/2015/NĐ-CP` or `Chỉ thị số 05/CT-TTg`, short forms such as `Nghị định
/// 04/2015`, laws by name and year or date such as `Luật Tố cáo năm 2018` and `Luật Đất đai ngày
/// 29 tháng 11 năm 2013`; `Regulation (EU) 2016/679`, `Directive 95/46/EC`, `ISO/IEC
/// 27001:2013`, `NIST SP 800-53 Rev. 4`, `PCI DSS v3.2.1`, `Anti-terrorism, Crime and Security Act
/// 2001`, `Pharmacy (Northern Ireland) Order 1976`), internal references (`điểm a khoản 2 Điều 5`,
/// `khoản 2 Điều này`, `Chương II`, `Phụ lục 02`, `Article 7(2)(b)`, `Article 1a`, `Section 12`,
/// `clause 4.2`, `Annex II`; US, UK and EU subdivision words such as `subsection (c) of this
/// section` and `paragraph 3 of Schedule 1`, see ``SubdivisionReferences``) and links.
///
/// A reference inside quotation marks belongs to the quoted text (an amendment's substituted
/// words), not to this document: it is an external reference.
///
/// A reference that belongs to another instrument is an external reference, never an internal
/// one: followed by the instrument's name, also across a list or range and through an annex of it
/// (`Điều 43, Điều 44, … và Điều 50 Nghị định 126/2024/NĐ-CP`, `Article 26(3) or (4) of the Data
/// Protection Directive`, `section C of Annex I to Directive 2004/39/EC`, `Article 37 to Article
/// 39 of the GDPR`, `section 17 of the 2015 Act`), by a short name the document gives that
/// instrument (`(“the 2015 Act”)`), or preceded by it (`the Guide to OSCAL-based FedRAMP Content,
/// Section 2.6`). A count is not a reference: `gồm 08 Chương 28 Điều` points at no chapter 28.
public enum CitationExtractor {
    /// Every citation of every paragraph (body, tables, notes) in document order. Short names the
    /// paragraphs give other instruments (`the Mental Health (Scotland) Act 2015 (“the 2015
    /// Act”)`) make references followed by them external everywhere in the document.
    public static func citations(in paragraphs: [Paragraph]) -> [Citation] {
        citationsAndParagraphs(in: paragraphs).citations
    }

    /// ``citations(in:)``, and for each citation the index of its paragraph in `paragraphs`.
    package static func citationsAndParagraphs(in paragraphs: [Paragraph]) -> (
        citations: [Citation], paragraphs: [Int32]
    ) {
        let names = Patterns.shortNameTail(shortNames(in: paragraphs))
        var citations: [Citation] = []
        var indices: [Int32] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let found = Self.citations(in: paragraph, shortNameTail: names)
            citations += found
            indices += repeatElement(Int32(clamping: index), count: found.count)
        }
        return (citations, indices)
    }

    /// The citations of one paragraph, in text order.
    /// Text is matched in Unicode NFC (offsets count its UTF-16 units), so decomposed input
    /// is read alike.
    public static func citations(in paragraph: Paragraph) -> [Citation] {
        citations(in: paragraph, shortNameTail: nil)
    }

    private static func citations(in paragraph: Paragraph, shortNameTail: NSRegularExpression?) -> [Citation] {
        let text = paragraph.text.precomposed
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
        func holds(_ needles: [String]) -> Bool { contains(any: needles, in: text) }
        for pattern in Patterns.instruments where holds(pattern.needles) {
            for match in pattern.regex.matches(in: text, range: whole) {
                let range = match.range
                guard !instrumentRanges.contains(where: { NSIntersectionRange($0, range).length > 0 }),
                    !(pattern.isDatedLaw && datesAnAmendment(before: range.location, in: ns))
                else { continue }
                instrumentRanges.append(range)
                var item = citation(.instrument, range)
                item.instrumentType = pattern.type ?? group(match, 1).flatMap { $0.isEmpty ? nil : $0 }
                if pattern.isDatedLaw, let name = group(match, 2), let year = group(match, 3) {
                    item.identifier = "\(name.collapsingWhitespace) năm \(year)"
                } else {
                    item.identifier = group(match, pattern.identifierGroup).map { $0.trimmingWhitespace }
                }
                found.append(item)
            }
        }
        let quotations = holds(["“", "\"", "«"]) ? quotedRanges(in: ns) : []
        // Where the reference belongs: this document, another one, or nowhere (a count).
        func placement(of range: NSRange, countable: Bool = false) -> Citation.Kind? {
            if (countable && isCount(range, in: ns)) || isHeading(range, in: ns) { return nil }
            if quotations.contains(where: { NSIntersectionRange($0, range).length == range.length })
                || isExternal(after: range, in: ns, shortNameTail: shortNameTail)
                || isExternal(before: range, in: ns, instruments: instrumentRanges)
                || isUSExternal(before: range, in: ns)
            {
                return .externalReference
            }
            return .internalReference
        }
        let articles = holds(["Điều", "ĐIỀU"]) ? Patterns.vietnameseArticle?.matches(in: text, range: whole) : nil
        for match in articles ?? [] {
            guard let kind = placement(of: match.range, countable: true), let article = group(match, 6) else {
                continue
            }
            var steps: [Citation.Step] = []
            let isRelative = article == "này"
            if !isRelative { steps.append(.init(kind: .article, value: article)) }
            if let clause = group(match, 4) { steps.append(.init(kind: .clause, value: clause)) }
            if let point = group(match, 2) { steps.append(.init(kind: .point, value: point)) }
            guard !(isRelative && steps.isEmpty) else { continue }
            var item = citation(kind, match.range)
            item.steps = steps
            item.isRelative = isRelative
            found.append(item)
        }
        for (regex, sectionKind, needles) in [
            (Patterns.vietnameseChapter, SectionKind.chapter, ["Chương", "CHƯƠNG"]),
            (Patterns.vietnameseAnnex, .annex, ["Phụ lục", "PHỤ LỤC"]),
        ] where holds(needles) {
            for match in regex?.matches(in: text, range: whole) ?? [] {
                guard let kind = placement(of: match.range, countable: true), let value = group(match, 2) else {
                    continue
                }
                var item = citation(kind, match.range)
                item.steps = [.init(kind: sectionKind, value: value)]
                found.append(item)
            }
        }
        let english =
            holds(["rticle", "ection", "lause", "hapter", "nnex", "chedule", "Part"])
            ? Patterns.english?.matches(in: text, range: whole) : nil
        for match in english ?? [] {
            guard let kind = placement(of: match.range), let word = group(match, 1)?.lowercased(),
                let number = group(match, 2)
            else { continue }
            let sectionKind: SectionKind =
                switch word {
                case "article": .article
                case "section": .section
                case "clause": .clause
                case "chapter": .chapter
                case "part": .part
                default: .annex
                }
            var steps = [Citation.Step(kind: sectionKind, value: number)]
            let subdivisions = (group(match, 3) ?? "").split(whereSeparator: { $0 == "(" || $0 == ")" }).map(
                String.init)
            for (index, value) in subdivisions.enumerated() {
                steps.append(.init(kind: index == 0 ? .clause : .point, value: value))
            }
            var item = citation(kind, match.range)
            item.steps = steps
            found.append(item)
        }
        // `subsection (c) of this section`, `paragraph (3) of section 12`, `Schedule 1, paragraph
        // 3`: they take the place of the plain references inside them.
        if holds(SubdivisionReferences.needles) {
            for reference in SubdivisionReferences.references(in: text, ns) {
                guard let kind = placement(of: reference.range) else { continue }
                found.removeAll { item in
                    (item.kind == .internalReference || item.kind == .externalReference)
                        && NSIntersectionRange(reference.range, NSRange(location: item.offset, length: item.length))
                            .length == item.length
                }
                var item = citation(kind, reference.range)
                item.steps = reference.steps
                item.isRelative = reference.isRelative
                found.append(item)
            }
        }
        // A reference that is (part of) a link to another document belongs to that document.
        for index in found.indices where found[index].kind == .internalReference {
            let item = found[index]
            let linkedElsewhere = paragraph.links.contains { link in
                !link.target.hasPrefix("#")
                    && NSIntersectionRange(
                        NSRange(location: link.offset, length: link.length),
                        NSRange(location: item.offset, length: item.length)
                    ).length > 0
            }
            if linkedElsewhere { found[index].kind = .externalReference }
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
        let text = paragraph.text.precomposed
        let ns = text as NSString
        let alternatives = words.sorted().map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        guard
            let regex = try? NSRegularExpression(
                pattern: "(?<![\\p{L}\\p{N}])(\(alternatives))\\s+(\\d{1,4}[a-z]?)(?![\\p{L}\\p{N}])")
        else { return [] }
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            guard !isExternal(after: match.range, in: ns, shortNameTail: nil), !isHeading(match.range, in: ns)
            else { return nil }
            var citation = Citation(
                kind: .internalReference, text: ns.substring(with: match.range), location: paragraph.location,
                offset: match.range.location, length: match.range.length)
            citation.steps = [.init(kind: .article, value: ns.substring(with: match.range(at: 2)))]
            return citation
        }
    }

    /// The UTF-16 offset (in NFC) where the text first names an instrument other than the one it
    /// stands in (`the Mental Health (Scotland) Act 2015`, `the 2015 Act`, `Nghị định số …`),
    /// or nil. Explanatory notes keep talking about that instrument after naming it once.
    public static func firstMentionOfAnotherInstrument(in text: String) -> Int? {
        let text = text.precomposed
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var first: Int?
        let instruments = Patterns.instruments.filter { contains(any: $0.needles, in: text) }
        for regex in instruments.map(\.regex) + [Patterns.mention].compactMap({ $0 }) {
            if let match = regex.firstMatch(in: text, range: whole) {
                first = min(first ?? match.range.location, match.range.location)
            }
        }
        return first
    }

    /// Whether the words right after `offset` (UTF-16, NFC) say the reference before them is to
    /// this instrument: `of this Order`, `của Quy chế này`.
    public static func namesThisInstrument(after offset: Int, in text: String) -> Bool {
        let ns = text.precomposed as NSString
        guard offset <= ns.length else { return false }
        let tail = NSRange(location: offset, length: min(80, ns.length - offset))
        return Patterns.thisInstrument?.firstMatch(in: ns as String, options: [.anchored], range: tail) != nil
    }

    /// Short names the paragraphs give other instruments, without a leading "the": `2015 Act`
    /// from `the Mental Health (Scotland) Act 2015 (“the 2015 Act”)`, `Data Protection Directive`
    /// from `“the Data Protection Directive” means Directive 95/46/EC`.
    public static func shortNames(in paragraphs: [Paragraph]) -> [String] {
        var names: Set<String> = []
        for paragraph in paragraphs {
            // The words looked for have no other canonical form: the paragraph's own text tells
            // whether its composed form holds them.
            let after =
                paragraph.text.containsBytes(of: "(")  // every word below begins with one
                && contains(any: ["(“", "(\"", "(‘", "( “", "(the ", "(hereinafter", "(hereafter"], in: paragraph.text)
            let definition = contains(any: [" means "], in: paragraph.text)
            guard after || definition else { continue }
            let text = paragraph.text.precomposed
            let ns = text as NSString
            let whole = NSRange(location: 0, length: ns.length)
            let regexes = [after ? Patterns.shortNameAfter : nil, definition ? Patterns.shortNameDefinition : nil]
            for regex in regexes.compactMap({ $0 }) {
                for match in regex.matches(in: text, range: whole) {
                    let name = ns.substring(with: match.range(at: 1)).collapsingWhitespace
                    if name.count >= 2, name.first?.isUppercase == true || name.first?.isNumber == true {
                        names.insert(name)
                    }
                }
            }
        }
        return names.sorted()
    }

    /// `Điều 5 Luật Tố cáo`, `Article 6 of Regulation (EU) 2016/679`, `section 61(1) of the 2015
    /// Act`: the reference belongs to another instrument.
    private static func isExternal(after range: NSRange, in text: NSString, shortNameTail: NSRegularExpression?)
        -> Bool
    {
        let start = range.location + range.length
        let tail = NSRange(location: start, length: min(300, text.length - start))
        if Patterns.externalTail?.firstMatch(in: text as String, options: [.anchored], range: tail) != nil {
            return true
        }
        return shortNameTail?.firstMatch(in: text as String, options: [.anchored], range: tail) != nil
    }

    /// `the Guide to OSCAL-based FedRAMP Content, Section 2.6`, `ISO/IEC 27001:2013, Annex A`:
    /// the instrument is named just before the reference.
    private static func isExternal(before range: NSRange, in text: NSString, instruments: [NSRange]) -> Bool {
        let start = range.location
        for instrument in instruments where NSMaxRange(instrument) <= start && start - NSMaxRange(instrument) <= 4 {
            let between = text.substring(
                with: NSRange(location: NSMaxRange(instrument), length: start - NSMaxRange(instrument)))
            if between.trimmingWhitespace == "," || between == "’s " || between == "'s " { return true }
        }
        // The pattern ends in a comma before the reference: most references fail here, cheaply,
        // on the first visible ASCII character before them.
        if let before = unit(before: start, skippingASCIISpaceIn: text), before.unit < 0x80, before.unit != 0x2C {
            return false
        }
        let window = NSRange(location: max(0, start - 160), length: min(160, start))
        guard window.length > 0, text.substring(with: window).trimmingWhitespace.hasSuffix(","),
            let match = Patterns.namedBefore?.firstMatch(in: text as String, range: window),
            NSMaxRange(match.range) == start
        else { return false }
        let name = text.substring(with: match.range(at: 1))
        return Patterns.documentNoun?.firstMatch(
            in: name, range: NSRange(location: 0, length: (name as NSString).length))
            != nil
    }

    /// `such section 552`, `INA section 212(d)(5)`, `49 U.S.C. App., Chapter 11`: US texts name the
    /// other instrument (or point back at one named before) just ahead of the reference.
    private static func isUSExternal(before range: NSRange, in text: NSString) -> Bool {
        // The pattern ends in white space after `such`, `INA`, `I.R.C.` or `U.S.C.[ App.][,]`.
        if let before = unit(before: range.location, skippingASCIISpaceIn: text), before.unit < 0x80,
            !before.skipped || !"hA.,".utf16.contains(before.unit)
        {
            return false
        }
        let window = NSRange(location: max(0, range.location - 24), length: min(24, range.location))
        guard window.length > 0 else { return false }
        return Patterns.usExternalBefore?.firstMatch(in: text as String, range: window) != nil
    }

    /// The spans inside quotation marks (`“…”`, `"…"`, `«…»`): words quoted from or into another
    /// text, such as an amendment's substituted words (`there is substituted “Access shall not be
    /// given under section 3(2) …”`), whose references are that text's.
    private static func quotedRanges(in text: NSString) -> [NSRange] {
        var ranges: [NSRange] = []
        var open: (character: unichar, location: Int)?
        for index in 0..<text.length {
            let character = text.character(at: index)
            if let current = open {
                let closes =
                    (current.character == 0x201C && character == 0x201D)
                    || (current.character == 0x22 && character == 0x22)
                    || (current.character == 0xAB && character == 0xBB)
                if closes {
                    ranges.append(NSRange(location: current.location + 1, length: index - current.location - 1))
                    open = nil
                }
            } else if character == 0x201C || character == 0x22 || character == 0xAB {  // “ " «
                open = (character, index)
            }
        }
        return ranges
    }

    /// `gồm 08 Chương 28 Điều`: a number of chapters, not chapter 28.
    private static func isCount(_ range: NSRange, in text: NSString) -> Bool {
        // The pattern ends in a digit and white space.
        if let before = unit(before: range.location, skippingASCIISpaceIn: text), before.unit < 0x80,
            !before.skipped || !(0x30...0x39).contains(before.unit)
        {
            return false
        }
        let window = NSRange(location: max(0, range.location - 8), length: min(8, range.location))
        guard window.length > 0 else { return false }
        return Patterns.countBefore?.firstMatch(in: text as String, range: window).map {
            NSMaxRange($0.range) == range.location
        } ?? false
    }

    /// The UTF-16 unit before `location` once ASCII white space is passed over backwards, and
    /// whether any was; nil when only white space stands before it. A quick test ahead of the
    /// patterns that must end just before a reference.
    private static func unit(before location: Int, skippingASCIISpaceIn text: NSString) -> (
        unit: unichar, skipped: Bool
    )? {
        var index = location - 1
        while index >= 0 {
            let unit = text.character(at: index)
            guard unit == 0x20 || (0x09...0x0D).contains(unit) else { return (unit, index < location - 1) }
            index -= 1
        }
        return nil
    }

    /// `Luật sửa đổi, bổ sung một số điều của Luật Luật sư ngày 20 tháng 11 năm 2012`: the date is
    /// the amending law's, not the amended one's.
    private static func datesAnAmendment(before location: Int, in text: NSString) -> Bool {
        var start = location
        while start > 0, location - start < 200 {
            let character = text.character(at: start - 1)
            if character == 0x3B || character == 0x2E || character == 0x0A { break }  // ; . newline
            start -= 1
        }
        let clause = text.substring(with: NSRange(location: start, length: location - start)).foldedForMatching
        return clause.contains("sua doi")
    }

    /// Whether the text holds one of the words: a byte search, much cheaper than a pattern, to
    /// skip patterns that cannot match.
    static func contains(any needles: [String], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { UTF8Search.contains($0, in: haystack) }
            }
        }
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
        /// A law by name and year or date: group 2 is the name, group 3 the year.
        var isDatedLaw = false
        /// Words one of which the text must hold for the pattern to match (a quick test first).
        var needles: [String] = []
    }

    /// The patterns are constants of this file and compile; the tests exercise every one.
    static func make(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern)
    }

    static let vietnameseTypes =
        "Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|Kế hoạch|Công văn|Quy chế|Quy định|Hướng dẫn"
    /// `04/2015/NĐ-CP`, `12/QC-STTTT`, `22/2018/QĐ-TTg`, `05/CT-TTg`: the issuer codes after the
    /// first may hold lowercase letters (`TTg`, Thủ tướng).
    static let symbol = "\\d{1,5}(?:/\\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐa-zđ0-9]*)*"
    /// A word of an English instrument's name: `Anti-terrorism`, `(Scotland)`, `(Northern`.
    static let nameWord = "(?!(?:This|These|That|Those|Our)\\s)(?:\\p{Lu}\\.(?=\\s)|[\\p{Lu}(][\\p{L}\\p{N})'’\\-]*)"
    static let connector = "(?:of|to|and|for|the|on|in|with)"
    /// What instruments are called in English: a name ending in one of these is another instrument.
    static let instrumentNouns =
        "Act|Order|Directive|Regulations?|Rules|Code|Convention|Treaty|Charter|Protocol|Guide|Guidelines|Handbook|Manual|Ordinance|Statute|Law"
    /// A named instrument: `Data Protection Directive`, `Pharmacy (Northern Ireland) Order`,
    /// `Anti-terrorism, Crime and Security Act`.
    static let namedInstrument =
        "\(nameWord)(?:,?\\s+(?:\(nameWord)|\(connector))){0,10}?\\s+(?:\(instrumentNouns))(?![\\p{L}])"

    static let instruments: [Instrument] = [Instrument?](
        arrayLiteral:
            make(
                "(?<![\\p{L}])(\(vietnameseTypes))(?:(?:\\s+[\\p{L}]+){0,10}?\\s+số)?\\s+(\(symbol))(?![\\p{L}\\p{N}])"
            ).map { Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["/"]) },
        make("(?<![\\p{L}\\p{N}/])()(\\d{1,5}/\\d{4}/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐa-zđ0-9]*)*)(?![\\p{L}\\p{N}])").map
        {
            Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["/"])
        },
        make(
            "(?<![\\p{L}])(Nghị định|Thông tư|Quyết định|Nghị quyết)\\s+(?:số\\s+)?(\\d{1,5}/\\d{4})(?![/\\p{L}\\p{N}])"
        ).map { Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["/"]) },
        // `Luật Tố cáo năm 2018`, `Luật Đất đai ngày 29 tháng 11 năm 2013`, `Luật X ngày 26/11/2013`.
        make(
            "(?<![\\p{L}])(Bộ luật|Luật|Pháp lệnh)\\s+(\\p{Lu}\\p{L}*(?:,?\\s+(?!(?:ngày|năm|số|của|và|về|được|đã|theo|tại|này|đó|có|do|hoặc|quy)(?![\\p{L}]))\\p{L}+){0,9}?)\\s+(?:ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+|ngày\\s+\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*|năm\\s+)?(\\d{4})(?![\\p{N}/])"
        ).map {
            Instrument(
                regex: $0, type: nil, identifierGroup: 2, isDatedLaw: true, needles: ["Luật", "luật", "Pháp lệnh"])
        },
        make("(Regulation\\s+\\((?:EU|EC|EEC)\\))\\s+(?:No\\.?\\s+)?(\\d{1,4}/\\d{1,4})").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["Regulation"])
        },
        make("(Directive)\\s+(?:\\((?:EU|EC|EEC)\\)\\s+)?(\\d{2,4}/\\d{1,4}(?:/(?:EU|EC|EEC))?)").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["Directive"])
        },
        make("(?<![\\p{L}])(ISO/IEC|ISO|IEC)\\s+(\\d{3,5}(?:-\\d{1,2})?(?::\\d{4})?)(?![\\p{N}])").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["ISO", "IEC"])
        },
        make("(NIST\\s+SP)\\s+(800-\\d{1,3}[A-Z]?(?:\\s+(?:Rev\\.?|Revision)\\s*\\d+)?)").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["NIST"])
        },
        make("(PCI\\s+DSS)\\s+(v?\\d+(?:\\.\\d+){0,3})").map {
            Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["PCI"])
        },
        // `Data Protection Act 1998`, `Anti-terrorism, Crime and Security Act 2001`, `Mental Health
        // (Scotland) Act 2015`, `Pharmacy (Northern Ireland) Order 1976`, `Representation of the
        // People Act 1983`; a sentence's first word, part numbers and roman numerals are not the name.
        make(
            "(?<![\\p{L}\\p{N}/])(?!(?:The|This|That|These|Under|Until|In|By|For|See|Where|When|If|As|And|Or|Of|To|On|With|From|Any|Each|An|A|Part|Parts|Section|Sections|Schedule|Schedules|Article|Articles|Chapter|Paragraph|Annex|Provisions|Amendments?|Repeals?|Act|Order|[IVXLC]+)\\s)([\\p{Lu}][\\p{L}'’\\-]*(?:,?\\s+(?:(?![IVXLC]+\\s)[\\p{Lu}][\\p{L}'’\\-]*|\\([\\p{Lu}][^()]{0,40}\\)|(?:of|and|for|on|to|in|etc\\.)|of\\s+the)){0,10}?\\s+(?:Act|Order))\\s+(\\d{4})(?![\\p{N}])"
        ).map { Instrument(regex: $0, type: nil, identifierGroup: 2, needles: ["Act", "Order"]) }
    ).compactMap { $0 }

    nonisolated(unsafe) static let vietnameseArticle = make(
        "(?<![\\p{L}\\p{N}])(?:([đĐ]iểm)\\s+([a-zđ])\\s+)?(?:([kK]hoản)\\s+(\\d{1,3})\\s+)?(?:của\\s+)?(Điều|ĐIỀU)\\s+(\\d{1,4}[a-z]?|này)(?![\\p{L}\\p{N}])"
    )
    nonisolated(unsafe) static let vietnameseChapter = make(
        "(?<![\\p{L}])(Chương|CHƯƠNG)\\s+([IVXLC]{1,6}|\\d{1,3})(?![\\p{L}\\p{N}])")
    nonisolated(unsafe) static let vietnameseAnnex = make(
        "(?<![\\p{L}])(Phụ lục|PHỤ LỤC)\\s+(?:số\\s+)?([IVXLC]{1,6}|\\d{1,3})(?![\\p{L}\\p{N}])")
    nonisolated(unsafe) static let english = make(
        "(?<![\\p{L}\\p{N}])(Article|article|Section|section|Clause|clause|Chapter|chapter|Annex|annex|Schedule|schedule|Part)\\s+(\\d{1,4}[a-zA-Z](?![\\p{L}\\p{N}\\-–])|\\d{1,4}(?:\\.\\d{1,4})*|[IVXLC]{1,6})((?:\\(\\w{1,4}\\))*)(?![\\p{L}\\p{N}])"
    )

    /// More items of a list or range after a reference: `, Điều 44`, `… và Điều 50`, ` or (4)`,
    /// ` to Article 39`, ` and Part 4 (sections 61 and 62)`.
    static let separator = "(?:,|;|…|\\.\\.\\.|\\.\\s\\.\\s\\.|and|or|to|và|hoặc|đến)"
    /// Atomic, so that a tail that names no instrument fails without trying every split of the list.
    static let listItems =
        "(?>(?:\\s*\(aside))?(?:\\s*\(separator)(?:\\s*\(separator))*\\s*(?:(?:[a-z]+\\s+){1,3}?(?=(?:sections?|[Aa]rticles?)\\s))?(?:(?:Articles?|articles?|Sections?|sections?|Parts?|Điều|khoản|điểm|Chương|Annex|Schedule|paragraphs?|subsections?)\\s+)?(?:\\(\\w{1,4}\\)|\\d{1,4}[a-zA-Z]{0,3}(?:\\.\\d{1,3})*(?:\\(\\w{1,4}\\))*|[IVXLC]{1,6}(?![\\p{L}.]))(?:\\s*\(aside))?)*)"
    /// A parenthetical of several words: `(sections 61 and 62)`, not a subdivision `(2)` nor a US
    /// code citation `(20 U.S.C. 1087f)`, which names the other instrument.
    static let aside = "\\((?=[^()]*\\s)(?!\\d{1,2}\\s+U\\.S\\.C\\.)[^()]{1,60}\\)"
    /// `, point (i),`, `, first subparagraph,`: EU acts name a point after the article's number
    /// (`Article 58(2), point (i), of Regulation (EU) 2018/1725`).
    static let euPoints =
        "(?>(?:\\s*,\\s*(?:points?|(?:first|second|third|fourth)\\s+subparagraph)(?:\\s+\\(\\w{1,4}\\))?)*)"
    /// `section 2A or 2B of, or paragraph 7C of Schedule 1 to, the National Health Service Act
    /// 2006`: provisions of one instrument listed in two places before its name.
    static let ofOrTo = "(?:\\s+of,\\s+(?:or|and)\\s+[^.;]{1,160}?\\s+to,)?"
    /// `of Annex I to`, `of Schedule 2 to`: a part of the instrument named next.
    static let throughParts =
        "(?>(?:\\s*,?\\s*(?:of|in|to)\\s+(?:the\\s+)?(?:Annex|Schedule|Part|Chapter|Title|Appendix|[Dd]ivision|[Ss]ubtitle|title)\\s+[\\p{L}\\p{N}.]{1,6})*)"

    nonisolated(unsafe) static let externalTail = make(
        "\(listItems)\(euPoints)\\)?\(ofOrTo)\(throughParts)\\s*,?\\s*(?:của\\s+|tại\\s+|theo\\s+|of\\s+|in\\s+|under\\s+|to,?\\s+)?(?:the\\s+)?(?:(?:Luật|Bộ luật|Hiến pháp|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh|Chỉ thị|Công văn|Kế hoạch)(?!\\s+này)|Regulation|Directive|Decision|Convention|Treaty|Charter|Protocol|TFEU|TEU|ECHR|Decree|Code|Constitution|GDPR|ISO|NIST|thereof|therein|(?:that|those|the said|the principal)\\s+\\p{L}+|\\d{4}\\s+\\p{L}+|[Tt]itle\\s+\\d+|United States Code|U\\.S\\.C\\.|\(namedInstrument)|\(usExternalTail))"
    )

    /// US drafting names the other instrument in few words after a reference: `of the Act` (a
    /// regulation's enabling statute), `of such Act`, `, I.R.C.`, or a parenthetical code
    /// citation (`section 456 (20 U.S.C. 1087f)`).
    static let usExternalTail =
        "Act(?![\\p{L}])|such\\s+(?:Act|title|Code|law)(?![\\p{L}])|I\\.R\\.C\\.|\\(\\d{1,2}\\s+U\\.S\\.C\\.|INA(?![\\p{L}])"

    /// What stands just before a reference to another instrument's provision in US texts:
    /// `such section 552` (one named before), `INA section 212(d)(5)`, `49 U.S.C. App., Chapter
    /// 11`.
    nonisolated(unsafe) static let usExternalBefore = make(
        "(?<![\\p{L}])(?:[Ss]uch|INA|I\\.R\\.C\\.|U\\.S\\.C\\.(?:\\s+App\\.)?,?)\\s+$")

    /// A name before the reference and a comma: `the Guide to OSCAL-based FedRAMP Content, `.
    nonisolated(unsafe) static let namedBefore = make(
        "(?<![\\p{L}])(?<!this |This |these |our )((?!(?:This|These|Our)\\s)[\\p{Lu}][\\p{L}\\p{N}'’\\-]*(?:\\s+(?:[\\p{Lu}(][\\p{L}\\p{N})'’\\-]*|\(connector)|v?\\d+(?:\\.\\d+)*)){0,12})\\s*,\\s*$"
    )
    nonisolated(unsafe) static let documentNoun = make(
        "(?<![\\p{L}])(?:\(instrumentNouns)|Framework|Standard|Specification)(?![\\p{L}])")

    /// A mention of another instrument in running text, besides citations: `the 2015 Act`, `the
    /// Data Protection Directive`.
    nonisolated(unsafe) static let mention = make(
        "(?<![\\p{L}])(?:the\\s+\\d{4}\\s+(?:Act|Order|Regulations|Rules)|(?<![Tt]his |[Tt]hese )\(namedInstrument))")
    nonisolated(unsafe) static let thisInstrument = make(
        "\\s*,?\\s*(?:(?:of|in|under|to)\\s+)?(?:this|these)(?![\\p{L}])|\\s*(?:[\\p{L}]+\\s+){1,3}này(?![\\p{L}])")

    /// `(“the 2015 Act”)` right after an instrument's name or citation.
    nonisolated(unsafe) static let shortNameAfter = make(
        "(?:\\d{4}|\\d/\\d{1,4}/(?:EU|EC|EEC)|\\d{1,4}/\\d{1,4}|(?<![Tt]his |[Tt]hese )(?:Act|Order|Directive|Regulations?|Convention))\\s*\\(\\s*(?:hereinafter\\s+(?:referred\\s+to\\s+as\\s+)?|hereafter\\s+)?(?:the\\s+)?[“\"‘]\\s*(?:the\\s+)?([^”\"’]{2,40}?)\\s*[”\"’]\\s*\\)"
    )
    /// `“the Data Protection Directive” means Directive 95/46/EC`.
    nonisolated(unsafe) static let shortNameDefinition = make(
        "[“\"‘]\\s*(?:the\\s+)?([^”\"’]{2,40}?)\\s*[”\"’]\\s+means\\s+(?:the\\s+)?(?:Directive|Regulation|Decision|\(namedInstrument))"
    )

    /// `08 Chương`: a number before the word makes it a count.
    nonisolated(unsafe) static let countBefore = make("(?<![\\p{L}\\p{N}/.,])\\d{1,3}\\s+")

    /// Short names of other instruments after a reference: ` of the 2015 Act`.
    static func shortNameTail(_ names: [String]) -> NSRegularExpression? {
        guard !names.isEmpty else { return nil }
        let alternatives = names.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
            .joined(separator: "|")
        return make(
            "\(listItems)\(throughParts)\\s*,?\\s*(?:of|in|under|to)\\s+(?:the\\s+)?(?:\(alternatives))(?![\\p{L}\\p{N}])"
        )
    }
}
