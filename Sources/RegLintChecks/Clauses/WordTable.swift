import Foundation

/// Folded words numbered in the order they are first met, looked up by their UTF-8 bytes: the
/// clause outline numbers every word of a document without making a `String` of each.
struct WordTable {
    /// The words' bytes, one after another; word `n` ends at `ends[n]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Open addressing: a word's number, or -1, at its hash (then the next free slot).
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The number of words.
    var count: Int { ends.count }

    /// The number of `word`, given the next free number when it is new.
    mutating func number(of word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Self.hash(word) & (slots.count - 1)
        while slots[slot] >= 0 {
            if holds(Int(slots[slot]), word) { return UInt32(slots[slot]) }
            slot = (slot + 1) & (slots.count - 1)
        }
        bytes.append(contentsOf: word)
        ends.append(bytes.count)
        slots[slot] = Int32(ends.count - 1)
        return UInt32(ends.count - 1)
    }

    /// The number of `word`, given the next free number when it is new.
    mutating func number(of word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { number(of: $0) }
    }

    /// The number of `word` when the table has it.
    func existingNumber(of word: String) -> UInt32? {
        var word = word
        return word.withUTF8 { bytes -> UInt32? in
            var slot = Self.hash(bytes) & (slots.count - 1)
            while slots[slot] >= 0 {
                if holds(Int(slots[slot]), bytes) { return UInt32(slots[slot]) }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    /// Whether word `number` is `word`.
    private func holds(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1]
        guard ends[number] - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress, let wordBase = word.baseAddress else { return word.isEmpty }
            return memcmp(base + start, wordBase, word.count) == 0
        }
    }

    /// Twice the slots, every word placed again.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        bytes.withUnsafeBufferPointer { stored in
            var start = 0
            for (number, end) in ends.enumerated() {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: stored[start..<end])) & (slots.count - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = Int32(number)
                start = end
            }
        }
    }

    /// FNV-1a of the bytes.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
