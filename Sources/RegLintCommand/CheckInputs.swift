import Foundation
import RegLintCore

/// The documents one `reglint check` run reports on, and the rest of the repository that its
/// corpus checks see, each named as reports name it (relative to the ``RepositoryRoot``) and
/// sorted by that name, so output does not depend on how or from where the paths were given.
struct CheckInputs {
    /// A document: the path reports use, and the path to open.
    struct Document: Equatable {
        var name: String
        var path: String
    }

    /// The documents to check and report.
    var documents: [Document]
    /// Documents only read by corpus checks (with `--changed-since` or `--files-from`: the ones
    /// that did not change).
    var context: [Document]

    /// The documents `inputs` name (folders walked with `include`/`exclude`); when `changed` is
    /// given, only those among them whose canonical path it holds are checked and the others are
    /// context.
    init(inputs: [String], configuration: Configuration, root: RepositoryRoot, changed: Set<String>?) {
        var seen = Set<String>()
        var all: [Document] = []
        for path in InputDiscovery.files(in: inputs, configuration: configuration) {
            let name = root.relativePath(of: path)
            if seen.insert(name).inserted { all.append(Document(name: name, path: path)) }
        }
        all.sort { $0.name < $1.name }
        guard let changed else {
            documents = all
            context = []
            return
        }
        documents = all.filter { changed.contains(RepositoryRoot.canonical($0.path)) }
        context = all.filter { !changed.contains(RepositoryRoot.canonical($0.path)) }
    }

    /// Whether no document was found at all.
    var isEmpty: Bool { documents.isEmpty && context.isEmpty }

    /// The path to open for each name.
    var pathsByName: [String: String] {
        Dictionary((documents + context).map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
    }

    /// "no document found in …" for a run that found nothing, naming what was searched.
    static func nothingFoundMessage(inputs: [String], configuration: Configuration) -> String {
        let globs =
            "include: \(configuration.include.map(\.pattern).joined(separator: ", "))"
            + (configuration.exclude.isEmpty
                ? "" : "; exclude: \(configuration.exclude.map(\.pattern).joined(separator: ", "))")
        let searched = inputs.map { $0 == "." ? "the current folder" : $0 }.joined(separator: ", ")
        let source = configuration.file.map { " from \($0)" } ?? ""
        return "no document found in \(searched) (\(globs)\(source)); name documents or folders holding "
            + ".docx or .xml files, or pass --allow-empty to accept an empty run"
    }
}
