/// The starter registries of the repository's `registries/` folder, compiled into reglint so an
/// installed binary has them. A configuration names one `builtin:NAME`, NAME being the file name
/// without `.yml` (`registries: [builtin:vn-instruments, builtin:international]`).
package enum BuiltInRegistries {
    /// What marks a built-in registry in `registries:`.
    package static let prefix = "builtin:"

    /// Every built-in registry: its name and YAML text, sorted by name.
    package static let all: [(name: String, text: String)] = [
        ("bodies-2025", String(decoding: PackageResources.bodies_2025_yml, as: UTF8.self)),
        ("international", String(decoding: PackageResources.international_yml, as: UTF8.self)),
        ("vn-instruments", String(decoding: PackageResources.vn_instruments_yml, as: UTF8.self)),
    ]

    /// The YAML text of the built-in registry `reference` names (`builtin:NAME`), if there is one.
    package static func text(for reference: String) -> String? {
        guard reference.hasPrefix(prefix) else { return nil }
        let name = reference.dropFirst(prefix.count)
        return all.first { $0.name == name }?.text
    }

    /// Whether `entry` of `registries:` names a built-in registry rather than a file.
    package static func isReference(_ entry: String) -> Bool {
        entry.hasPrefix(prefix)
    }
}
