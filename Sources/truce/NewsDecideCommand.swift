import ArgumentParser
import Foundation
import TruceCore
import TruceServer
import TruceStore

/// `truce news decide ID --accept|--reject --reason R [--perpetrator P --lat --lon --date --category] --as ROLE`.
struct NewsDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract:
            "Accept a suggestion (a report suggestion is registered as a media report awaiting review) or reject it, with the reason; logged."
    )

    @Argument(help: "The suggestion id.") var id: Int64
    @Flag(help: "Accept the suggestion.") var accept = false
    @Flag(help: "Reject the suggestion.") var reject = false
    @Option(help: "Why.") var reason: String
    @Option(help: "The perpetrator (an agreement actor id), when accepting a report suggestion.") var perpetrator: String?
    @Option(help: "The category (default: from the CAMEO code).") var category: String?
    @Option(help: "The day (YYYY-MM-DD), if the coded one is missing or wrong.") var date: String?
    @Option(help: "Latitude, if the coded place is missing or wrong.") var lat: Double?
    @Option(help: "Longitude.") var lon: Double?
    @Option(help: "The place's name.") var place: String?
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            guard accept != reject else { throw commandLineError(field: "--accept", message: "give --accept or --reject") }
            let chosen = try category.map { text in
                guard let value = ReportCategory(rawValue: text) else {
                    throw commandLineError(
                        field: "--category",
                        message:
                            "'\(text)' is not a category; one of \(ReportCategory.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                return value
            }
            if (lat == nil) != (lon == nil) { throw commandLineError(field: "--lat", message: "give --lat and --lon together") }
            let principal = try acting.principal()
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let decided = try await register.decide(
                suggestion: id, accept: accept, reason: reason,
                review: NewsReview(
                    agreementID: agreement.id, perpetrator: perpetrator, category: chosen, date: date, place: place,
                    latitude: lat, longitude: lon), by: principal)
            try await store.signCheckpointIfKeyed(register, quiet: true)
            if format == .json {
                try IncidentDetailJSON.print(NewsJSON.suggestion(decided))
                return
            }
            print(
                "Suggestion \(decided.id) \(decided.state.rawValue) by \(decided.decidedBy ?? "?")\(decided.reportID.map { "; registered as report \($0)" } ?? "") (log entry \(decided.decisionLogIndex ?? -1))"
            )
        }
    }
}
