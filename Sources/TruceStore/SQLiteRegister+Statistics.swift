import Foundation
import GRDB
import TruceCore

extension SQLiteRegister {
    /// Compliance statistics of an agreement, grouped by zone, party or day, over inclusive local days: the daily
    /// violations with running totals (``dailyViolations(agreement:by:from:to:)``) and each reporting side's
    /// allegations against what was verified.
    public func statistics(agreement: String, by grouping: StatisticsGrouping, from: String?, to: String?) async throws
        -> ComplianceStatistics
    {
        let (rows, totals) = try await dailyViolations(agreement: agreement, by: grouping, from: from, to: to)
        let sides = try await reportingSides(agreement: agreement, from: from, to: to)
        return ComplianceStatistics(grouping: grouping, from: from, to: to, rows: rows, totals: totals, sides: sides)
    }

    /// What each reporting side alleged and what of it was verified, over inclusive local days.
    public func reportingSides(agreement: String, from: String?, to: String?) async throws -> [ReportingSideCount] {
        try await writer.read { db in try Self.sides(agreement: agreement, from: from, to: to, in: db) }
    }

    /// Verified violations per group and local day, with running totals since entry into force, and each group's
    /// total in the period.
    ///
    /// It reads `violation_day`, which adjudication keeps in step with the findings: one row per zone, day and
    /// party instead of the incidents (`truce bench stats` compares it with the plain GROUP BY over findings).
    public func dailyViolations(agreement: String, by grouping: StatisticsGrouping, from: String?, to: String?)
        async throws -> (rows: [ComplianceRow], totals: [String: Int])
    {
        try await writer.read { db in
            let key =
                switch grouping {
                case .zone: "CASE zone_id WHEN '' THEN 'none' ELSE zone_id END"
                case .party: "party_id"
                case .day: "'all'"
                }
            var sql = "SELECT \(key) AS key, day, sum(incidents) AS n FROM violation_day WHERE agreement_id = ?"
            var arguments: StatementArguments = [agreement]
            if let to {
                sql += " AND day <= ?"
                arguments += [to]
            }
            sql += " GROUP BY 1, 2 ORDER BY 1, 2"
            var rows: [ComplianceRow] = []
            var running: [String: Int] = [:]
            var totals: [String: Int] = [:]
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
            while let row = try cursor.next() {
                let key: String = row[0]
                let day: String = row[1]
                let count: Int = row[2]
                running[key, default: 0] += count
                if let from, day < from { continue }
                totals[key, default: 0] += count
                rows.append(ComplianceRow(key: key, day: day, violations: count, runningTotal: running[key]!))
            }
            return (rows, totals)
        }
    }

    /// A number that changes whenever the register changes: the size of the verifiable log, since every change
    /// appends its entry in the same transaction. Answers computed from the register stay valid while it stays the
    /// same. This process's changes show at once; another process's within ``ChangeClock/staleness``.
    public func changeVersion() async throws -> Int64 {
        try await changeClock.version {
            try await writer.read { db in
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT size FROM log_head WHERE id = 1")) ?? 0
            }
        }
    }

    /// The latest day with a verified violation, if any.
    public func latestViolationDay(agreement: String) async throws -> String? {
        try await writer.read { db in
            try String.fetchOne(
                db.cachedStatement(sql: "SELECT max(day) FROM violation_day WHERE agreement_id = ?"), arguments: [agreement])
        }
    }

    /// Rebuilds an agreement's daily violation counts from its stored findings (for a repair, or after a bulk
    /// load that wrote findings directly).
    public func rebuildViolationCounts(agreement: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM violation_day WHERE agreement_id = ?", arguments: [agreement])
            try db.execute(
                sql: """
                    INSERT INTO violation_day (agreement_id, zone_id, day, party_id, incidents)
                    SELECT i.agreement_id, f.area, f.day, f.party_id, count(DISTINCT f.incident_id)
                    FROM finding f JOIN incident i ON i.id = f.incident_id
                    WHERE i.agreement_id = ? AND f.violation = 1 AND f.party_id IS NOT NULL
                    GROUP BY f.area, f.day, f.party_id
                    """, arguments: [agreement])
        }
    }

    /// What each reporting side alleged and what of it was verified, over incidents whose local day is in range
    /// (read from `side_day`, which ``SideCounts`` keeps in step).
    private static func sides(agreement: String, from: String?, to: String?, in db: Database) throws
        -> [ReportingSideCount]
    {
        var sql = """
            SELECT side, sum(alleged) AS alleged, sum(verified) AS verified, sum(violations) AS violations,
                sum(unfounded) AS unfounded
            FROM side_day WHERE agreement_id = ?
            """
        let days = DayRange(from: from, to: to).condition()
        var arguments: StatementArguments = [agreement]
        sql += days.sql
        arguments += days.arguments
        sql += " GROUP BY side HAVING sum(alleged) > 0 ORDER BY 2 DESC, 1"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map {
            ReportingSideCount(
                side: $0["side"], alleged: $0["alleged"], verified: $0["verified"], violations: $0["violations"],
                unfounded: $0["unfounded"])
        }
    }

    /// Stored findings of an agreement's incidents, by day, filtered by party, zone, violations only and days.
    public func findings(
        agreement: String, party: String?, zone: String?, violationsOnly: Bool, from: String?, to: String?, limit: Int?,
        publishedOnly: Bool = false
    ) async throws -> [FindingRecord] {
        try await writer.read { db in
            var conditions = ["i.agreement_id = ?"]
            var arguments: StatementArguments = [agreement]
            if let party {
                conditions.append("f.party_id = ?")
                arguments += [party]
            }
            if let zone {
                conditions.append("f.area = ?")
                arguments += [zone == "none" ? "" : zone]
            }
            if violationsOnly { conditions.append("f.violation = 1") }
            if publishedOnly { conditions.append("i.state = 'published'") }
            if let from {
                conditions.append("f.day >= ?")
                arguments += [from]
            }
            if let to {
                conditions.append("f.day <= ?")
                arguments += [to]
            }
            var sql = """
                SELECT f.* FROM finding f JOIN incident i ON i.id = f.incident_id
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY f.day, f.incident_id, f.position
                """
            if let limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let area: String = row["area"]
                return FindingRecord(
                    incidentID: row["incident_id"], day: row["day"], area: area.isEmpty ? "none" : area,
                    finding: Finding(
                        violation: row["violation"], reason: FindingReason(rawValue: row["reason"]) ?? .notProhibited,
                        clauseID: row["clause_id"], zoneID: row["zone_id"], partyID: row["party_id"],
                        explanation: (try? JSONDecoder().decode([String].self, from: Data((row["explanation"] as String).utf8)))
                            ?? [],
                        agreementAsOf: Date(timeIntervalSince1970: TimeInterval(row["agreement_as_of"] as Int64))))
            }
        }
    }
}
