import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce incidents transition ID --to STATE --reason … --evidence … --as ROLE`.
struct IncidentsTransitionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transition",
        abstract:
            "Move an incident through verification (docs/workflow.md): reported, under-review, verified, unverified, unfounded, published, archived."
    )

    @Argument(help: "The incident's id.") var id: Int64
    @Option(help: "The new state.") var to: String
    @Option(help: "Why (required).") var reason: String
    @Option(help: "An evidence reference (repeat for several; a verdict needs one).") var evidence: [String] = []
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingFailures {
            guard let state = VerificationState(rawValue: to) else {
                throw commandLineError(
                    field: "--to",
                    message:
                        "unknown state '\(to)'; expected one of: \(VerificationState.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let detail = try await register.transition(
                incident: id, to: state, by: principal, reason: reason, evidence: evidence)
            try IncidentOutput.show(detail, agreement: agreement, register: register, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
