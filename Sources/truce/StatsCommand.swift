import ArgumentParser
import Foundation
import TruceCore
import TruceScenario
import TruceServer
import TruceStore

extension StatisticsGrouping: ExpressibleByArgument {}

/// `truce stats --by zone|party|day`.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract:
            "Compliance statistics: verified violations per zone, party or day with running totals since entry into force, and what each reporting side alleged against what was verified."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Group by zone, party or day.") var by: StatisticsGrouping = .zone
    @OptionGroup var period: PeriodOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            try period.check()
            let (from, to) = (period.from, period.to)
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let stats = try await register.statistics(agreement: agreement.id, by: by, from: from, to: to)
            if format == .json {
                try IncidentDetailJSON.print(
                    [
                        "agreement": agreement.id, "by": by.rawValue, "from": from ?? NSNull(), "to": to ?? NSNull(),
                        "entry_into_force": CivilTime.iso8601(
                            Int64(agreement.entryIntoForce.timeIntervalSince1970), in: agreement.timeZone),
                        "rows": stats.rows.map {
                            ["key": $0.key, "day": $0.day, "violations": $0.violations, "running_total": $0.runningTotal]
                                as [String: Any]
                        },
                        "totals": stats.totals,
                        "sides": stats.sides.map {
                            [
                                "side": $0.side, "alleged": $0.alleged, "verified": $0.verified,
                                "violations": $0.violations, "unfounded": $0.unfounded,
                            ] as [String: Any]
                        },
                    ] as [String: Any])
                return
            }
            print("\(by.rawValue.uppercased())  DAY  VERIFIED-VIOLATIONS  RUNNING-TOTAL")
            for row in stats.rows { print("\(row.key)  \(row.day)  \(row.violations)  \(row.runningTotal)") }
            print("\nTotals in the period:")
            for (key, total) in stats.totals.sorted(by: { $0.key < $1.key }) { print("  \(key): \(total)") }
            print("\nAlleged by each reporting side, and what was verified:")
            print("  SIDE  ALLEGED  VERIFIED  VIOLATIONS  UNFOUNDED")
            for side in stats.sides {
                print("  \(side.side)  \(side.alleged)  \(side.verified)  \(side.violations)  \(side.unfounded)")
            }
            if agreement.id == SyriaScenario.agreementID { Terminal.note(SyriaScenario.attribution) }
        }
    }
}
