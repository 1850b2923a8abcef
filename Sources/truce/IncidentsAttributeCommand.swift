import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce incidents attribute ID --party P --confidence C --reason … --evidence … --as ROLE`.
struct IncidentsAttributeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute",
        abstract: "Attribute an incident to an actor of the agreement with a confidence, or withdraw it (--party none).")

    @Argument(help: "The incident's id.") var id: Int64
    @Option(help: "The actor id held responsible, or none.") var party: String
    @Option(help: "low, medium or high.") var confidence: String = "medium"
    @Option(help: "Why (required).") var reason: String
    @Option(help: "An evidence reference (repeat for several; an attribution needs one).") var evidence: [String] = []
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() async throws {
        try await reportingFailures {
            guard let level = AttributionConfidence(rawValue: confidence) else {
                throw commandLineError(field: "--confidence", message: "expected low, medium or high, not '\(confidence)'")
            }
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let detail = try await register.attribute(
                incident: id, to: party == "none" ? nil : party, confidence: level, by: principal, reason: reason,
                evidence: evidence)
            try IncidentOutput.show(detail, agreement: agreement, register: register, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
