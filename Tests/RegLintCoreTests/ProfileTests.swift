import Foundation
import Testing

@testable import RegLintCore

@Suite("Profiles")
struct ProfileTests {
    private func error(_ yaml: String) -> String {
        do {
            _ = try Profile.parse(yaml, file: "p.yml")
            return "no error"
        } catch {
            return error.description
        }
    }

    private let valid = """
        profile: house
        applies_to: {title: ["house rules"]}
        required:
          - id: scope
            heading: ["scope"]
        """

    @Test func everyStarterProfileParses() {
        #expect(StarterProfiles.profiles.map(\.id) == StarterProfiles.texts.map(\.id))
        #expect(StarterProfiles.profiles.allSatisfy { !$0.required.isEmpty && $0.source == "built-in" })
        let danChu = ProfileCatalog.starter.profile(id: "vn-quy-che-dan-chu")
        // Inherits the clauses of vn-quy-che first.
        #expect(
            danChu?.required.map(\.id) == [
                "scope", "subjects", "implementation", "publicity", "conference", "inspection-board",
            ])
    }

    @Test func aValidProfileParses() throws {
        let profile = try Profile.parse(valid, file: "p.yml")
        #expect(profile.id == "house")
        #expect(profile.required.first?.name == "scope")
    }

    @Test func mistakesAreConfigurationErrorsNamingFileAndKey() {
        #expect(
            error(valid.replacingOccurrences(of: "applies_to", with: "applies_too"))
                == "p.yml: applies_too: unknown key (did you mean 'applies_to'?)")
        #expect(
            error(valid.replacingOccurrences(of: "heading:", with: "headings:"))
                == "p.yml: required[0].headings: unknown key (did you mean 'heading'?)")
        #expect(
            error(valid.replacingOccurrences(of: #"["scope"]"#, with: "[]"))
                == "p.yml: required[0].heading: the list is empty")
        #expect(
            error(valid.replacingOccurrences(of: #"["scope"]"#, with: #"["scope", " - "]"#))
                == "p.yml: required[0].heading[1]: expected a phrase with at least one word")
        #expect(
            error(valid + "\n    within: chapter one")
                == "p.yml: required[0].within: expected preamble, body, chapter N or article N, found 'chapter one'")
        #expect(
            error(valid + "\n    before: implementaton")
                == "p.yml: required[0].before: no clause 'implementaton' in this profile")
        #expect(error("profile: x\nrequired: []") == "p.yml: required: expected a non-empty list of clauses")
        #expect(
            error("profile: x\nrequired:\n  - id: a\n    name: A")
                == "p.yml: required[0]: clause 'a' needs heading, text, or_text or metadata")
        #expect(error(valid + "\n    in_capitals: maybe") == "p.yml: required[0].in_capitals: expected true or false")
        #expect(
            error(valid + "\n    metadata: [numbr]")
                == "p.yml: required[0].metadata[0]: unknown metadata field 'numbr' (did you mean 'number'?)")
    }

    @Test func configurationErrorsForProfilesNameTheKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reglint-profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(valid.replacingOccurrences(of: "house", with: "vn-quy-che-extra").utf8)
            .write(to: folder.appendingPathComponent("extra.yml"))
        let config = folder.appendingPathComponent(".reglint.yml").path
        let configuration = try Configuration.parse(
            "profiles: [extra.yml]\nprofile_assignments:\n  - path: \"hr/**\"\n    profiles: [vn-quy-chee]\n",
            file: config)
        #expect(throws: ConfigurationError.self) { try ProfileCatalog.load(configuration: configuration) }
        do {
            _ = try ProfileCatalog.load(configuration: configuration)
        } catch {
            #expect(
                error.description.hasSuffix(
                    "profile_assignments[0].profiles: unknown profile 'vn-quy-chee' (did you mean 'vn-quy-che'?)"))
        }
        do {
            _ = try ProfileCatalog.starter.forcing(["en-polcy"])
            Issue.record("an unknown --profile must fail")
        } catch {
            #expect(error.description.contains("unknown profile 'en-polcy' (did you mean 'en-policy'?)"))
        }
    }

    @Test func phrasesIgnoreCaseDiacriticsFormAndPunctuation() {
        let phrase = ProfilePhrase("đối tượng áp dụng")
        let words = MatchingWords.words(of: "Điều 2. ĐỐI TƯỢNG ÁP DỤNG:".decomposedStringWithCanonicalMapping)
        #expect(phrase.firstOccurrence(in: words) == 2)
        #expect(
            ProfilePhrase("ngày … tháng … năm").firstOccurrence(
                in: MatchingWords.words(of: "Hà Nội, ngày  tháng 9 năm 2024")) == 2)
        #expect(ProfilePhrase("áp dụng").firstOccurrence(in: MatchingWords.words(of: "không áp dụngg")) == nil)
    }

    @Test func userProfilesExtendReplaceAndAreAssignedByPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reglint-profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let house = """
            profile: house-policy
            extends: en-policy
            required:
              - id: review
                heading: ["annual review"]
              - id: exceptions
                heading: ["exceptions"]
            """
        try Data(house.utf8).write(to: folder.appendingPathComponent("house.yml"))
        let configuration = try Configuration.parse(
            "profiles: [house.yml]\nprofile_assignments:\n  - path: \"hr/*.txt\"\n    profiles: [house-policy]\n",
            file: folder.appendingPathComponent(".reglint.yml").path)
        let catalog = try ProfileCatalog.load(configuration: configuration)
        let profile = try #require(catalog.profile(id: "house-policy"))
        #expect(profile.required.map(\.id) == ["purpose", "scope", "responsibilities", "review", "exceptions"])
        #expect(profile.required.first { $0.id == "review" }?.heading.map(\.text) == ["annual review"])
        let section = Section(kind: .preamble, location: SourceLocation(file: "x"))
        let assigned = Document(
            path: folder.appendingPathComponent("hr/leave.txt").path, format: .plainText, language: .vi,
            metadata: DocumentMetadata(title: "Leave"), sections: [section])
        #expect(catalog.applicableProfiles(to: assigned).map(\.id) == ["house-policy"])
        var elsewhere = assigned
        elsewhere.path = folder.appendingPathComponent("finance/leave.txt").path
        #expect(catalog.applicableProfiles(to: elsewhere).isEmpty)
    }

    /// A user profile with a starter parent's id replaces it for the starter children too.
    @Test func aReplacedStarterParentIsWhatItsChildrenExtend() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reglint-profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let parent = """
            profile: vn-quy-che
            applies_to:
              type: ["quy chế"]
            required:
              - id: only
                heading: ["điều khoản chung"]
            """
        try Data(parent.utf8).write(to: folder.appendingPathComponent("quy-che.yml"))
        let configuration = try Configuration.parse(
            "profiles: [quy-che.yml]\n", file: folder.appendingPathComponent(".reglint.yml").path)
        let catalog = try ProfileCatalog.load(configuration: configuration)
        #expect(
            catalog.profile(id: "vn-quy-che-dan-chu")?.required.map(\.id) == [
                "only", "publicity", "conference", "inspection-board",
            ])
    }
}
