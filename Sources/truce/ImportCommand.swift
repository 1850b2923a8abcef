import ArgumentParser
import Foundation
import TruceCore
import TruceScenario
import TruceStore

/// `truce import …`.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import reports from files (validated whole first, then batched transactions).",
        subcommands: [ImportUCDPCommand.self, ImportReportsCommand.self])
}

/// Options every import takes.
struct ImportOptions: ParsableArguments {
    @Option(help: "Reports per transaction.") var batchSize: Int = 20_000

    func validate() throws {
        guard (1...1_000_000).contains(batchSize) else { throw ValidationError("--batch-size must be 1 to 1000000") }
    }
}

/// Prints an import summary.
func printSummary(_ summary: ImportSummary, file: String) {
    print(
        "\(file): \(summary.read) reports read, \(summary.registered) registered, \(summary.duplicates) already present, \(summary.batches) transactions"
    )
}

/// `truce import ucdp FILE`.
struct ImportUCDPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ucdp", abstract: "Import UCDP GED events (CSV, GED 19.1 columns) as media reports.")

    @Argument(help: "The UCDP GED CSV file.") var file: String
    @Option(help: "Only events starting on or after this date (YYYY-MM-DD).") var from: String?
    @Option(help: "Only events starting on or before this date (YYYY-MM-DD).") var to: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var options: ImportOptions

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let parser = TimestampParser(timeZone: agreement.timeZone)
            func day(_ text: String?, _ name: String) throws -> Int64? {
                guard let text else { return nil }
                guard let parsed = parser.parse(text), parsed.dateOnly else {
                    throw InputError(file: "--\(name)", field: name, message: "'\(text)' is not a date (YYYY-MM-DD)")
                }
                return parsed.epochSeconds
            }
            let start = try day(from, "from")
            let end = try day(to, "to").map { CivilTime.startOfNextDay($0, in: agreement.timeZone) }
            let mapper = UCDPEventMapper(agreement: agreement)
            let printer = ProgressPrinter(label: "import ucdp")
            let summary = try await ReportImporter(
                register: register, batchSize: options.batchSize, actor: "import:" + (file as NSString).lastPathComponent
            ).run(
                UCDPReader(
                    reader: CSVReader(source: try FileChunkSource(path: file), file: file), mapper: mapper, from: start,
                    until: end), progress: printer.update)
            printer.finish()
            printSummary(summary, file: file)
            try await store.signCheckpointIfKeyed(register)
        }
    }
}

/// `truce import reports FILE.csv|FILE.jsonl`.
struct ImportReportsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "Import reports in Truce's CSV or JSON Lines format (docs/report-format.md).")

    @Argument(help: "A .csv or .jsonl file.") var file: String
    @Option(help: "The file's format, when its extension does not say: csv or jsonl.") var format: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var options: ImportOptions

    func run() async throws {
        try await reportingFailures {
            let kind = format ?? (file as NSString).pathExtension.lowercased()
            guard kind == "csv" || kind == "jsonl" else {
                throw InputError(
                    file: file, message: "cannot tell the format: name the file .csv or .jsonl, or pass --format csv|jsonl")
            }
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let validator = ReportValidator(agreement: agreement, places: GazetteerLoader { try SyriaScenario.gazetteer() })
            let importer = ReportImporter(
                register: register, batchSize: options.batchSize, actor: "import:" + (file as NSString).lastPathComponent)
            let printer = ProgressPrinter(label: "import reports")
            let summary: ImportSummary
            if kind == "csv" {
                summary = try await importer.run(
                    ReportCSVReader(
                        reader: CSVReader(source: try FileChunkSource(path: file), file: file), validator: validator),
                    progress: printer.update)
            } else {
                summary = try await importer.run(
                    ReportJSONLReader(
                        reader: LineReader(source: try FileChunkSource(path: file), file: file), validator: validator),
                    progress: printer.update)
            }
            printer.finish()
            printSummary(summary, file: file)
            try await store.signCheckpointIfKeyed(register)
        }
    }
}
