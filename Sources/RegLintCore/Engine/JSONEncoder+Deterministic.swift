import Foundation

extension JSONEncoder {
    /// Sorted keys, pretty printed, slashes unescaped: the same input gives the same bytes.
    package static var deterministic: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
