import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce incidents show ID`.
struct IncidentsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one incident: its findings with their explanation, reports, history, replies and escalations.")

    @Argument(help: "The incident's id.") var id: Int64
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Option(
        name: .customLong("as"),
        help:
            "See it as this role (admin, monitor, guarantor, mediator, public, party:ID): confidential sources are hidden from all but admin and monitor."
    )
    var role: String = "admin"

    func run() async throws {
        try await reportingFailures {
            let viewer = try ActingOptions.parse(["--as", role]).principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let detail = try await register.detail(incident: id, for: viewer)
            try IncidentOutput.show(detail, agreement: agreement, register: register, format: format)
        }
    }
}
