import RegLintCommand
ReglintCommand.main()
