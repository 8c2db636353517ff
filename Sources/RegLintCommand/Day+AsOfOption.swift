import RegLintCore

extension Day {
    /// The value of `--as-of`, or a usage error naming the option (exit status 2).
    static func parsingAsOfOption(_ text: String) throws -> Day {
        guard let day = Day(iso: text) else {
            printError("error: --as-of: expected a date YYYY-MM-DD, found '\(text)'")
            throw ExitStatus.usage
        }
        return day
    }
}
