import RegLintCore

/// Where a profile's required clause was found, or where it was expected.
package struct ClauseMatch: Sendable, Equatable {
    /// Whether the clause is there.
    package enum Status: String, Sendable {
        case present, empty, missing
    }

    package let clause: RequiredClause
    package let status: Status
    /// Where it matched (present), its heading (empty), or where it was expected (missing).
    package let location: SourceLocation?
    /// What satisfied it, as the document prints it: `heading "Điều 1. Phạm vi điều chỉnh"`.
    package let evidence: String?
    /// The heading of an empty clause, as printed.
    package let heading: String?
    /// Where the clause was expected: `in Chương I`, `in the preamble`, or nil for anywhere.
    package let place: String?
    /// The clause it had to come before, when that one was found: `"Điều 10. Hiệu lực thi hành"`.
    package let before: String?
    /// `place` in Vietnamese: `trong Chương I`, `trong phần mở đầu`.
    package var placeVietnamese: String? = nil
}

/// A profile that applies to a document and what became of each of its clauses.
package struct ProfileMatch: Sendable, Equatable {
    package let profile: Profile
    package let clauses: [ClauseMatch]
    /// The title of the attached instrument the profile applies to ("QUY CHẾ Làm việc của …",
    /// issued with the decision in the same file) and where it starts; nil for the document.
    package var attachment: String? = nil
    package var attachmentLocation: SourceLocation? = nil
}

/// Matches the required clauses of the applicable profiles against a document. Shared by
/// `clauses/missing`, `clauses/empty` and `reglint tree`.
package enum ClauseMatcher {
    /// ``matches(in:profiles:)`` with the context's profiles, computed once per document for
    /// every clause check (the outline and the matching are the costly part of a run). A
    /// context given another document (a custom runner reusing one) computes them again.
    static func matches(in document: Document, context: CheckContext) -> [ProfileMatch] {
        let shared = context.shared.value("clauses/matches") {
            SharedMatches(document: document, matches: matches(in: document, profiles: context.profiles))
        }
        return shared.document == document ? shared.matches : matches(in: document, profiles: context.profiles)
    }

    /// The matches of one document, kept with it.
    private struct SharedMatches: Sendable {
        let document: Document
        let matches: [ProfileMatch]
    }

    /// The applicable profiles of `document` with the fate of each required clause.
    package static func matches(in document: Document, profiles: ProfileCatalog) -> [ProfileMatch] {
        let applicable = profiles.applicableProfiles(to: document)
        var result: [ProfileMatch] = []
        if !applicable.isEmpty {
            let outline = ClauseOutline(document, indexing: firstWords(of: applicable))
            result = applicable.map { profile in
                ProfileMatch(profile: profile, clauses: match(profile, in: outline, document: document))
            }
        }
        // A regulation issued with the decision in the same file is checked as a document of
        // its own, by the profiles that apply to it and not already to the whole file.
        if let attached = AttachedInstrument.first(in: document) {
            let own = Set(applicable.map(\.id))
            let forAttached = profiles.applicableProfiles(to: attached.document).filter { !own.contains($0.id) }
            if !forAttached.isEmpty {
                let outline = ClauseOutline(attached.document, indexing: firstWords(of: forAttached))
                result += forAttached.map { profile in
                    ProfileMatch(
                        profile: profile, clauses: match(profile, in: outline, document: attached.document),
                        attachment: attached.title, attachmentLocation: attached.location)
                }
            }
        }
        return result
    }

    /// The first word of every phrase of the profiles: the words the outline indexes.
    private static func firstWords(of profiles: [Profile]) -> Set<String> {
        var words: Set<String> = []
        for clause in profiles.flatMap(\.required) {
            for phrase in clause.heading + clause.text + clause.orText {
                if let word = phrase.parts.first?.first { words.insert(word) }
            }
        }
        return words
    }

    private static func match(_ profile: Profile, in outline: ClauseOutline, document: Document) -> [ClauseMatch] {
        let found = profile.required.map { outline.candidates(for: $0, document: document) }
        return profile.required.enumerated().map { index, clause in
            var candidates = found[index]
            var beforeText: String?
            if let beforeID = clause.before, let other = profile.required.firstIndex(where: { $0.id == beforeID }),
                let limit = found[other].satisfying.min(by: { $0.order < $1.order })
            {
                candidates = candidates.before(limit.order)
                beforeText = limit.label
            }
            let place = clause.within.map { outline.placeDescription($0) }
            let placeVietnamese = clause.within.map { outline.placeDescription($0, in: .vi) }
            if let first = candidates.satisfying.first {
                return ClauseMatch(
                    clause: clause, status: .present, location: first.location, evidence: first.evidence,
                    heading: nil, place: place, before: nil, placeVietnamese: placeVietnamese)
            }
            if let empty = candidates.emptyHeadings.first {
                return ClauseMatch(
                    clause: clause, status: .empty, location: empty.location, evidence: empty.evidence,
                    heading: empty.label, place: place, before: nil, placeVietnamese: placeVietnamese)
            }
            return ClauseMatch(
                clause: clause, status: .missing,
                location: outline.expectedLocation(clause.within, title: ProfileCatalog.title(of: document)),
                evidence: nil,
                heading: nil, place: place, before: beforeText, placeVietnamese: placeVietnamese)
        }
    }
}
