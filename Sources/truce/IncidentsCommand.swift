import ArgumentParser
import Foundation
import TruceCore
import TruceScenario
import TruceServer
import TruceStore

/// `truce incidents …`.
struct IncidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents", abstract: "Read the incident register and move incidents through verification.",
        subcommands: [
            IncidentsListCommand.self, IncidentsShowCommand.self, IncidentsTransitionCommand.self,
            IncidentsAttributeCommand.self, IncidentsReplyCommand.self, IncidentsMergeCommand.self,
            IncidentsSplitCommand.self,
        ])
}

/// `truce incidents list`.
struct IncidentsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List incidents, filtered by zone, party, category and period (days in the agreement's time zone).")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only incidents inside this zone while it was in force.") var zone: String?
    @Option(help: "Only incidents with this actor id as perpetrator or target.") var party: String?
    @Option(help: "Only this category (repeat for several).") var category: [String] = []
    @Option(help: "From this day (YYYY-MM-DD), inclusive.") var from: String?
    @Option(help: "To this day (YYYY-MM-DD), inclusive.") var to: String?
    @Option(help: "At most this many.") var limit: Int?
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table

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
            var categories: [ReportCategory] = []
            for name in category {
                guard let value = ReportCategory(rawValue: name) else {
                    throw InputError(
                        file: "--category", field: "category",
                        message:
                            "unknown category '\(name)'; expected one of: \(ReportCategory.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                categories.append(value)
            }
            if let party, ActorDirectory(agreement: agreement).byID[party] == nil {
                throw InputError(
                    file: "--party", field: "party",
                    message:
                        "unknown party id '\(party)'; the agreement names: \(ActorDirectory(agreement: agreement).byID.keys.sorted().joined(separator: ", "))"
                )
            }
            let untilDay = try day(to, "to")
            let query = IncidentQuery(
                from: try day(from, "from"), until: untilDay.map { CivilTime.startOfNextDay($0, in: agreement.timeZone) },
                categories: categories, actorID: party, limit: limit)
            let search = IncidentSearch(register: register, agreement: agreement)
            let incidents = try await search.incidents(query, zoneID: zone)
            let rows = incidents.map { IncidentRow(incident: $0, zones: search.zoneIDs(of: $0), timeZone: agreement.timeZone) }
            switch format {
            case .json: print(try IncidentRow.json(rows))
            case .csv: print(IncidentRow.csv(rows), terminator: "")
            default:
                print(IncidentRow.table(rows), terminator: "")
                Terminal.note(
                    "\(rows.count) incidents. \(agreement.allZones.contains { $0.approximate } ? "Zone outlines are approximate. " : "")\(agreement.id == SyriaScenario.agreementID ? SyriaScenario.attribution : "")"
                )
            }
        }
    }
}
