import Foundation
import Testing

@testable import RegLintCore

/// The registries compiled into reglint are exactly the files of `registries/`, and a
/// configuration names them `builtin:NAME`.
@Suite("Built-in registries")
struct BuiltInRegistriesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("registries")

    @Test func everyRegistryFileIsBuiltInUnchanged() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".yml") }.sorted()
        #expect(
            BuiltInRegistries.all.map { $0.name + ".yml" } == files,
            "a registry file is missing from RegLintCore's resources in Package.swift")
        for (name, text) in BuiltInRegistries.all {
            let file = try String(contentsOf: Self.folder.appendingPathComponent(name + ".yml"), encoding: .utf8)
            #expect(text == file, "builtin:\(name)")
        }
    }

    @Test func builtInRegistriesLoadByName() throws {
        let configuration = try Configuration.parse(
            "registries: [builtin:vn-instruments, builtin:international, builtin:bodies-2025]\n", file: "cfg.yml")
        #expect(configuration.registries == ["builtin:vn-instruments", "builtin:international", "builtin:bodies-2025"])
        let registry = try InstrumentRegistry.load(paths: configuration.registries)
        #expect(registry.instrument(id: "55/1998/NQ-UBTVQH10")?.status == .replaced)
        #expect(registry.instrument(id: "ISO/IEC 27001:2013")?.replacedBy == "ISO/IEC 27001:2022")
        #expect(!registry.bodies.isEmpty)
    }

    @Test func anUnknownBuiltInRegistryIsAConfigurationError() {
        #expect(
            throws: ConfigurationError.invalid(
                file: "cfg.yml", key: "registries[0]",
                reason: "no built-in registry builtin:vn (built in: builtin:bodies-2025, builtin:international, "
                    + "builtin:vn-instruments)")
        ) {
            try Configuration.parse("registries: [builtin:vn]\n", file: "cfg.yml")
        }
    }
}

/// The starter profiles compiled into reglint are exactly the files of `profiles/`.
@Suite("Starter profile files")
struct StarterProfileFilesTests {
    static let folder = BuiltInRegistriesTests.folder.deletingLastPathComponent().appendingPathComponent("profiles")

    @Test func everyProfileFileIsBuiltInUnchanged() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".yml") }.sorted()
        #expect(
            StarterProfiles.texts.map { $0.id + ".yml" }.sorted() == files,
            "a profile file is missing from RegLintCore's resources in Package.swift or StarterProfiles.texts")
        for (id, text) in StarterProfiles.texts {
            let file = try String(contentsOf: Self.folder.appendingPathComponent(id + ".yml"), encoding: .utf8)
            #expect(text == file, "\(id)")
        }
        #expect(StarterProfiles.profiles.count == StarterProfiles.texts.count, "every starter profile parses")
    }
}
