import ArgumentParser

/// `truce bench ingest --count N` (body in the next step).
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest")
    @Option var count: Int = 1_000_000
    func run() async throws {}
}
