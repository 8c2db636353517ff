import Foundation

extension String {
    /// The string folded for matching: lowercased, diacritics removed (`đ` → `d`), Unicode form
    /// unified, runs of white space collapsed to one space, trimmed.
    public var foldedForMatching: String {
        if let fast = foldedByTable { return fast }
        return foldedByDecomposition
    }

    /// ``foldedForMatching`` by lowercasing and canonical decomposition of the whole string: the
    /// reference the table of ``FoldingTable`` is built from, and the path for text outside it.
    var foldedByDecomposition: String {
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

    /// ``foldedForMatching`` in one pass over the UTF-8 bytes, each scalar folded on its own by
    /// ``FoldingTable`` (ASCII, Latin, Vietnamese letters, combining marks, general punctuation):
    /// nil when the text holds a scalar outside the table.
    private var foldedByTable: String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        var utf8 = self.utf8.makeIterator()
        var decoder = UTF8()
        loop: while true {
            let folded: FoldingTable.Entry
            switch decoder.decode(&utf8) {
            case .scalarValue(let scalar):
                if scalar.value < 0x80 {
                    let byte = UInt8(scalar.value)
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = !bytes.isEmpty
                        continue
                    }
                    if pendingSpace {
                        bytes.append(0x20)
                        pendingSpace = false
                    }
                    bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                    continue
                }
                guard let entry = FoldingTable.entry(for: scalar) else { return nil }
                folded = entry
            case .emptyInput: break loop
            case .error: return nil
            }
            switch folded {
            case .dropped: continue
            case .space: pendingSpace = !bytes.isEmpty
            case .bytes(let replacement):
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                bytes.append(contentsOf: replacement)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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

/// How ``String/foldedForMatching`` folds each scalar of the blocks documents mostly use,
/// computed once from the decomposition path, scalar by scalar: folding a scalar never depends
/// on its neighbours there (every combining mark is dropped, so their canonical order does not
/// matter).
enum FoldingTable {
    enum Entry: Sendable {
        /// A nonspacing mark: dropped.
        case dropped
        /// White space: part of a run collapsed to one space.
        case space
        /// The folded scalar's UTF-8 bytes.
        case bytes([UInt8])
    }

    /// Latin-1 Supplement to IPA (U+0080–U+02FF), combining marks (U+0300–U+036F), Latin
    /// Extended Additional with the Vietnamese letters (U+1E00–U+1EFF), general punctuation
    /// (U+2000–U+206F).
    static let blocks: [ClosedRange<UInt32>] = [0x80...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F]

    private static let entries: [[Entry]] = blocks.map { block in
        block.map { value in
            let scalar = Unicode.Scalar(value)!
            if scalar.properties.generalCategory == .nonspacingMark { return .dropped }
            if scalar.properties.isWhitespace { return .space }
            let folded = String(Character(scalar)).foldedByDecomposition
            return folded.isEmpty ? .dropped : .bytes(Array(folded.utf8))
        }
    }

    /// The entry of `scalar`, nil outside the table's blocks.
    static func entry(for scalar: Unicode.Scalar) -> Entry? {
        let value = scalar.value
        for (index, block) in blocks.enumerated() where block.contains(value) {
            return entries[index][Int(value - block.lowerBound)]
        }
        return nil
    }
}
