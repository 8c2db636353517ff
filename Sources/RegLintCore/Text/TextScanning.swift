import Foundation

extension String {
    /// The string in Unicode normalization form C, without the round trip through `NSString`
    /// when it is already in that form: text whose scalars are all below the combining marks
    /// (U+0300), in Latin Extended Additional (the composed Vietnamese letters, U+1E00–U+1EFF) or in
    /// general punctuation and currency signs (U+2002–U+20CF) cannot change.
    package var precomposed: String {
        var text = self
        let isComposed = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                // ASCII, continuation bytes and the lead bytes of U+0080–U+02FF.
                if lead < 0xCC {
                    index += 1
                    continue
                }
                guard lead >= 0xE0, lead < 0xF0, index + 2 < bytes.count else { return false }
                let value =
                    UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard (0x1E00...0x1EFF).contains(value) || (0x2002...0x20CF).contains(value) else { return false }
                index += 3
            }
            return true
        }
        return isComposed ? self : precomposedStringWithCanonicalMapping
    }

    /// Whether the UTF-8 bytes of `needle` occur in the string's (an empty needle does): an exact
    /// search without case or Unicode folding, and not on whole characters (a dot that carries a
    /// combining mark still matches `.`). A prefilter, or a search of text already folded.
    package func containsBytes(of needle: String) -> Bool {
        self[...].containsBytes(of: needle)
    }
}

extension Substring {
    /// Whether the UTF-8 bytes of `needle` occur in the substring's (see `String.containsBytes(of:)`).
    package func containsBytes(of needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            guard !needleBytes.isEmpty else { return true }
            var haystack = self
            return haystack.withUTF8 { bytes in
                UTF8Search.contains(needleBytes, in: bytes)
            }
        }
    }
}

/// A plain search of bytes in bytes: the first byte, then the rest.
package enum UTF8Search {
    /// Whether every byte is ASCII, eight bytes at a time.
    package static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    package static func contains(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, let base = bytes.baseAddress, let needleBase = needle.baseAddress,
            bytes.count >= needle.count
        else { return false }
        // memchr finds each candidate first byte (vectorised), memcmp compares the rest.
        let end = base + (bytes.count - needle.count + 1)
        var position = base
        while position < end, let found = memchr(position, Int32(first), end - position) {
            let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if memcmp(candidate, needleBase, needle.count) == 0 { return true }
            position = candidate + 1
        }
        return false
    }
}
