import Foundation

/// The profiles of a run: the built-in starter profiles (unless turned off), the configuration's
/// profile files, profiles assigned to paths, and the profiles forced with `--profile`.
public struct ProfileCatalog: Sendable, Equatable {
    /// Every known profile, `extends` resolved (inherited clauses first), in the order read.
    public private(set) var profiles: [Profile]
    /// When not empty, exactly these profiles apply to every document (`--profile`).
    public private(set) var forced: [String] = []
    /// Profiles named for paths in the configuration (`profile_assignments`).
    public private(set) var assignments: [ProfileAssignment] = []
    /// The folder path globs are relative to (the configuration's folder).
    public private(set) var baseFolder: String?

    /// A configuration entry naming profiles for the documents whose path matches a glob.
    public struct ProfileAssignment: Sendable, Equatable {
        public var path: Glob
        public var profiles: [String]

        public init(path: Glob, profiles: [String]) {
            self.path = path
            self.profiles = profiles
        }
    }

    /// A catalog of the given profiles; `extends` must already be resolved.
    public init(profiles: [Profile] = []) {
        self.profiles = profiles
    }

    /// The starter profiles shipped with reglint (see docs/profiles.md).
    public static let starter = (try? load(configuration: Configuration())) ?? ProfileCatalog(profiles: [])

    /// The catalog for a configuration: starter profiles unless `starter_profiles: false`, then the
    /// configuration's profile files (a user profile with a starter's id replaces it).
    /// - Throws: ``ConfigurationError`` for a broken profile, a duplicate id, an unknown
    ///   `extends` or an assignment to an unknown profile.
    public static func load(configuration: Configuration) throws(ConfigurationError) -> ProfileCatalog {
        let file = configuration.file ?? "configuration"
        var byID: [String: Profile] = [:]
        var order: [String] = []
        if configuration.usesStarterProfiles {
            for profile in StarterProfiles.profiles {
                byID[profile.id] = profile
                order.append(profile.id)
            }
        }
        var userIDs = Set<String>()
        for path in try profileFiles(configuration.profiles) {
            let profile = try Profile.load(from: path)
            guard userIDs.insert(profile.id).inserted else {
                throw .invalid(
                    file: path, key: "profile", reason: "the id '\(profile.id)' is used by another profile file")
            }
            if byID[profile.id] == nil { order.append(profile.id) }
            byID[profile.id] = profile
        }
        var resolved: [Profile] = []
        for id in order {
            guard let profile = byID[id] else { continue }
            resolved.append(try resolve(profile, in: byID))
        }
        var catalog = ProfileCatalog(profiles: resolved)
        catalog.baseFolder = configuration.file.map { ($0 as NSString).deletingLastPathComponent }
        for (index, assignment) in configuration.profileAssignments.enumerated() {
            for id in assignment.profiles where byID[id] == nil {
                throw .invalid(
                    file: file, key: "profile_assignments[\(index)].profiles",
                    reason: "unknown profile '\(id)'\(catalog.suggestion(for: id))")
            }
        }
        catalog.assignments = configuration.profileAssignments
        return catalog
    }

    /// The catalog with `ids` forced on every document.
    /// - Throws: ``ConfigurationError`` naming an unknown id, with a suggestion.
    public func forcing(_ ids: [String]) throws(ConfigurationError) -> ProfileCatalog {
        for id in ids where profile(id: id) == nil {
            let known = profiles.map(\.id).joined(separator: ", ")
            throw .invalid(
                file: "--profile", key: nil,
                reason: "unknown profile '\(id)'\(suggestion(for: id)); known profiles: \(known)")
        }
        var copy = self
        copy.forced = ids
        return copy
    }

    /// The profile with this id.
    public func profile(id: String) -> Profile? {
        profiles.first { $0.id == id }
    }

    /// The profiles that apply to `document`: the forced ones; otherwise those assigned to its
    /// path and those whose `applies_to` holds, without a profile that another applicable one
    /// extends (the more specific one already holds its clauses).
    public func applicableProfiles(to document: Document) -> [Profile] {
        if !forced.isEmpty { return forced.compactMap(profile(id:)) }
        let facts = ApplicabilityFacts(document, relativePath: relativePath(of: document.path))
        let assigned = Set(assignments.filter { $0.path.matches(facts.relativePath) }.flatMap(\.profiles))
        let applicable = profiles.filter { assigned.contains($0.id) || facts.satisfy($0.appliesTo) }
        let extended = Set(applicable.flatMap { ancestors(of: $0) })
        return applicable.filter { !extended.contains($0.id) }
    }

    /// Whether one of `ids`, or a profile extending one of them, applies to `document` (how a
    /// rule-pack rule scoped by `profiles:` decides).
    public func applies(anyOf ids: [String], to document: Document) -> Bool {
        let wanted = Set(ids)
        return applicableProfiles(to: document).contains { profile in
            wanted.contains(profile.id) || ancestors(of: profile).contains(where: wanted.contains)
        }
    }

    /// The title `applies_to` reads: the reader's, or without one (a plain-text outline) the first
    /// short paragraph of the preamble that is not a sentence.
    package static func title(of document: Document) -> String? {
        if let title = document.metadata.title { return title }
        let preamble = document.sections.prefix { $0.kind == .preamble }.lazy.flatMap {
            $0.blocks.lazy.flatMap(\.paragraphs)
        }
        return preamble.prefix(ApplicabilityFacts.preambleLimit).lazy.map { $0.text.trimmingWhitespace }.first { text in
            !text.isEmpty && text.split(separator: " ").count <= 15 && !(text.last.map { ".:;".contains($0) } ?? true)
        }
    }

    private func ancestors(of profile: Profile) -> [String] {
        var result: [String] = []
        var next = profile.extends
        while let id = next, !result.contains(id), result.count < 16 {
            result.append(id)
            next = self.profile(id: id)?.extends
        }
        return result
    }

    private func suggestion(for id: String) -> String {
        Suggestion.closest(to: id, among: profiles.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
    }

    private func relativePath(of path: String) -> String {
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: (baseFolder?.isEmpty ?? true) ? "." : baseFolder ?? ".").standardizedFileURL
            .path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : path
    }

    /// Profile files: files as given, folders as their `.yml`/`.yaml` files, sorted.
    private static func profileFiles(_ paths: [String]) throws(ConfigurationError) -> [String] {
        var result: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                result.append(path)
                continue
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            result += entries.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { path + "/" + $0 }
        }
        return result
    }

    /// The profile with its inherited clauses first (a clause with the same id overrides).
    private static func resolve(_ profile: Profile, in byID: [String: Profile]) throws(ConfigurationError) -> Profile {
        var chain: [Profile] = [profile]
        while let parentID = chain.last?.extends {
            guard let parent = byID[parentID] else {
                let suggestion =
                    Suggestion.closest(to: parentID, among: byID.keys.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
                throw .invalid(
                    file: chain.last?.source ?? profile.source, key: "extends",
                    reason: "unknown profile '\(parentID)'\(suggestion)")
            }
            guard !chain.contains(where: { $0.id == parent.id }) else {
                throw .invalid(file: profile.source, key: "extends", reason: "profiles extend each other in a cycle")
            }
            chain.append(parent)
        }
        var clauses: [RequiredClause] = []
        for ancestor in chain.reversed() {
            for clause in ancestor.required {
                if let index = clauses.firstIndex(where: { $0.id == clause.id }) {
                    clauses[index] = clause
                } else {
                    clauses.append(clause)
                }
            }
        }
        var resolved = profile
        resolved.required = clauses
        return resolved
    }
}

/// What `applies_to` looks at in a document, folded once.
private struct ApplicabilityFacts {
    let language: Language
    let title: [String]
    let preamble: [[String]]
    /// Preamble lines in capitals, as words (`QUY ĐỊNH`): a document type printed apart from a
    /// title the reader took from elsewhere (an Akoma Ntoso `docTitle`).
    let capitalisedLines: [[String]]
    let number: [String]
    let relativePath: String

    /// The most preamble paragraphs looked at.
    static let preambleLimit = 80

    init(_ document: Document, relativePath: String) {
        language = document.language
        number = MatchingWords.words(of: document.metadata.number ?? "", limit: 20).words
        let preambleParagraphs = document.sections.prefix { $0.kind == .preamble }
            .flatMap { $0.blocks.flatMap(\.paragraphs) }.prefix(Self.preambleLimit)
        title = MatchingWords.words(of: ProfileCatalog.title(of: document) ?? "", limit: 200).words
        preamble = preambleParagraphs.map { MatchingWords.words(of: $0.text, limit: 200).words }
        capitalisedLines = preambleParagraphs.filter { paragraph in
            let letters = paragraph.text.filter(\.isLetter)
            return !letters.isEmpty && letters.count <= 40 && letters.allSatisfy(\.isUppercase)
        }.map { MatchingWords.words(of: $0.text) }
        self.relativePath = relativePath
    }

    func satisfy(_ conditions: ProfileApplicability) -> Bool {
        guard !conditions.isEmpty else { return false }
        if let language = conditions.language, language != self.language { return false }
        if !conditions.title.isEmpty, !conditions.title.contains(where: { $0.firstOccurrence(in: title) != nil }) {
            return false
        }
        if !conditions.type.isEmpty,
            !conditions.type.contains(where: { type in
                type.isPrefix(of: title) || capitalisedLines.contains { $0 == type.parts.first }
            })
        {
            return false
        }
        if conditions.notTitle.contains(where: { $0.firstOccurrence(in: title) != nil }) { return false }
        if !conditions.number.isEmpty, !conditions.number.contains(where: { $0.firstOccurrence(in: number) != nil }) {
            return false
        }
        if !conditions.preamble.isEmpty,
            !conditions.preamble.contains(where: { phrase in preamble.contains { phrase.firstOccurrence(in: $0) != nil }
            })
        {
            return false
        }
        if !conditions.path.isEmpty, !conditions.path.contains(where: { $0.matches(relativePath) }) { return false }
        return true
    }
}
