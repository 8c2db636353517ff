import RegLintCore

extension Finding {
    /// Where in the document the finding is, in words every format can carry: the section path
    /// and, for a DOCX, the paragraph (`Chương II › Điều 6 › Khoản 3 (¶47)`); nil when neither
    /// is known.
    var place: String? {
        let section = location.sectionPath.joined(separator: " › ")
        let paragraph = location.paragraph.map { "¶\($0)" }
        switch (section.isEmpty, paragraph) {
        case (false, let paragraph?): return "\(section) (\(paragraph))"
        case (false, nil): return section
        case (true, let paragraph?): return paragraph
        case (true, nil): return nil
        }
    }

    /// The message preceded by ``place``, for formats whose location fields hold only lines.
    var messageWithPlace: String {
        place.map { "\($0): \(message)" } ?? message
    }
}
