import ArgumentParser
import Foundation
import TruceCore
import TruceServer
import TruceStore

/// `truce talks commitment ID [--status S --reason R --at DAY --evidence E …] [--as ROLE --by NAME]`: shows a
/// commitment with every step, or records a new status step (admin, mediator or guarantor), in the log.
struct TalksCommitmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitment",
        abstract:
            "Show a commitment with every status step, or record a new step (Kroc PAM 0–3 or broken) with who, when, why and the evidence."
    )

    @Argument(help: "The commitment id.") var id: String
    @Option(help: "A new status: 0 not initiated, 1 minimal, 2 intermediate, 3 full, broken.") var status: String?
    @Option(help: "Why the status changes (required for every change).") var reason: String?
    @Option(help: "The day the status holds from (default: today, UTC).") var at: String?
    @Option(help: "Evidence: incident:ID, log:INDEX, finding:…, news:…, a URL (repeatable).") var evidence: [String] = []
    @Option(
        name: .customLong("as"),
        help: "The role you act in, to record a step: admin, mediator or guarantor (others are refused).")
    var role: String?
    @Option(name: .customLong("by"), help: "Your name for the record (default: cli:$USER).") var name: String?
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let (agreement, talks) = try await store.storedTalks(from: register)
            var commitment: TalksCommitment
            if let status {
                guard let level = CommitmentStatus(rawValue: status) else {
                    throw commandLineError(
                        field: "--status", message: "'\(status)' is not a status; expected 0, 1, 2, 3 or broken")
                }
                guard let role else {
                    throw commandLineError(
                        field: "--as", message: "recording a step needs --as ROLE (admin, mediator or guarantor)")
                }
                let principal = try ActingOptions.parse(["--as", role] + (name.map { ["--by", $0] } ?? [])).principal()
                let day = at ?? CivilTime.day(Int64(Date().timeIntervalSince1970), in: .gmt)
                commitment = try await register.assess(
                    commitment: id, agreement: agreement.id,
                    step: CommitmentStep(status: level, at: day, by: principal.recorded, reason: reason, evidence: evidence),
                    by: principal)
                try await store.signCheckpointIfKeyed(register, quiet: format == .json)
            } else {
                guard let found = talks.commitment(id) else {
                    throw WorkflowError.notFound(
                        what: "commitment '\(id)' (commitments: \(talks.commitments.map(\.id).joined(separator: ", ")))")
                }
                commitment = found
            }
            if format == .json {
                try IncidentDetailJSON.print(TalksJSON.commitment(commitment))
            } else {
                TalksTable.printCommitment(commitment)
            }
        }
    }
}
