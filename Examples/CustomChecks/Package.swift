// swift-tools-version:6.0
// A package with its own Swift checks and a full reglint that runs them (docs/writing-checks.md).
import PackageDescription

let package = Package(
    name: "CustomChecks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // A real package would depend on reglint's repository URL and a version.
        .package(name: "reglint", path: "../..")
    ],
    targets: [
        .target(name: "HouseChecks", dependencies: [.product(name: "RegLintCore", package: "reglint")]),
        .executableTarget(
            name: "reglint-house",
            dependencies: ["HouseChecks", .product(name: "RegLintCommand", package: "reglint")]
        ),
        .testTarget(
            name: "HouseChecksTests",
            dependencies: ["HouseChecks", .product(name: "RegLintTesting", package: "reglint")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
