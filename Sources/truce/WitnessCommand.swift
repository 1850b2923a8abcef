import ArgumentParser

/// `truce witness …`: a guarantor's tlog-witness.
struct WitnessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "witness", abstract: "Run a C2SP tlog-witness that cosigns a log's consistent checkpoints.",
        subcommands: [WitnessKeygenCommand.self, WitnessServeCommand.self])
}
