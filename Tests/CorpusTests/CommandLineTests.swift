import Foundation
import Testing

/// Runs the built `reglint` binary the way a user does.
@Suite("The reglint command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    private func run(_ arguments: [String]) throws -> Run {
        let executable = try #require(CorpusLocation.executable, "build the reglint product first (swift build)")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = CorpusLocation.packageRoot
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let broken = folder.appendingPathComponent("broken.xml")
        try Data("<akomaNtoso><act>\n</akomaNtoso>".utf8).write(to: broken)
        let result = try run(["tree", broken.path, "corpus/en/records-management-policy.akn.xml"])
        #expect(result.status == 3)
        #expect(result.errors.contains("\(broken.path): malformed XML at line 2"))
        #expect(result.errors.contains("[input/unreadable]"))
        #expect(result.output.contains("corpus/en/records-management-policy.akn.xml"))
    }

    @Test func brokenConfigurationIsAUsageError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("bad.yml")
        try Data("language: klingon\n".utf8).write(to: config)
        let result = try run(["tree", "--config", config.path, "corpus/vi/quy-che-lam-viec.docx"])
        #expect(result.status == 2)
        #expect(result.errors.contains("\(config.path): language: expected vi, en or auto"))
        #expect(result.output.isEmpty)
    }
}
