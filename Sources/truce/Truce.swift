import ArgumentParser

/// The `truce` command: registers, agreement checks, imports, the demo and benchmarks.
@main
struct Truce: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "truce",
        abstract: "Truce: a ceasefire monitoring mechanism — agreements as code, registers of reports and incidents.",
        subcommands: [
            ServeCommand.self, DemoCommand.self, UserCommand.self, AgreementCommand.self, ReportCommand.self, ImportCommand.self,
            IncidentsCommand.self,
            FindingsCommand.self, StatsCommand.self, EscalationsCommand.self, TalksCommand.self, ExtractCommand.self,
            IngestCommand.self, EvaluateCommand.self, NewsCommand.self, LogCommand.self,
            WitnessCommand.self,
            MirrorCommand.self, BenchCommand.self,
        ])
}
