import RegLintChecks
import RegLintCore

/// The profile part of `reglint tree`: which profiles apply to a document and where each
/// required clause was found, so a user sees why `clauses/missing` did or did not fire.
///
/// ```
/// profiles:
///   vn-quy-che — Quy chế, quy định (Vietnamese regulation) [built-in]
///     ✓ scope "Phạm vi điều chỉnh": heading "Điều 1. Phạm vi điều chỉnh" … — Chương I › Điều 1 ¶15
///     ✗ subjects "Đối tượng áp dụng": missing in Chương I
/// ```
enum TreeProfileRenderer {
    static func render(_ matches: [ProfileMatch], emit: (String) -> Void) {
        guard !matches.isEmpty else {
            emit("profiles: none applies (no clause findings for this document)")
            return
        }
        emit("profiles:")
        for match in matches {
            var header = "  \(match.profile.id) — \(match.profile.name) [\(match.profile.source)]"
            if let attachment = match.attachment {
                header += ", for the attached \"\(attachment)\"" + (match.attachmentLocation.map(locationText) ?? "")
            }
            emit(header)
            for clause in match.clauses { emit("    " + line(clause)) }
        }
    }

    private static func line(_ match: ClauseMatch) -> String {
        let name = "\(match.clause.id) \"\(match.clause.name)\""
        let place = match.location.map { locationText($0) } ?? ""
        switch match.status {
        case .present:
            return "✓ \(name): \(match.evidence ?? "")\(place)"
        case .empty:
            return "∅ \(name): heading \(match.evidence ?? "") has no content\(place)"
        case .missing:
            var expected = match.place ?? "anywhere"
            if let before = match.before { expected += " before \"\(before)\"" }
            return "✗ \(name): missing (expected \(expected))"
        }
    }

    private static func locationText(_ location: SourceLocation) -> String {
        let path = location.sectionPath.joined(separator: " › ")
        let short = location.shortDescription
        return " — " + [path, short].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The profiles as JSON-encodable values.
    static func views(_ matches: [ProfileMatch]) -> [ProfileView] {
        matches.map { match in
            ProfileView(
                id: match.profile.id, name: match.profile.name, source: match.profile.source,
                attachment: match.attachment,
                clauses: match.clauses.map { clause in
                    ClauseView(
                        id: clause.clause.id, name: clause.clause.name, status: clause.status.rawValue,
                        evidence: clause.evidence, section: clause.location?.sectionPath ?? [],
                        paragraph: clause.location?.paragraph, line: clause.location?.line, expected: clause.place)
                })
        }
    }

    struct ProfileView: Encodable {
        var id: String
        var name: String
        var source: String
        /// The attached instrument the profile applies to, when not the whole document.
        var attachment: String?
        var clauses: [ClauseView]
    }

    struct ClauseView: Encodable {
        var id: String
        var name: String
        var status: String
        var evidence: String?
        var section: [String]
        var paragraph: Int?
        var line: Int?
        var expected: String?
    }
}
