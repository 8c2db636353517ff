import Testing

@testable import RegLintChecks

@Suite("Numbering the words of the clause outline")
struct WordTableTests {
    @Test("A word keeps its number, distinct words get distinct numbers in the order met, past many regrowths")
    func numbersAreStableAndDistinct() {
        var table = WordTable()
        let words = (0..<5_000).map { "w\($0)" } + ["dieu", "", "a", "phạm vi"]
        let numbers = words.map { table.number(of: $0) }
        #expect(numbers == (0..<UInt32(words.count)).map { $0 })
        #expect(words.map { table.number(of: $0) } == numbers)
        #expect(words.map { table.existingNumber(of: $0) } == numbers)
        #expect(table.count == words.count)
        #expect(table.existingNumber(of: "w5000") == nil)
        #expect(table.existingNumber(of: "die") == nil)
        #expect(table.existingNumber(of: "dieuu") == nil)
    }
}
