/// What a format says about a paragraph's role, beyond its text.
public struct ParagraphHints: Sendable, Equatable {
    /// Outline level from a heading style or direct formatting: 0 for Heading 1.
    public var outlineLevel: Int?
    /// The paragraph has the document's Title style.
    public var isTitle: Bool
    /// All of the paragraph's text is bold.
    public var isBold: Bool
    /// The paragraph is a table-of-contents entry and never a heading.
    public var isTableOfContents: Bool

    public init(
        outlineLevel: Int? = nil, isTitle: Bool = false, isBold: Bool = false,
        isTableOfContents: Bool = false
    ) {
        self.outlineLevel = outlineLevel
        self.isTitle = isTitle
        self.isBold = isBold
        self.isTableOfContents = isTableOfContents
    }
}
