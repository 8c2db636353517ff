import HouseChecks
import RegLintCommand

// Every command, format, configuration and baseline of reglint, with the house checks added.
ReglintCommand.main(extraChecks: [LongArticleCheck.self])
