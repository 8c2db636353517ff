/// A property of Unicode scalars, looked up in a table for the blocks Latin and Vietnamese text is
/// written in (below U+0300, and Latin Extended Additional, U+1E00–U+1EFF) and asked of the
/// scalar's properties for the rest.
package struct ScalarTable: Sendable {
    private let latin: [Bool]
    private let vietnamese: [Bool]
    private let property: @Sendable (Unicode.Scalar) -> Bool

    /// The table of `property`, computed once for the two blocks.
    package init(_ property: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        func values(_ range: Range<UInt32>) -> [Bool] { range.map { Unicode.Scalar($0).map(property) ?? false } }
        latin = values(0..<0x300)
        vietnamese = values(0x1E00..<0x1F00)
        self.property = property
    }

    /// Whether `scalar` has the property.
    package func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return latin[Int(value)] }
        if (0x1E00..<0x1F00).contains(value) { return vietnamese[Int(value - 0x1E00)] }
        return property(scalar)
    }
}

extension UInt8 {
    /// Whether the byte is ASCII white space: space, tab, line feed, vertical tab, form feed or
    /// carriage return.
    package var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

extension Unicode.Scalar {
    /// Whether the scalar is white space: ASCII by value, the rest by its Unicode properties.
    package var isWhitespace: Bool { value < 0x80 ? UInt8(value).isASCIIWhitespace : properties.isWhitespace }
}
