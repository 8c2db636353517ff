import Foundation
import RegLintCore

/// How the Vietnamese messages of the checks word what they quote: the document's own words in
/// “…”, dates and places as a Vietnamese official writes them.
enum VietnameseWording {
    /// The document's words in Vietnamese quotation marks.
    static func quoted(_ text: some StringProtocol) -> String {
        "“\(text.trimmingCharacters(in: .whitespaces))”"
    }

    /// `ngày 14 tháng 8 năm 2023`.
    static func date(_ day: Day) -> String {
        "ngày \(day.day) tháng \(day.month) năm \(day.year)"
    }

    /// The noun a Vietnamese text names a part of this kind with: `điều`, `khoản`, `điểm`.
    static func noun(_ kind: SectionKind) -> String {
        switch kind {
        case .part: "phần"
        case .chapter: "chương"
        case .section: "mục"
        case .article: "điều"
        case .clause: "khoản"
        case .point: "điểm"
        case .annex: "phụ lục"
        default: "phần"
        }
    }

    /// A section path as a Vietnamese citation, innermost first: `Chương III › Điều 9 ›
    /// Khoản 1` → `khoản 1 Điều 9`, `Điểm a` → `điểm a`. A path with parts not named in
    /// Vietnamese is kept as printed.
    static func citation(_ path: [String]) -> String {
        let vietnamese = ["Phần", "Chương", "Mục", "Điều", "Khoản", "Điểm", "Phụ lục"]
        guard !path.isEmpty,
            path.allSatisfy({ part in vietnamese.contains { part.hasPrefix($0 + " ") } })
        else { return path.joined(separator: " › ") }
        let hasArticle = path.contains { $0.hasPrefix("Điều ") }
        let kept = path.filter { part in
            !hasArticle || !["Phần ", "Chương ", "Mục "].contains { part.hasPrefix($0) }
        }
        return kept.reversed().map { part in
            part.hasPrefix("Khoản ") || part.hasPrefix("Điểm ") ? part.prefix(1).lowercased() + part.dropFirst() : part
        }.joined(separator: " ")
    }

    /// The text with its first letter in capitals.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
