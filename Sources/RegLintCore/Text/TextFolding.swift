import Foundation

extension String {
    /// The string folded for matching: lowercased, diacritics removed (`đ` → `d`), Unicode form
    /// unified, runs of white space collapsed to one space, trimmed.
    public var foldedForMatching: String {
        let decomposed = lowercased().decomposedStringWithCanonicalMapping
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposed.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "đ": result.append("d")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The string with every run of white space (including tabs and line breaks) collapsed to one
    /// space and the ends trimmed.
    public var collapsingWhitespace: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
