import ArgumentParser
import Foundation
import TruceCore
import TruceStore

/// `truce escalations notice INCIDENT --party P --due YYYY-MM-DD --reason … --as guarantor`.
struct EscalationsNoticeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice", abstract: "Send the violating party a notice with the findings and a due date for its reply.")

    @Argument(help: "The incident.") var incident: Int64
    @Option(help: "The party notified (it must have a violation finding on the incident).") var party: String
    @Option(help: "The day the reply is due (YYYY-MM-DD, end of that day in the agreement's time zone).") var due: String
    @Option(help: "Why (required).") var reason: String
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            try DayOption.check(due, "due")
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            guard let day = TimestampParser(timeZone: agreement.timeZone).parse(due)?.epochSeconds else {
                throw commandLineError(field: "--due", message: "'\(due)' is not a date (YYYY-MM-DD)")
            }
            let escalation = try await register.notify(
                incident: incident, party: party, due: CivilTime.startOfNextDay(day, in: agreement.timeZone) - 1,
                by: principal, reason: reason)
            try EscalationOutput.print([escalation], timeZone: agreement.timeZone, format: format)
            try await store.signCheckpointIfKeyed(register, quiet: format == .json)
        }
    }
}
