/// The parts a kind of document must contain (DESIGN.md, "Profile file"; the format and its
/// extensions are in docs/profiles.md).
public struct Profile: Sendable, Equatable {
    /// Stable id: `vn-quy-che`, `en-policy`; findings, `--profile` and configurations name it.
    public var id: String
    /// A human name, e.g. "Vietnamese quy chế (regulation)".
    public var name: String
    /// The file the profile was read from, or `built-in`.
    public var source: String
    /// The id of the profile whose required clauses this one inherits, if any.
    public var extends: String?
    /// Which documents the profile applies to by itself.
    public var appliesTo: ProfileApplicability
    /// The required clauses, inherited ones first.
    public var required: [RequiredClause]

    public init(
        id: String, name: String, source: String, extends: String? = nil,
        appliesTo: ProfileApplicability = ProfileApplicability(), required: [RequiredClause]
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.extends = extends
        self.appliesTo = appliesTo
        self.required = required
    }
}

/// The conditions under which a profile applies: every key given must hold; a list holds when
/// one of its entries does. A profile with no condition applies only when it is forced or
/// assigned.
public struct ProfileApplicability: Sendable, Equatable {
    /// The document's language.
    public var language: Language?
    /// Phrases one of which the title contains.
    public var title: [ProfilePhrase] = []
    /// Document types one of which the title starts with (`quy chế`, `quyết định`, `v/v`), or
    /// which a preamble line in capitals is (`QUY ĐỊNH` above an Akoma Ntoso act's own title).
    public var type: [ProfilePhrase] = []
    /// Phrases none of which the title may contain.
    public var notTitle: [ProfilePhrase] = []
    /// Phrases one of which the text before the first heading contains.
    public var preamble: [ProfilePhrase] = []
    /// Phrases one of which the document's number contains (`/QC-`).
    public var number: [ProfilePhrase] = []
    /// Globs, relative to the configuration's folder, one of which the document's path matches.
    public var path: [Glob] = []

    public init() {}

    /// Whether no condition is given (the profile then applies only when forced or assigned).
    public var isEmpty: Bool {
        language == nil && title.isEmpty && type.isEmpty && notTitle.isEmpty && preamble.isEmpty && number.isEmpty
            && path.isEmpty
    }
}

/// A clause a profile requires (DESIGN.md, "Profile clauses").
public struct RequiredClause: Sendable, Equatable {
    /// Stable within the profile: `scope`, `implementation`.
    public var id: String
    /// The name findings use: "Phạm vi điều chỉnh".
    public var name: String
    /// Why the clause is required; quoted by `clauses/missing`.
    public var rationale: String?
    /// The rationale in Vietnamese (`rationale_vi`), quoted by Vietnamese messages.
    public var rationaleVietnamese: String?
    /// Heading synonyms: a section heading containing one, or a paragraph or table cell that
    /// starts with one as a run-in heading, satisfies the clause.
    public var heading: [ProfilePhrase]
    /// Content phrases: with `heading`, a heading-matched part must contain one; alone, any
    /// paragraph containing one satisfies the clause.
    public var text: [ProfilePhrase]
    /// Phrases that satisfy the clause anywhere in its place, with or without a heading.
    public var orText: [ProfilePhrase]
    /// Metadata the reader found that satisfies the clause (`number`, `issuer`, `place_date`,
    /// `title`): a document's header fields, which a reader recognises better than phrases do.
    public var metadata: [MetadataField]
    /// Whether a heading synonym counts only in text typed in capitals (a signature block:
    /// `KT. CHỦ TỊCH`, not the recipient line `- Chủ tịch UBND tỉnh;`).
    public var isInCapitals = false
    /// Where the clause must be.
    public var within: ClausePlace?
    /// The id of a clause of the same profile this one must come before.
    public var before: String?

    public init(
        id: String, name: String, rationale: String? = nil, heading: [ProfilePhrase] = [], text: [ProfilePhrase] = [],
        orText: [ProfilePhrase] = [], metadata: [MetadataField] = [], within: ClausePlace? = nil,
        before: String? = nil
    ) {
        self.id = id
        self.name = name
        self.rationale = rationale
        self.heading = heading
        self.text = text
        self.orText = orText
        self.metadata = metadata
        self.within = within
        self.before = before
    }
}

/// Where a required clause must be: `preamble` (the header before the first heading), `body`
/// (after it), `chapter N` or `article N` (the Nth chapter or article in document order).
public enum ClausePlace: Sendable, Equatable, CustomStringConvertible {
    case preamble
    case body
    case chapter(Int)
    case article(Int)

    /// Parses `preamble`, `chapter 1`, `article 2`.
    public init?(_ text: String) {
        let words = text.foldedForMatching.split(separator: " ")
        if words == ["preamble"] || words == ["body"] {
            self = words == ["body"] ? .body : .preamble
            return
        }
        guard words.count == 2, let number = Int(words[1]), number >= 1 else { return nil }
        switch words[0] {
        case "chapter": self = .chapter(number)
        case "article": self = .article(number)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .preamble: "preamble"
        case .body: "body"
        case .chapter(let number): "chapter \(number)"
        case .article(let number): "article \(number)"
        }
    }
}

/// A header field a required clause may be satisfied by.
public enum MetadataField: String, Sendable, Equatable, CaseIterable {
    /// The number and symbol (`Số: 12/QC-SKHCN`; a draft's blank `Số: /QĐ-UBND` counts).
    case number
    /// The issuing body.
    case issuer
    /// The place and date line (`Hà Nội, ngày 15 tháng 9 năm 2022`; a draft's blank day counts).
    case placeDate = "place_date"
    /// The document type and subject (the title).
    case title
}
