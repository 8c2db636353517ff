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
}

/// A profile that applies to a document and what became of each of its clauses.
package struct ProfileMatch: Sendable, Equatable {
    package let profile: Profile
    package let clauses: [ClauseMatch]
}

/// Matches the required clauses of the applicable profiles against a document. Shared by
/// `clauses/missing`, `clauses/empty` and `reglint tree`.
package enum ClauseMatcher {
    /// The applicable profiles of `document` with the fate of each required clause.
    package static func matches(in document: Document, profiles: ProfileCatalog) -> [ProfileMatch] {
        let applicable = profiles.applicableProfiles(to: document)
        guard !applicable.isEmpty else { return [] }
        let outline = ClauseOutline(document)
        return applicable.map { profile in
            ProfileMatch(profile: profile, clauses: match(profile, in: outline, document: document))
        }
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
            if let first = candidates.satisfying.first {
                return ClauseMatch(
                    clause: clause, status: .present, location: first.location, evidence: first.evidence,
                    heading: nil, place: place, before: nil)
            }
            if let empty = candidates.emptyHeadings.first {
                return ClauseMatch(
                    clause: clause, status: .empty, location: empty.location, evidence: empty.evidence,
                    heading: empty.label, place: place, before: nil)
            }
            return ClauseMatch(
                clause: clause, status: .missing,
                location: outline.expectedLocation(clause.within, title: ProfileCatalog.title(of: document)),
                evidence: nil,
                heading: nil, place: place, before: beforeText)
        }
    }
}
