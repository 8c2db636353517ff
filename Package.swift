// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "reglint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reglint", targets: ["reglint"]),
        .library(name: "RegLintCore", targets: ["RegLintCore"]),
        .library(name: "RegLintReaders", targets: ["RegLintReaders"]),
        .library(name: "RegLintTesting", targets: ["RegLintTesting"]),
        .library(name: "RegLintChecks", targets: ["RegLintChecks"]),
        .library(name: "RegLintReporters", targets: ["RegLintReporters"]),
        .library(name: "RegLintCommand", targets: ["RegLintCommand"]),
        .plugin(name: "RegLintCommandPlugin", targets: ["RegLintCommandPlugin"]),
        .plugin(name: "GenerateRuleDocs", targets: ["GenerateRuleDocs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "RegLintCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            exclude: ["Registries/README.md"],
            // The starter registries (`builtin:NAME`) and starter profiles, compiled in so an
            // installed binary has them. `Registries` and `Profiles` link to the top-level
            // registries/ and profiles/ folders, their single source.
            resources: [
                .embedInCode("Registries/bodies-2025.yml"), .embedInCode("Registries/international.yml"),
                .embedInCode("Registries/vn-instruments.yml"),
                .embedInCode("Profiles/en-policy.yml"), .embedInCode("Profiles/vn-formal-elements.yml"),
                .embedInCode("Profiles/vn-quy-che.yml"), .embedInCode("Profiles/vn-quy-che-chi-tieu-noi-bo.yml"),
                .embedInCode("Profiles/vn-quy-che-dan-chu.yml"),
            ]
        ),
        .target(
            name: "RegLintReaders",
            dependencies: [
                "RegLintCore", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Built-in profiles of published XML formats: mappings in the shape of an
            // `xml_mappings` entry, one YAML file in each format's folder.
            resources: [
                .embedInCode("USLM/uslm.yml"), .embedInCode("Formex/formex.yml"), .embedInCode("CLML/clml.yml"),
                .embedInCode("OSCAL/oscal.yml"),
            ]
        ),
        .target(name: "RegLintChecks", dependencies: ["RegLintCore"]),
        .target(name: "RegLintReporters", dependencies: ["RegLintCore"]),
        .target(name: "RegLintTesting", dependencies: ["RegLintCore", "RegLintReaders"]),
        .target(
            name: "RegLintCommand",
            dependencies: [
                "RegLintCore", "RegLintReaders", "RegLintChecks", "RegLintReporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "reglint", dependencies: ["RegLintCommand"]),
        .plugin(
            name: "RegLintCommandPlugin",
            capability: .command(
                intent: .custom(verb: "reglint", description: "Run reglint (default: check the package's documents)")),
            dependencies: ["reglint"]
        ),
        .plugin(
            name: "GenerateRuleDocs",
            capability: .command(
                intent: .custom(verb: "generate-rule-docs", description: "Regenerate docs/rules from the checks"),
                permissions: [.writeToPackageDirectory(reason: "writes the rule documentation into docs/rules")]),
            dependencies: ["reglint"]
        ),
        .testTarget(name: "RegLintCoreTests", dependencies: ["RegLintCore"]),
        .testTarget(name: "RegLintTestingTests", dependencies: ["RegLintTesting", "RegLintCore"]),
        .testTarget(
            name: "RegLintReportersTests", dependencies: ["RegLintReporters", "RegLintCore"],
            exclude: ["Snapshots", "Schemas"]
        ),
        .testTarget(
            name: "RegLintChecksTests",
            dependencies: ["RegLintChecks", "RegLintTesting", "RegLintCore", "RegLintReaders"],
            exclude: ["ClauseFixtures"]
        ),
        .testTarget(
            name: "RegLintReadersTests",
            dependencies: [
                "RegLintReaders", "RegLintCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["HostileCorpus", "FuzzRegressions"]
        ),
        .testTarget(
            name: "CorpusTests",
            dependencies: ["RegLintCommand", "RegLintReaders", "RegLintCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
