import Foundation
import Testing

/// Runs the built `reglint` binary the way a user does.
@Suite("The reglint command line")
struct CommandLineTests {
    private func run(_ arguments: [String]) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(arguments)
    }

    private func temporaryFile(_ name: String, _ contents: String) throws -> String {
        try CommandLineRunner.temporaryFile(name, contents)
    }

    @Test func treePrintsTheSectionTree() throws {
        let result = try run(["tree", "corpus/vi/quy-che-lam-viec.docx"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("corpus/vi/quy-che-lam-viec.docx  (docx, vi)\n"))
        #expect(result.output.contains("article Điều 1. — Phạm vi điều chỉnh  ¶"))
    }

    @Test func treeJSONIsAnArrayOfDocuments() throws {
        let result = try run(["tree", "--format", "json", "corpus/en/records-management-policy.akn.xml"])
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        let document = try #require(parsed?.first)
        #expect(document["format"] as? String == "akoma-ntoso")
        #expect((document["sections"] as? [Any])?.isEmpty == false)
    }

    @Test func unreadableInputExitsWithThreeAndStillPrintsTheRest() throws {
        let broken = try temporaryFile("broken.xml", "<akomaNtoso><act>\n</akomaNtoso>")
        let result = try run(["tree", broken, "corpus/en/records-management-policy.akn.xml"])
        #expect(result.status == 3)
        #expect(result.errors.contains("\(broken): malformed XML at line 2"))
        #expect(result.errors.contains("[input/unreadable]"))
        #expect(result.output.contains("corpus/en/records-management-policy.akn.xml"))
    }

    @Test func brokenConfigurationIsAUsageError() throws {
        let config = try temporaryFile("bad.yml", "language: klingon\n")
        let result = try run(["tree", "--config", config, "corpus/vi/quy-che-lam-viec.docx"])
        #expect(result.status == 2)
        #expect(result.errors.contains("\(config): language: expected vi, en or auto"))
        #expect(result.output.isEmpty)
    }

    @Test func treeShowsTheProfileAndWhereEachClauseWasFound() throws {
        let result = try run(["tree", "corpus/vi/quy-che-dan-chu.docx"])
        #expect(result.status == 0)
        #expect(
            result.output.contains("profiles:\n  vn-quy-che-dan-chu — Quy chế thực hiện dân chủ ở cơ sở [built-in]"))
        #expect(
            result.output.contains(
                "✓ subjects \"Đối tượng áp dụng\": heading \"Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\""))
        #expect(
            result.output.contains("✓ inspection-board \"Ban Thanh tra nhân dân\": text \"ban thanh tra nhân dân\""))
    }

    @Test func treeSaysWhenNoProfileApplies() throws {
        let result = try run(["tree", "corpus/external/us_act-2011-11-29.akn.xml"])
        #expect(result.output.hasSuffix("profiles: none applies (no clause findings for this document)\n"))
        let json = try run(["tree", "--format", "json", "corpus/vi/quy-dinh-bao-ve-du-lieu.akn.xml"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        let profiles = try #require(parsed?.first?["profiles"] as? [[String: Any]])
        // The act's title comes from its docTitle; the type line QUY ĐỊNH above it is in capitals.
        #expect(profiles.map { $0["id"] as? String } == ["vn-quy-che"])
    }

    @Test func profileOptionForcesAProfileAndRefusesUnknownOnes() throws {
        let forced = try run([
            "check", "--fail-on", "never", "--profile", "en-policy", "corpus/vi/quy-che-lam-viec.docx",
        ])
        #expect(forced.status == 0)
        #expect(forced.output.contains("profile en-policy requires \"Purpose\" (purpose)"))
        let unknown = try run(["check", "--profile", "vn-quy-chee", "corpus/vi/quy-che-lam-viec.docx"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("unknown profile 'vn-quy-chee' (did you mean 'vn-quy-che'?)"))
    }

    @Test func aBrokenProfileIsAConfigurationError() throws {
        let profile = try temporaryFile("house.yml", "profile: house\nrequired:\n  - id: scope\n    heading: []\n")
        let config = try temporaryFile(".reglint.yml", "profiles: [\"\(profile)\"]\n")
        let result = try run(["check", "--config", config, "corpus/vi/quy-che-lam-viec.docx"])
        #expect(result.status == 2)
        #expect(result.errors.contains("\(profile): required[0].heading: the list is empty"))
    }
}
