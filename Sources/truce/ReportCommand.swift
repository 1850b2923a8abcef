import ArgumentParser
import Foundation
import TruceCore
import TruceScenario
import TruceStore

/// `truce report …`.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Register reports.", subcommands: [ReportAddCommand.self])
}

/// `truce report add --json FILE|-`.
struct ReportAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Register one report given as JSON (docs/report-format.md).")

    @Option(help: "The report as a JSON file, or - for standard input.") var json: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            var reader = LineReader(source: try FileChunkSource(path: json), file: json, maximumLineBytes: 4 << 20)
            var bytes: [UInt8] = []
            while let (line, _) = try reader.next() {
                bytes += line
                bytes.append(0x0A)
                if bytes.count > 4 << 20 { throw InputError(file: json, message: "a report is limited to 4 MiB") }
            }
            let draft = try ReportDraft.fromJSON(bytes, file: json, line: nil)
            let validator = ReportValidator(agreement: agreement, places: GazetteerLoader { try SyriaScenario.gazetteer() })
            let report = try validator.report(from: draft, file: json, line: nil)
            let outcome = try await register.register(
                [report], receivedAt: Int64(Date().timeIntervalSince1970), actor: StoreOptions.cliActor)
            if let (reportID, incidentID) = outcome.registered.first {
                switch outcome.placements.first {
                case .joined(let score)?:
                    print(
                        "Registered report \(reportID); it joined incident \(incidentID) (\(score.explanation)) (content hash \(report.contentHash))."
                    )
                case .resent(let first)?:
                    print(
                        "Registered report \(reportID) as the same reporter's re-sent account of incident \(incidentID) (first: report \(first)); it is kept and not counted twice."
                    )
                default:
                    print("Registered report \(reportID) as incident \(incidentID) (content hash \(report.contentHash)).")
                }
            } else {
                print("Already registered: a report with content hash \(report.contentHash) is in the register.")
            }
            try await store.signCheckpointIfKeyed(register)
        }
    }
}
