import ArgumentParser

/// `truce log …`: the verifiable record.
struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The verifiable record: keys, signed checkpoints, audit, and the log's HTTP endpoints.",
        subcommands: [
            LogKeygenCommand.self, LogCheckpointCommand.self, LogVerifyCommand.self, LogServeCommand.self,
            LogDiscloseCommand.self,
        ])
}
