import RegLintCore

/// Gathers the text of one paragraph (or number, heading, title) from XML text nodes, collapsing
/// the source's formatting white space as it goes so link offsets stay right.
///
/// Text is gathered as UTF-8 bytes and turned into a `String` once, at its exact size: strings
/// grown by appending keep up to twice the capacity they need, which adds up in large documents.
struct TextCollector {
    private var bytes: [UInt8] = []
    private(set) var utf16Length = 0
    private var allSpans: [TextSpan] = []
    private(set) var links: [Link] = []
    private var pendingSpace = false
    private var openLinks: [(offset: Int, target: String)] = []

    /// The collected text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The spans of the text; empty when all of it comes from one line (the paragraph's own
    /// location says which), which saves an array per paragraph in large documents.
    var spans: [TextSpan] {
        allSpans.count == 1 && allSpans[0].offset == 0 ? [] : allSpans
    }

    var isBlank: Bool { bytes.isEmpty }

    /// Appends a text node found at `line`; XML white space (space, tab, CR, LF) collapses.
    mutating func append(_ piece: String, line: Int) {
        let start = utf16Length + (pendingSpace ? 1 : 0)
        for byte in piece.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                utf16Length += 1
                pendingSpace = false
            }
            bytes.append(byte)
            // One UTF-16 unit per scalar (lead byte), two for scalars beyond the BMP (0xF0…).
            if byte & 0xC0 != 0x80 { utf16Length += byte >= 0xF0 ? 2 : 1 }
        }
        guard utf16Length > start else { return }
        if let last = allSpans.last, last.source == .xmlNode(line: line), last.offset + last.length >= start - 1 {
            allSpans[allSpans.count - 1].length = utf16Length - last.offset
        } else {
            allSpans.append(TextSpan(offset: start, length: utf16Length - start, source: .xmlNode(line: line)))
        }
    }

    /// A line break element: white space between words.
    mutating func appendBreak() {
        pendingSpace = !bytes.isEmpty
    }

    mutating func openLink(target: String) {
        openLinks.append((utf16Length + (pendingSpace ? 1 : 0), target))
    }

    mutating func closeLink() {
        guard let link = openLinks.popLast(), utf16Length > link.offset else { return }
        links.append(Link(offset: link.offset, length: utf16Length - link.offset, target: link.target))
    }
}
