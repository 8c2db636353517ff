import Foundation
import RegLintCore

/// What `references/outdated` keeps of each document: who it is, what it replaces, what it
/// cites, and the outdated bodies it names.
struct OutdatedReferenceSummary: Sendable, Codable {
    struct Cited: Sendable, Codable {
        var citation: Citation
        /// The citation stands in the sentence that declares a replacement or repeal.
        var isDeclaration: Bool
        /// Where the citation's words lie in its paragraph's text.
        var range: TextRange?
    }

    var number: String?
    var identifier: String?
    var issued: Day?
    /// Identifiers, numbers and Akoma Ntoso references of the instruments this document replaces.
    var replaces: [String]
    var citations: [Cited]
    var bodies: [Diagnostic]

    private static let declarationWords = [
        "thay the", "bai bo", "het hieu luc", "replaces", "replaced", "repeals", "repealed", "supersedes",
        "superseded", "revokes", "revoked",
        // An EU act's title as cited: "Regulation (EU) 2016/679 … repealing Directive 95/46/EC".
        "repealing",
    ]
    private static let replacingWords = ["thay the", "bai bo", "replaces", "repeals", "supersedes", "revokes"]

    init(_ document: Document, context: CheckContext) {
        let facts = context.facts(of: document)
        number = document.metadata.number
        identifier = document.metadata.identifier
        issued = document.metadata.dates.first { $0.kind == "issued" }?.day
        replaces = document.metadata.replaces
        citations = []
        bodies = []
        let instruments = facts.citations.indices.filter { facts.citations[$0].kind == .instrument }
        // Links count where they are not also written out as an instrument (a registry may list
        // an Akoma Ntoso href as an alias); the two overlap only within one paragraph.
        let instrumentsByParagraph = Dictionary(grouping: instruments, by: facts.paragraphIndex(ofCitation:))
        let links = facts.citations.indices.filter { index in
            let link = facts.citations[index]
            guard link.kind == .link else { return false }
            let sameParagraph = instrumentsByParagraph[facts.paragraphIndex(ofCitation: index)] ?? []
            return !sameParagraph.contains { link.overlaps(facts.citations[$0]) }
        }
        let own = OwnInstrument(document, facts: facts)
        for index in instruments + links where !own.contains(facts.citations[index]) {
            let citation = facts.citations[index]
            let text = facts.paragraph(ofCitation: index).paragraph.text
            let sentence = Self.sentence(around: citation, in: text).foldedForMatching
            let isDeclaration = Self.declarationWords.contains { sentence.contains($0) }
            if isDeclaration, Self.replacingWords.contains(where: { sentence.contains($0) }),
                let identifier = citation.identifier
            {
                replaces.append(identifier)
            }
            let range = citation.range(inParagraphText: text)
            citations.append(Cited(citation: citation, isDeclaration: isDeclaration, range: range))
        }
        bodies = Self.bodyMentions(
            facts.paragraphs.lazy.map(\.paragraph), registry: context.registry, asOf: context.asOf)
    }

    /// The sentence (between `.`, `;` and line ends) holding the citation, in NFC.
    private static func sentence(around citation: Citation, in text: String) -> String {
        let ns = text.precomposed as NSString
        let stops = CharacterSet(charactersIn: ".;\n")
        var start = min(citation.offset, ns.length)
        while start > 0, let scalar = Unicode.Scalar(ns.character(at: start - 1)), !stops.contains(scalar) {
            start -= 1
        }
        var end = min(citation.offset + citation.length, ns.length)
        while end < ns.length, let scalar = Unicode.Scalar(ns.character(at: end)), !stops.contains(scalar) { end += 1 }
        return ns.substring(with: NSRange(location: start, length: end - start))
    }

    private static func bodyMentions(
        _ paragraphs: some Sequence<Paragraph>, registry: InstrumentRegistry, asOf: Day
    ) -> [Diagnostic] {
        let bodies = registry.bodies.filter { body in body.until.map { $0 < asOf } ?? true }
        guard !bodies.isEmpty else { return [] }
        // Each name folded once, not once a paragraph.
        let names = bodies.map { body in ([body.name] + body.aliases).map { ($0, $0.foldedForMatching) } }
        var found: [Diagnostic] = []
        for paragraph in paragraphs {
            let folded = paragraph.text.foldedForMatching
            var sentences: [(text: String, dates: [Day])]?
            for (body, bodyNames) in zip(bodies, names) {
                for (name, foldedName) in bodyNames {
                    guard folded.contains(foldedName) else { continue }
                    sentences = sentences ?? Self.sentences(of: paragraph.text)
                    let current = (sentences ?? []).contains { sentence in
                        sentence.text.contains(foldedName) && !Self.isPast(sentence, for: body)
                            && !Self.namesOnlyIssuers(foldedName, in: sentence.text)
                    }
                    if current {
                        found.append(
                            Diagnostic(
                                message: .bodyChanged(name, body), location: paragraph.location, excerpt: name,
                                range: paragraph.text.range(of: name).map { TextRange($0, in: paragraph.text) }))
                    }
                    break
                }
            }
        }
        return found
    }

    private static let bodyChangeWords = [
        "giai the", "sap nhap", "hop nhat", "ket thuc hoat dong", "doi ten", "merged", "renamed", "dissolved",
    ]

    /// The sentences of a paragraph, folded, with the dates each one gives.
    private static func sentences(of text: String) -> [(text: String, dates: [Day])] {
        var result: [(text: String, dates: [Day])] = []
        var current = ""
        func flush() {
            if !current.trimmingWhitespace.isEmpty {
                result.append((current.foldedForMatching, DateParser.dates(in: current).map(\.day)))
            }
            current = ""
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let endsSentence =
                character == ";" || character.isNewline
                || (character == "." && (index + 1 == characters.count || characters[index + 1].isWhitespace))
            if endsSentence { flush() }
        }
        flush()
        return result
    }

    /// `Thông tư 03/2014/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội`: every mention of the
    /// body in the (folded) sentence names the issuer of a cited instrument, as it was then.
    private static func namesOnlyIssuers(_ name: String, in sentence: String) -> Bool {
        let ns = sentence as NSString
        var searchFrom = 0
        var sawMention = false
        while searchFrom < ns.length {
            let found = ns.range(of: name, range: NSRange(location: searchFrom, length: ns.length - searchFrom))
            guard found.location != NSNotFound else { break }
            sawMention = true
            let before = NSRange(location: 0, length: found.location)
            guard issuer?.firstMatch(in: sentence, range: before) != nil else { return false }
            searchFrom = found.location + found.length
        }
        return sawMention
    }

    /// A number-symbol, perhaps a date, then "của" and perhaps the head's title, at the end of the
    /// folded text before a body's name.
    private static let issuer = try? NSRegularExpression(
        pattern:
            "\\d{1,5}/(?:\\d{4}/)?[a-z][a-z0-9-]*(?:\\s+ngay\\s+[0-9/ a-z]{1,30}?)?\\s*,?\\s+cua\\s+(?:(?:bo truong|thu truong|chu tich|giam doc)\\s+)?$"
    )

    /// A sentence about the past names a body as it was then: it is dated on or before the body's
    /// last day ("Kết luận số 24/KL-ĐKT ngày 12/6/2025 … tại UBND huyện Tuy Đức", "Thông tư số
    /// 20/2017/TT-BTTTT ngày 12 tháng 9 năm 2017 của Bộ trưởng Bộ Thông tin và Truyền thông"), or
    /// it states the change itself ("các đơn vị … đã giải thể, sáp nhập").
    private static func isPast(_ sentence: (text: String, dates: [Day]), for body: InstrumentRegistry.Body) -> Bool {
        if bodyChangeWords.contains(where: { sentence.text.contains($0) }) { return true }
        guard let until = body.until else { return false }
        return sentence.dates.contains { $0 <= until }
    }
}

/// The replacements the documents of a run declare, by the replaced instrument's key.
struct CorpusReplacements {
    struct Replacement {
        var number: String
        var path: String
        var day: Day?
    }

    private var byKey: [String: Replacement] = [:]

    init(_ corpus: [CorpusEntry<OutdatedReferenceSummary>]) {
        let numbersByIdentifier = Dictionary(
            corpus.compactMap { entry in entry.summary.identifier.map { ($0, entry.summary.number) } },
            uniquingKeysWith: { first, _ in first })
        for entry in corpus {
            guard let number = entry.summary.number else { continue }
            for replaced in entry.summary.replaces {
                let replacement = Replacement(number: number, path: entry.path, day: entry.summary.issued)
                byKey[InstrumentRegistry.key(replaced)] = replacement
                if let replacedNumber = numbersByIdentifier[replaced] ?? nil {
                    byKey[InstrumentRegistry.key(replacedNumber)] = replacement
                }
            }
        }
    }

    /// The document that replaces `identifier`, unless that is the citing document itself.
    func replacement(of identifier: String, citedBy path: String) -> Replacement? {
        guard let replacement = byKey[InstrumentRegistry.key(identifier)], replacement.path != path else { return nil }
        return replacement
    }
}
