import Foundation

/// One rule of a YAML rule pack (`rules/NAME.yml`), checked like any other: the engine stamps
/// its id `PACK/NAME`, its severity and applies suppressions and baselines.
public struct PackRule: Sendable {
    /// What the rule looks for.
    public enum Kind: String, Sendable, CaseIterable {
        /// Phrases or patterns that must not appear.
        case existence
        /// Deprecated phrases, each with the preferred one (offered as a fix).
        case substitution
        /// A phrase or pattern that must appear in every section in scope (or the document).
        case required
        /// Either of two spellings, not both in one document.
        case consistency
        /// A regular expression over section text or headings; capture groups go into the message.
        case pattern
        /// A figure a pattern matches must respect a bound.
        case limit
    }

    /// Where a rule looks.
    public struct Scope: Sendable {
        /// Section kinds (`article`, `clause`, …): a paragraph is in scope when one of its
        /// enclosing sections has one of them. Empty: every section.
        public var sections: [SectionKind] = []
        /// Heading phrases, compared folded: a paragraph is in scope when one of its enclosing
        /// sections' headings contains one of them. Empty: every heading.
        public var headings: [String] = []
        /// Profile ids (`reglint profiles`): the rule looks only at documents one of them, or a
        /// profile extending one of them, applies to. Empty: every document.
        public var profiles: [String] = []
    }

    public let description: CheckDescription
    public let kind: Kind
    /// The message template: `{match}` the words as printed, `{1}`… capture groups,
    /// `{replacement}` the preferred words, `{other}` the other spelling, `{value}` and `{bound}`.
    public let message: String
    /// The Vietnamese message template (`message_vi`), nil when the rule has none.
    public let messageVietnamese: String?
    public let scope: Scope
    public let ignoresDiacritics: Bool
    public let ignoresCase: Bool
    /// Regular expressions (phrases already escaped), with the replacement for substitutions.
    let expressions: [(expression: NSRegularExpression, replacement: String?)]
    /// Whether `pattern` rules look at headings instead of section text.
    let overHeadings: Bool
    let minimum: Decimal?
    let maximum: Decimal?

    init(
        description: CheckDescription, kind: Kind, message: String, scope: Scope, ignoresDiacritics: Bool,
        ignoresCase: Bool, expressions: [(NSRegularExpression, String?)], overHeadings: Bool, minimum: Decimal?,
        maximum: Decimal?, messageVietnamese: String? = nil
    ) {
        self.description = description
        self.kind = kind
        self.message = message
        self.messageVietnamese = messageVietnamese
        self.scope = scope
        self.ignoresDiacritics = ignoresDiacritics
        self.ignoresCase = ignoresCase
        self.expressions = expressions.map { (expression: $0.0, replacement: $0.1) }
        self.overHeadings = overHeadings
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The rule ready for the engine, with `severity`.
    public func configured(severity: Severity) -> Engine.ConfiguredCheck {
        Engine.ConfiguredCheck(description: description, severity: severity) { document, context in
            guard scope.profiles.isEmpty || context.profiles.applies(anyOf: scope.profiles, to: document) else {
                return []
            }
            return diagnostics(in: document, language: context.language)
        }
    }

    /// One matched span: the words as printed, where, and the capture groups.
    private struct Match {
        var printed: String
        var offset: Int
        /// Where `printed` lies in its paragraph's text (nil for headings, which are no paragraph).
        var range: TextRange?
        var groups: [String]
        var expression: Int
        var location: SourceLocation
    }

    /// What the rule finds in `document`.
    public func diagnostics(in document: Document, language: Language) -> [Diagnostic] {
        let units = scopedUnits(of: document)
        switch kind {
        case .existence, .pattern, .substitution:
            return units.flatMap { matches(in: $0.texts) }.map { match in
                let replacement = expressions[match.expression].replacement
                return Diagnostic(
                    message: render(match, ["replacement": replacement ?? ""]), location: match.location,
                    excerpt: match.printed, range: match.range, fix: replacement.map(Fix.init(replacement:)))
            }
        case .limit:
            return units.flatMap { matches(in: $0.texts) }.compactMap { match in
                let figure = match.groups.first(where: { !$0.isEmpty }) ?? match.printed
                guard
                    let value = NumberLiteral.parse(figure, language: language)?.value
                        ?? Decimal(string: figure.filter { $0.isNumber || $0 == "." })
                else { return nil }
                let bound: Decimal
                if let maximum, value > maximum {
                    bound = maximum
                } else if let minimum, value < minimum {
                    bound = minimum
                } else {
                    return nil
                }
                return Diagnostic(
                    message: render(match, ["value": figure, "bound": Self.printed(bound, like: figure)]),
                    location: match.location,
                    excerpt: match.printed, range: match.range)
            }
        case .required:
            return units.compactMap { unit in
                guard matches(in: unit.texts).isEmpty, let location = unit.location else { return nil }
                return Diagnostic(
                    message: render(
                        Match(printed: unit.name, offset: 0, groups: [], expression: 0, location: location), [:]),
                    location: location)
            }
        case .consistency:
            let found = units.flatMap { matches(in: $0.texts) }
            let byExpression = Dictionary(grouping: found, by: \.expression)
            guard byExpression.count > 1, let first = found.first else { return [] }
            // The spelling used less often (on a tie, the one that appears later) is reported.
            let minority =
                byExpression.keys.min { lhs, rhs in
                    let (left, right) = (byExpression[lhs]?.count ?? 0, byExpression[rhs]?.count ?? 0)
                    return left != right ? left < right : lhs != first.expression
                } ?? 0
            let other = found.first { $0.expression != minority }?.printed ?? ""
            return (byExpression[minority] ?? []).map { match in
                Diagnostic(
                    message: render(match, ["other": other]), location: match.location, excerpt: match.printed,
                    range: match.range)
            }
        }
    }

    /// A place the rule looks at: a section (for `required`, with all its text) or paragraphs.
    private struct Unit {
        var name: String
        var location: SourceLocation?
        var texts: [(String, SourceLocation)]
    }

    private func scopedUnits(of document: Document) -> [Unit] {
        let isScoped = !scope.sections.isEmpty || !scope.headings.isEmpty
        let headings = scope.headings.map(\.foldedForMatching)
        func matchesScope(_ section: Section) -> Bool {
            (scope.sections.isEmpty || scope.sections.contains(section.kind))
                && (headings.isEmpty
                    || headings.contains { (section.heading ?? "").foldedForMatching.contains($0) })
        }
        func texts(of section: Section, deep: Bool) -> [(String, SourceLocation)] {
            var result: [(String, SourceLocation)] = []
            if overHeadings {
                let heading = [section.number, section.heading].compactMap { $0 }.joined(separator: " ")
                if !heading.isEmpty { result.append((heading, section.location)) }
            } else {
                result += section.blocks.flatMap(\.paragraphs).map { ($0.text, $0.location) }
            }
            if deep { result += section.children.flatMap { texts(of: $0, deep: true) } }
            return result
        }
        if kind == .required {
            guard isScoped else {
                let location = document.allParagraphs.first?.location ?? document.sections.first?.location
                return [
                    Unit(
                        name: document.metadata.title ?? "the document", location: location,
                        texts: document.sections.flatMap { texts(of: $0, deep: true) })
                ]
            }
            return document.allSections.filter(matchesScope).map { section in
                let name = [section.number, section.heading].compactMap { $0 }.joined(separator: " ")
                return Unit(name: name, location: section.location, texts: texts(of: section, deep: true))
            }
        }
        var units: [Unit] = []
        func walk(_ section: Section, inScope: Bool) {
            let here = inScope || matchesScope(section)
            if here || !isScoped { units.append(Unit(name: "", location: nil, texts: texts(of: section, deep: false))) }
            for child in section.children { walk(child, inScope: here) }
        }
        for section in document.sections { walk(section, inScope: false) }
        return units
    }

    /// Every match of every expression in the texts, in document order.
    private func matches(in texts: [(String, SourceLocation)]) -> [Match] {
        var result: [Match] = []
        for (text, location) in texts {
            let matchable = MatchableText(text, ignoresDiacritics: ignoresDiacritics)
            var found: [Match] = []
            for (index, entry) in expressions.enumerated() {
                let all = entry.expression.matches(
                    in: matchable.text as String, range: NSRange(location: 0, length: matchable.text.length))
                for match in all.prefix(100) {
                    guard let printed = matchable.printed(match.range), !printed.text.isEmpty else { continue }
                    let groups = (1..<max(1, match.numberOfRanges)).map { group in
                        matchable.printed(match.range(at: group))?.text ?? ""
                    }
                    found.append(
                        Match(
                            printed: printed.text, offset: printed.offset,
                            range: overHeadings ? nil : TextRange(offset: printed.offset, length: printed.length),
                            groups: groups, expression: index, location: location))
                }
            }
            result += found.sorted { ($0.offset, $0.expression) < ($1.offset, $1.expression) }
        }
        return result
    }

    /// A bound written like the figure it is compared with: `150000` as `150.000` beside `200.000`.
    static func printed(_ bound: Decimal, like figure: String) -> String {
        let plain = "\(bound)"
        let separator: Character? =
            figure.contains(".") && !figure.contains(",") ? "." : figure.contains(",") ? "," : nil
        guard let separator, plain.allSatisfy(\.isNumber), figure.filter({ $0 == separator }).count >= 1,
            figure.split(separator: String(separator)).dropFirst().allSatisfy({ $0.count == 3 })
        else { return plain }
        var groups: [Substring] = []
        var rest = Substring(plain)
        while rest.count > 3 {
            groups.insert(rest.suffix(3), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(rest, at: 0)
        return groups.joined(separator: String(separator))
    }

    /// The message templates (English and Vietnamese) with `{match}`, `{1}`…, and the given
    /// values filled in.
    private func render(_ match: Match, _ values: [String: String]) -> Diagnostic.Message {
        Diagnostic.Message(
            en: render(message, match, values), vi: messageVietnamese.map { render($0, match, values) })
    }

    private func render(_ template: String, _ match: Match, _ values: [String: String]) -> String {
        var text = template.replacingOccurrences(of: "{match}", with: match.printed)
        for (index, group) in match.groups.enumerated() {
            text = text.replacingOccurrences(of: "{\(index + 1)}", with: group)
        }
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }
}
