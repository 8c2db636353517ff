/// A mention of another instrument, or of a part of the document itself, found in its text.
public struct Citation: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// Another instrument: a law, decree, standard, internal regulation.
        case instrument
        /// A part of this document: `khoản 2 Điều 5`, `Section 12`, `Annex II`.
        case internalReference
        /// A part of another instrument, named after it: `Điều 5` in `Điều 5 Luật Đất đai`,
        /// `section 102` in `section 102 of the Anti-terrorism, Crime and Security Act 2001`, or
        /// quoted from another text (`there is substituted “… under section 3(2) …”`). Never
        /// resolved against this document.
        case externalReference
        /// A hyperlink or Akoma Ntoso `<ref href>`.
        case link
    }

    /// One step of an internal reference, outermost first: article 5, clause 2, point a.
    public struct Step: Sendable, Equatable, Codable {
        public var kind: SectionKind
        /// The number as written (`5`, `2`, `a`, `II`, `4.2`).
        public var value: String
        /// The part may stand at any depth below the previous step (or below the citing part,
        /// for the first step of a relative reference), not only directly under it: US and UK
        /// drafting's `paragraph (3)`, `subparagraph (B)`, `paragraph 3 of Schedule 1` name a
        /// subdivision whose level the word alone does not fix in every format.
        public var isAtAnyDepth: Bool

        public init(kind: SectionKind, value: String, isAtAnyDepth: Bool = false) {
            self.kind = kind
            self.value = value
            self.isAtAnyDepth = isAtAnyDepth
        }

        enum CodingKeys: String, CodingKey {
            case kind, value, isAtAnyDepth
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = try container.decode(SectionKind.self, forKey: .kind)
            value = try container.decode(String.self, forKey: .value)
            isAtAnyDepth = try container.decodeIfPresent(Bool.self, forKey: .isAtAnyDepth) ?? false
        }
    }

    public var kind: Kind
    /// The words as printed.
    public var text: String
    /// The paragraph the citation stands in; `offset` and `length` are UTF-16 units in its text.
    public var location: SourceLocation
    public var offset: Int
    public var length: Int
    /// For instruments: the type as written (`Nghị định`, `Regulation (EU)`, `ISO/IEC`).
    public var instrumentType: String?
    /// For instruments: the number or symbol (`04/2015/NĐ-CP`, `22/2018/QĐ-TTg`, `2016/679`,
    /// `27001:2013`); for a law cited by name and date, the name and year (`Đất đai năm 2013`).
    public var identifier: String?
    /// For internal and external references: the target, outermost first; `isRelative` when it starts at the
    /// citing section (`khoản 2 Điều này`).
    public var steps: [Step]
    public var isRelative: Bool
    /// For links: the target.
    public var target: String?

    public init(
        kind: Kind, text: String, location: SourceLocation, offset: Int, length: Int, instrumentType: String? = nil,
        identifier: String? = nil, steps: [Step] = [], isRelative: Bool = false, target: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.location = location
        self.offset = offset
        self.length = length
        self.instrumentType = instrumentType
        self.identifier = identifier
        self.steps = steps
        self.isRelative = isRelative
        self.target = target
    }
}

extension Citation {
    /// Whether the two citations cover some of the same words of one paragraph.
    public func overlaps(_ other: Citation) -> Bool {
        location == other.location && offset < other.offset + other.length && other.offset < offset + length
    }
}
