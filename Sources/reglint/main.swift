import RegLintCommand

ReglintCommand.runAndExit()
