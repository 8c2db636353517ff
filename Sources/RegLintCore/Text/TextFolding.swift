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
        var text = self
        return text.withUTF8 { bytes -> String? in
            // Room for twice the bytes: no scalar of the table folds to more than that (and if one
            // did, the decomposition path would take over).
            var complete = true
            let folded = String(unsafeUninitializedCapacity: max(1, bytes.count * 2)) { result in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    // What the scalar folds to: a lowercased ASCII byte, or the table's bytes
                    // (packed: the count in the low byte, the bytes above it).
                    var packed = UInt64(lead)
                    if lead < 0x80 {
                        index += 1
                        if lead.isASCIIWhitespace {
                            pendingSpace = count > 0
                            continue
                        }
                        packed = (UInt64((0x41...0x5A).contains(lead) ? lead + 0x20 : lead) << 8) | 1
                    } else {
                        let (scalar, length) = UTF8Decoding.scalar(at: index, in: bytes)
                        index += length
                        guard let entry = FoldingTable.packedEntry(for: scalar) else {
                            complete = false
                            return 0
                        }
                        if entry == FoldingTable.dropped { continue }
                        if entry == FoldingTable.space {
                            pendingSpace = count > 0
                            continue
                        }
                        packed = entry
                    }
                    let length = Int(packed & 0xFF)
                    guard count + 1 + max(1, length) <= result.count else {
                        complete = false
                        return 0
                    }
                    if pendingSpace {
                        result[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    for offset in 0..<length {
                        result[count] = UInt8(truncatingIfNeeded: packed >> (8 * (offset + 1)))
                        count += 1
                    }
                }
                return count
            }
            return complete ? folded : nil
        }
    }

    /// The string with every run of white space (including tabs and line breaks) collapsed to one
    /// space and the ends trimmed.
    public var collapsingWhitespace: String {
        if let fast = collapsingWhitespaceByScalar { return fast }
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

extension String {
    /// ``collapsingWhitespace`` by Unicode scalars, for text where every scalar is a character of
    /// its own (``Unicode/Scalar/isCharacterOnItsOwn``); nil for other text.
    fileprivate var collapsingWhitespaceByScalar: String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length: Int
                let isWhitespace: Bool
                if lead < 0x80 {
                    length = 1
                    isWhitespace = lead.isASCIIWhitespace
                } else {
                    let (scalar, scalarLength) = UTF8Decoding.scalar(at: index, in: bytes)
                    length = scalarLength
                    isWhitespace = scalar.properties.isWhitespace
                    guard isWhitespace || scalar.isCharacterOnItsOwn else { return nil }
                }
                if isWhitespace {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(contentsOf: bytes[index..<index + length])
                }
                index += length
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}

/// Reading one scalar from valid UTF-8 (a Swift string's bytes).
enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        let value: UInt32
        let length: Int
        if lead < 0x80 {
            (value, length) = (lead, 1)
        } else if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

extension Unicode.Scalar {
    /// Whether the scalar always forms a character on its own, whatever stands beside it (apart
    /// from CR LF): Latin up to the combining marks, the composed Vietnamese letters, general
    /// punctuation without the joiners, currency signs. Text made only of these can be read
    /// scalar by scalar where it would be read character by character.
    package var isCharacterOnItsOwn: Bool {
        let value = value
        return value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value)
            || (0x2030...0x205E).contains(value) || (0x20A0...0x20CF).contains(value)
    }
}

/// How ``String/foldedForMatching`` folds each scalar of the blocks documents mostly use,
/// computed once from the decomposition path, scalar by scalar: folding a scalar never depends
/// on its neighbours there (every combining mark is dropped, so their canonical order does not
/// matter).
enum FoldingTable {
    enum Entry: Sendable {
        /// A nonspacing mark, or a scalar whose fold is empty: dropped.
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
            // The blocks hold no surrogates: every value is a scalar.
            guard let scalar = Unicode.Scalar(value) else { return .dropped }
            if scalar.properties.generalCategory == .nonspacingMark { return .dropped }
            if scalar.properties.isWhitespace { return .space }
            let folded = String(Character(scalar)).foldedByDecomposition
            return folded.isEmpty ? .dropped : .bytes(Array(folded.utf8))
        }
    }

    /// The entry of `scalar`, nil outside the table's blocks.
    static func entry(for scalar: Unicode.Scalar) -> Entry? {
        let value = scalar.value
        for index in blocks.indices where blocks[index].contains(value) {
            return entries[index][Int(value - blocks[index].lowerBound)]
        }
        return nil
    }

    /// A packed entry of a dropped scalar.
    static let dropped: UInt64 = 0xFF
    /// A packed entry of white space.
    static let space: UInt64 = 0xFE

    /// The entries packed in one word each, for the folding loop: the number of folded bytes in
    /// the low byte and the bytes above it, or ``dropped`` or ``space``. A fold longer than seven
    /// bytes has no packed entry (nil: the decomposition path folds the text).
    private static let packed: [[UInt64?]] = entries.map { block in
        block.map { entry in
            switch entry {
            case .dropped: dropped
            case .space: space
            case .bytes(let bytes) where bytes.count <= 7:
                bytes.enumerated().reduce(UInt64(bytes.count)) { $0 | UInt64($1.element) << (8 * ($1.offset + 1)) }
            case .bytes: nil
            }
        }
    }

    /// The packed entry of `scalar`, nil outside the table's blocks.
    static func packedEntry(for scalar: Unicode.Scalar) -> UInt64? {
        let value = scalar.value
        if value <= 0x36F { return value >= 0x80 ? packed[0][Int(value - 0x80)] : nil }
        if (0x1E00...0x1EFF).contains(value) { return packed[1][Int(value - 0x1E00)] }
        if (0x2000...0x206F).contains(value) { return packed[2][Int(value - 0x2000)] }
        return nil
    }
}
