import RegLintCore

/// Gathers the text of one paragraph (or number, heading, title) from XML text nodes, collapsing
/// the source's formatting white space as it goes so link offsets stay right.
struct TextCollector {
    private(set) var text = ""
    private(set) var utf16Length = 0
    private(set) var spans: [TextSpan] = []
    private(set) var links: [Link] = []
    private var pendingSpace = false
    private var openLinks: [(offset: Int, target: String)] = []

    /// Appends a text node found at `line`.
    mutating func append(_ piece: String, line: Int) {
        let start = utf16Length + (pendingSpace ? 1 : 0)
        for scalar in piece.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace {
                text.unicodeScalars.append(" ")
                utf16Length += 1
                pendingSpace = false
            }
            text.unicodeScalars.append(scalar)
            utf16Length += scalar.utf16.count
        }
        guard utf16Length > start else { return }
        if let last = spans.last, last.source == .xmlNode(line: line), last.offset + last.length >= start - 1 {
            spans[spans.count - 1].length = utf16Length - last.offset
        } else {
            spans.append(TextSpan(offset: start, length: utf16Length - start, source: .xmlNode(line: line)))
        }
    }

    /// A line break element: white space between words.
    mutating func appendBreak() {
        pendingSpace = !text.isEmpty
    }

    mutating func openLink(target: String) {
        openLinks.append((utf16Length + (pendingSpace ? 1 : 0), target))
    }

    mutating func closeLink() {
        guard let link = openLinks.popLast(), utf16Length > link.offset else { return }
        links.append(Link(offset: link.offset, length: utf16Length - link.offset, target: link.target))
    }

    var isBlank: Bool { text.isEmpty }
}
