import ArgumentParser
import Foundation
import TruceCore

/// `truce bench correlate`: correlation of synthetic reports (about three per incident) at three sizes.
struct BenchCorrelateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correlate",
        abstract: "Time the correlator on N synthetic reports (about 3 per incident) at N/10, 3N/10 and N, on one core.",
        discussion: """
            Incidents are spread over 2017 and over Syria's bounding box; each gets 1 to 5 reports (3 on average) \
            from distinct reporters, up to 30 minutes and 1.5 km apart, some naming another act of violence. \
            Reports arrive in time order. Only the correlation is timed (one thread); growth compares each size's \
            time per n·log2(n) with the smallest size's.
            """)

    @Option(help: "Reports at the largest size.") var count: Int = 1_000_000

    func validate() throws {
        guard count >= 1_000 && count <= 20_000_000 else { throw ValidationError("--count must be 1000 to 20000000") }
    }

    func run() async throws {
        try await reportingFailures {
            var figures: [[String: Any]] = []
            var reference: Double?
            for size in [count / 10, count * 3 / 10, count] {
                Terminal.progress("bench correlate: generating \(size) reports")
                let (reports, incidents) = Self.synthetic(count: size)
                Terminal.progress("bench correlate: correlating \(size) reports")
                var correlator = Correlator()
                var duplicates = 0
                let start = DispatchTime.now().uptimeNanoseconds
                for report in reports {
                    if case .duplicate = correlator.add(report) { duplicates += 1 }
                }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let perNLogN = seconds / (Double(size) * log2(Double(size)))
                if reference == nil { reference = perNLogN }
                figures.append([
                    "reports": size, "seconds": round3(seconds), "reports_per_second": Int(Double(size) / seconds),
                    "incidents_generated": incidents, "incidents_found": correlator.clusters.count,
                    "duplicates": duplicates, "time_per_n_log_n_relative": round3(perNLogN / reference!),
                ])
            }
            Terminal.endProgress()
            let result: [String: Any] = [
                "bench": "correlate", "threads": 1, "sizes": figures,
                "settings": "maximum gap 6 h, maximum distance 10 km beyond both precisions, threshold 0.5",
            ]
            try BenchReport.print(result)
        }
    }

    /// Reports of `count` accounts in time order, and how many incidents they describe.
    static func synthetic(count: Int) -> ([ReportObservation], Int) {
        var random = SplitMix64(seed: 2017)
        let year2017: Int64 = 1_483_228_800
        let categories: [ReportCategory] = [.shelling, .airStrike, .armedClash, .smallArmsFire, .explosiveDevice]
        let parties = ["syrian-government", "armed-opposition", nil]
        let reporters = ["monitor:team-", "party:syrian-government-", "party:armed-opposition-", "media:outlet-", "guarantor:"]
        var reports: [ReportObservation] = []
        reports.reserveCapacity(count)
        var incidents = 0
        while reports.count < count {
            incidents += 1
            let time = year2017 + Int64(random.unit() * 365 * 86_400)
            let latitude = 32.3 + random.unit() * 5.0
            let longitude = 35.7 + random.unit() * 6.7
            let category = categories[Int(random.next() % UInt64(categories.count))]
            let accounts = 1 + Int(random.next() % 5)
            for account in 0..<accounts where reports.count < count {
                let id = Int64(reports.count + 1)
                let named = parties[Int(random.next() % UInt64(parties.count))]
                reports.append(
                    ReportObservation(
                        reportID: id, contentHash: "synthetic-\(id)", start: time + Int64(random.unit() * 1_800), window: 0,
                        point: GeoPoint(
                            latitude: latitude + (random.unit() - 0.5) * 0.02,
                            longitude: longitude + (random.unit() - 0.5) * 0.02),
                        precisionMetres: 500,
                        category: account % 4 == 3 ? .airStrike : category, perpetrator: named,
                        reporter: reporters[account % reporters.count] + String(incidents % 7)))
            }
        }
        reports.sort { $0.start < $1.start }
        return (reports, incidents)
    }

    private func round3(_ value: Double) -> Double { BenchReport.round3(value) }
}
