import ArgumentParser
import Foundation
import TruceCore
import TruceServer
import TruceStore

/// `truce findings`.
struct FindingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "findings",
        abstract: "List the findings on verified and published incidents: which clause was violated by whom, or why not.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only findings against this party.") var party: String?
    @Option(help: "Only incidents in this zone (none: outside every zone).") var zone: String?
    @Flag(help: "Include the findings that are not violations (with their reasons).") var all = false
    @Option(help: "From this day (YYYY-MM-DD), inclusive.") var from: String?
    @Option(help: "To this day (YYYY-MM-DD), inclusive.") var to: String?
    @Option(help: "At most this many.") var limit: Int?
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            try DayOption.check(from, "from")
            try DayOption.check(to, "to")
            let records = try await register.findings(
                agreement: agreement.id, party: party, zone: zone, violationsOnly: !all, from: from, to: to, limit: limit)
            if format == .json {
                try IncidentDetailJSON.print(
                    records.map { record -> [String: Any] in
                        [
                            "incident": record.incidentID, "day": record.day, "area": record.area,
                            "violation": record.finding.violation, "reason": record.finding.reason.rawValue,
                            "clause": record.finding.clauseID ?? NSNull(), "zone": record.finding.zoneID ?? NSNull(),
                            "party": record.finding.partyID ?? NSNull(), "explanation": record.finding.explanation,
                        ]
                    })
                return
            }
            print("INCIDENT  DAY         AREA            VIOLATION  CLAUSE                          PARTY / REASON")
            for record in records {
                let finding = record.finding
                print(
                    [
                        String(record.incidentID).padding(toLength: 8, withPad: " ", startingAt: 0),
                        record.day.padding(toLength: 10, withPad: " ", startingAt: 0),
                        record.area.padding(toLength: 14, withPad: " ", startingAt: 0),
                        (finding.violation ? "yes" : "no").padding(toLength: 9, withPad: " ", startingAt: 0),
                        (finding.clauseID ?? "-").padding(toLength: 30, withPad: " ", startingAt: 0),
                        finding.violation ? (finding.partyID ?? "-") : finding.reason.rawValue,
                    ].joined(separator: "  "))
            }
            Terminal.note("\(records.count) findings.")
        }
    }
}
