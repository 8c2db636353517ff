import ArgumentParser
import RegLintCore

/// `--lang en|vi`.
extension MessageLanguage: ExpressibleByArgument {}

/// The help text of every `--lang` option.
let languageHelp = ArgumentHelp(
    "Language of messages and rule descriptions: en or vi (default: messages: in .reglint.yml, else en).")
