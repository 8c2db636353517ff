import Foundation
import Testing

@testable import RegLintCommand

/// How a path given on the command line becomes the name reports use.
@Suite("Repository root")
struct RepositoryRootTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reglint-root-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path + "/repo/vi", withIntermediateDirectories: true)
        return path
    }

    @Test func namesAreRelativeWithSlashesAndNoDotSegments() throws {
        let base = try folder()
        let root = RepositoryRoot(path: base + "/repo/")
        #expect(root.relativePath(of: base + "/repo/vi/a.docx") == "vi/a.docx")
        #expect(root.relativePath(of: base + "/repo/./vi/../vi/a.docx") == "vi/a.docx")
        #expect(root.relativePath(of: base + "/other/a.docx") == base + "/other/a.docx", "outside: absolute")
        #expect(root.relativePath(of: base + "/repository/a.docx").hasPrefix("/"), "a name prefix is no folder")
    }

    @Test func aLinkedFolderNamesTheSameFiles() throws {
        let base = try folder()
        try FileManager.default.createSymbolicLink(atPath: base + "/link", withDestinationPath: base + "/repo")
        let root = RepositoryRoot(path: base + "/link")
        #expect(root.relativePath(of: base + "/repo/vi/a.docx") == "vi/a.docx")
        #expect(RepositoryRoot(path: base + "/repo").relativePath(of: base + "/link/vi/a.docx") == "vi/a.docx")
    }

    @Test func theRootIsTheConfigurationsFolderOrElseTheGitRoot() throws {
        let base = try folder()
        try FileManager.default.createDirectory(atPath: base + "/repo/.git", withIntermediateDirectories: true)
        let fromGit = RepositoryRoot.find(configurationFile: nil, firstInput: base + "/repo/vi")
        #expect(fromGit.relativePath(of: base + "/repo/vi/a.docx") == "vi/a.docx")
        let fromConfiguration = RepositoryRoot.find(
            configurationFile: base + "/repo/vi/.reglint.yml", firstInput: base + "/repo/vi")
        #expect(fromConfiguration.relativePath(of: base + "/repo/vi/a.docx") == "a.docx")
    }
}
