import ArgumentParser
import Foundation
import GRDB
import TruceCore
import TruceScenario
import TruceStore

/// `truce bench stats`: the per-zone-per-day compliance query over N verified incidents, against the plain SQL
/// GROUP BY over the same findings, in the same run.
struct BenchStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Time the per-zone-per-day statistics query over N incidents, beside a plain SQL GROUP BY.",
        discussion: """
            Builds a temporary SQLite register with the Syria agreement and N verified incidents spread over 2017, \
            each with one violation finding (zone: one of the four de-escalation zones or none; party: the \
            government or the opposition), then builds the daily counts from the findings. It then runs the \
            library's per-zone-per-day query (SQLiteRegister.dailyViolations, what `truce stats --by zone` reads) \
            and the plain GROUP BY over the findings, alternately, and reports both medians. Both must give the \
            same counts, or the bench fails.
            """)

    @Option(help: "Incidents.") var count: Int = 1_000_000
    @Option(help: "Timed runs of each query.") var runs: Int = 31
    @Option(help: "Keep the database here instead of a temporary file.") var db: String?

    func validate() throws {
        guard count >= 1_000 && count <= 20_000_000 else { throw ValidationError("--count must be 1000 to 20000000") }
        guard runs >= 3 && runs <= 1_000 else { throw ValidationError("--runs must be 3 to 1000") }
    }

    static let baselineSQL = """
        SELECT CASE f.area WHEN '' THEN 'none' ELSE f.area END AS key, f.day, count(*) AS n
        FROM finding f JOIN incident i ON i.id = f.incident_id
        WHERE i.agreement_id = ? AND f.violation = 1
        GROUP BY 1, 2 ORDER BY 1, 2
        """

    func run() async throws {
        try await reportingFailures {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("truce-bench-stats-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { if db == nil { try? FileManager.default.removeItem(at: directory) } }
            let path = db ?? directory.appendingPathComponent("stats.sqlite").path
            let register = try SQLiteRegister(path: path)
            let (agreement, source) = try SyriaScenario.agreement()
            _ = try await register.saveAgreement(agreement, source: source, actor: "bench")
            let loadStart = DispatchTime.now().uptimeNanoseconds
            try await Self.fill(register, agreement: agreement, count: count)
            try await register.rebuildViolationCounts(agreement: agreement.id)
            let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9

            var library: [Double] = []
            var baseline: [Double] = []
            var libraryRows: [ComplianceRow] = []
            var baselineRows: [(String, String, Int)] = []
            for run in 0..<runs {
                Terminal.progress("bench stats: run \(run + 1) of \(runs)")
                var start = DispatchTime.now().uptimeNanoseconds
                libraryRows = try await register.dailyViolations(agreement: agreement.id, by: .zone, from: nil, to: nil).rows
                library.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                start = DispatchTime.now().uptimeNanoseconds
                baselineRows = try await register.writer.read { db in
                    try Row.fetchAll(db, sql: Self.baselineSQL, arguments: [agreement.id]).map {
                        ($0[0] as String, $0[1] as String, $0[2] as Int)
                    }
                }
                baseline.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            Terminal.endProgress()
            guard libraryRows.map({ "\($0.key) \($0.day) \($0.violations)" }) == baselineRows.map({ "\($0.0) \($0.1) \($0.2)" })
            else {
                throw BenchMismatch(
                    message: "the per-zone-per-day counts differ from the plain GROUP BY: the daily counts are wrong")
            }
            let median = Self.median(library)
            let baselineMedian = Self.median(baseline)
            try BenchReport.print([
                "bench": "stats", "incidents": count, "runs": runs, "rows": libraryRows.count,
                "violations": libraryRows.reduce(0) { $0 + $1.violations },
                "median_ms": BenchReport.round3(median), "p90_ms": BenchReport.round3(Self.percentile(library, 0.9)),
                "baseline": [
                    "query": "plain SQL GROUP BY over the findings (joined to their incidents)",
                    "median_ms": BenchReport.round3(baselineMedian),
                    "p90_ms": BenchReport.round3(Self.percentile(baseline, 0.9)),
                ] as [String: Any],
                "ratio": (median / baselineMedian * 100_000).rounded() / 100_000,
                "speedup": Int((baselineMedian / median).rounded()), "load_seconds": BenchReport.round3(loadSeconds),
                "query": "verified violations per zone and day over all of 2017, with running totals",
            ])
        }
    }

    /// A failed cross-check.
    struct BenchMismatch: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    /// Writes `count` verified incidents with one violation finding each, in one transaction.
    static func fill(_ register: SQLiteRegister, agreement: Agreement, count: Int, withReports: Bool = false) async throws {
        let zones = ["idlib", "north-homs", "eastern-ghouta", "south", ""]
        let parties = ["syrian-government", "armed-opposition"]
        let year2017: Int64 = 1_483_221_600
        try await register.writer.write { db in
            let incident = try db.makeStatement(
                sql: """
                    INSERT INTO incident (id, agreement_id, state, observed_at, observed_end, time_precision, latitude,
                        longitude, precision_m, category, created_at, attributed_to, attribution_confidence, zone_id)
                    VALUES (?, ?, 'verified', ?, ?, 'day', 34.0, 37.0, 1000, 'shelling', ?, ?, 'high', ?)
                    """)
            let finding = try db.makeStatement(
                sql: """
                    INSERT INTO finding (incident_id, position, violation, reason, clause_id, zone_id, party_id,
                        explanation, agreement_as_of, day, area)
                    VALUES (?, 0, 1, 'violation', ?, ?, ?, '[]', ?, ?, ?)
                    """)
            let report = try db.makeStatement(
                sql: """
                    INSERT INTO report (id, incident_id, agreement_id, content_hash, source_kind, reporter, confidential,
                        received_at, observed_at, time_precision, latitude, longitude, precision_m, category, description)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 'day', 34.0, 37.0, 1000, 'shelling', 'synthetic')
                    """)
            let sides = ["party:syrian-government", "party:armed-opposition", "monitor:team", "media:outlet"]
            // What SideCounts keeps for each registered incident, written in bulk: its part, and the day totals.
            let incidentSide = try db.makeStatement(
                sql: """
                    INSERT INTO incident_side (incident_id, side, agreement_id, day, verified, violations, unfounded)
                    VALUES (?, ?, ?, ?, 1, 1, 0)
                    """)
            var sideDays: [String: Int] = [:]
            var random = SplitMix64(seed: 5)
            for id in 1...Int64(count) {
                if id % 50_000 == 0 { Terminal.progress("bench stats: writing incident \(id) of \(count)") }
                let day = Int64(random.next() % 365)
                let at = year2017 + day * 86_400 + Int64(random.next() % 86_400)
                let zone = zones[Int(random.next() % UInt64(zones.count))]
                let party = parties[Int(random.next() % 2)]
                let dayText = CivilTime.day(at, in: agreement.timeZone)
                try incident.execute(arguments: [id, agreement.id, at, at + 86_400, at, party, zone.isEmpty ? nil : zone])
                if withReports {
                    let side = sides[Int(id % 4)].split(separator: ":")
                    try report.execute(arguments: [
                        id, id, agreement.id, String(id), String(side[0]), String(side[1]), at, at,
                    ])
                    try incidentSide.execute(arguments: [id, sides[Int(id % 4)], agreement.id, dayText])
                    sideDays[sides[Int(id % 4)] + "|" + dayText, default: 0] += 1
                }
                try finding.execute(arguments: [
                    id, zone.isEmpty ? "cessation-of-attacks" : "\(zone)-no-hostilities", zone.isEmpty ? nil : zone, party,
                    at, dayText, zone,
                ])
            }
            for (key, count) in sideDays {
                let parts = key.split(separator: "|").map(String.init)
                try db.execute(
                    sql:
                        "INSERT INTO side_day (agreement_id, side, day, alleged, verified, violations, unfounded) VALUES (?, ?, ?, ?, ?, ?, 0)",
                    arguments: [agreement.id, parts[0], parts[1], count, count, count])
            }
        }
    }
}
