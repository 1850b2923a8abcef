import ArgumentParser

/// `truce news …`: the suggestions that news intake made, and a monitor's decisions on them.
struct NewsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "news", abstract: "News suggestions: list them, accept or reject each (monitor, admin).",
        subcommands: [NewsSuggestionsCommand.self, NewsDecideCommand.self])
}
