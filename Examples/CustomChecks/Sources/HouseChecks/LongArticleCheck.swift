import RegLintCore

/// `house/long-article`: an article with more clauses than the house allows.
public struct LongArticleCheck: Check {
    public struct Options: CheckOptions {
        /// The most clauses an article may have.
        public var maxClauses = 6

        public init() {}
    }

    public static let description = CheckDescription(
        id: "house/long-article",
        name: "Long article",
        summary: "An article with more clauses than the house allows",
        rationale: "Long articles are hard to cite and to amend; split one into several.",
        defaultSeverity: .info,
        triggeringExamples: [
            Example(
                "↓Điều 1. Nguyên tắc\n1. Một.\n2. Hai.\n3. Ba.", options: "max_clauses: 2", expecting: ["3 clauses"])
        ],
        nonTriggeringExamples: [
            Example("Điều 1. Nguyên tắc\n1. Một.\n2. Hai.", options: "max_clauses: 2")
        ]
    )

    let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func diagnostics(in document: Document, context: CheckContext) -> [Diagnostic] {
        document.allSections.filter { $0.kind == .article }.compactMap { article in
            let clauses = article.children.filter { $0.kind == .clause }.count
            guard clauses > options.maxClauses else { return nil }
            let label = article.pathComponent
            return Diagnostic(
                message: .init("\(label) has \(clauses) clauses (at most \(options.maxClauses)); split it"),
                location: article.location, excerpt: article.number)
        }
    }
}

extension LongArticleCheck.Options {
    enum CodingKeys: String, CodingKey {
        case maxClauses = "max_clauses"
    }
}
