import Foundation

extension String {
    /// The string folded for matching: lowercased, diacritics removed (`đ` → `d`), Unicode form
    /// unified, runs of white space collapsed to one space, trimmed.
    public var foldedForMatching: String {
        if let ascii = foldedASCII { return ascii }
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
    /// ``foldedForMatching`` of ASCII text, by one pass over its bytes (nothing to decompose):
    /// nil when the text holds any other character.
    private var foldedASCII: String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

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
