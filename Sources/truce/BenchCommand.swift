import ArgumentParser

/// `truce bench …`: measured figures, printed as one JSON object.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks that print one JSON object of figures.",
        subcommands: [
            BenchIngestCommand.self, BenchLogCommand.self, BenchCorrelateCommand.self, BenchStatsCommand.self,
            BenchServeCommand.self, BenchExtractCommand.self,
        ])
}
