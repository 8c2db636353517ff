/// A paragraph of text as a reader sees it, with a map back to its source.
public struct Paragraph: Sendable, Equatable, Codable {
    /// The visible text: generated numbering labels included, deleted tracked text, field codes
    /// and comments excluded.
    public var text: String
    public var location: SourceLocation
    /// The paragraph style's display name, when the format has styles.
    public var style: String?
    /// Pieces of `text` and where each came from, in text order. Empty when the whole text comes
    /// from the paragraph's own location (an XML paragraph on one line).
    public var spans: [TextSpan]
    /// Hyperlinks and references inside the paragraph (DOCX hyperlinks, Akoma Ntoso `<ref href>`).
    public var links: [Link]

    public init(
        text: String, location: SourceLocation, style: String? = nil, spans: [TextSpan] = [],
        links: [Link] = []
    ) {
        self.text = text
        self.location = location
        self.style = style
        self.spans = spans
        self.links = links
    }
}

/// A run of a paragraph's text and its origin. Offsets count UTF-16 code units, as Word does.
public struct TextSpan: Sendable, Equatable, Codable {
    public var offset: Int
    public var length: Int
    public var source: Source

    public init(offset: Int, length: Int, source: Source) {
        self.offset = offset
        self.length = length
        self.source = source
    }

    /// The origin of a span.
    public enum Source: Sendable, Equatable, Codable {
        /// The `run`-th `w:r` of the DOCX paragraph (0-based), from `offset` inside that run.
        case run(index: Int, offset: Int)
        /// A text node of an XML document.
        case xmlNode(line: Int)
        /// Text the reader generated, such as an automatic numbering label.
        case generated
    }
}

/// A hyperlink or reference with its target, covering part of a paragraph's text.
public struct Link: Sendable, Equatable, Codable {
    /// UTF-16 offset of the linked text in the paragraph.
    public var offset: Int
    public var length: Int
    /// The target: a URL, an Akoma Ntoso `href`, or `#bookmark` for internal DOCX anchors.
    public var target: String

    public init(offset: Int, length: Int, target: String) {
        self.offset = offset
        self.length = length
        self.target = target
    }
}

extension TextSpan {
    /// The same span `distance` UTF-16 units further into the text (after a prefix is added).
    public func shifted(by distance: Int) -> TextSpan {
        TextSpan(offset: offset + distance, length: length, source: source)
    }
}

extension Link {
    /// The same link `distance` UTF-16 units further into the text (after a prefix is added).
    public func shifted(by distance: Int) -> Link {
        Link(offset: offset + distance, length: length, target: target)
    }
}
