/// The starter profiles shipped in the binary, as the YAML a user would write (docs/profiles.md).
///
/// The files of the repository's `profiles/` folder are the single source: they are compiled into
/// the binary as data (`Sources/RegLintCore/Profiles` links to the folder; SwiftPM's
/// `embedInCode`, so the one `reglint` file carries them, with no resource bundle beside it),
/// parsed by the same loader as a user's profile files, and `reglint profiles --show ID` prints
/// them for copying.
package enum StarterProfiles {
    /// The YAML of each starter profile, in id order.
    package static let texts: [(id: String, yaml: String)] = [
        ("en-policy", String(decoding: PackageResources.en_policy_yml, as: UTF8.self)),
        ("vn-formal-elements", String(decoding: PackageResources.vn_formal_elements_yml, as: UTF8.self)),
        ("vn-quy-che", String(decoding: PackageResources.vn_quy_che_yml, as: UTF8.self)),
        (
            "vn-quy-che-chi-tieu-noi-bo",
            String(decoding: PackageResources.vn_quy_che_chi_tieu_noi_bo_yml, as: UTF8.self)
        ),
        ("vn-quy-che-dan-chu", String(decoding: PackageResources.vn_quy_che_dan_chu_yml, as: UTF8.self)),
    ]

    /// The parsed starter profiles as written (`extends` not yet resolved: ``ProfileCatalog``
    /// resolves it once, against a user's replacement of a parent too). A text that does not
    /// parse is left out (a test keeps every one parsing).
    package static let profiles: [Profile] = texts.compactMap { id, yaml in
        guard var profile = try? Profile.parse(yaml, file: "built-in:\(id)") else { return nil }
        profile.source = "built-in"
        return profile
    }
}
