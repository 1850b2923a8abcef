import Foundation
import GRDB
import TruceCore

/// Keeps what each reporting side alleged, and what of it was verified, per local day (`side_day`), in step with
/// the incidents: `incident_side` holds what each incident currently contributes, so a change subtracts the old
/// contribution and adds the new one in the same transaction. Statistics and the dashboard then read a few rows
/// per day instead of joining reports to incidents.
enum SideCounts {
    /// One incident's contribution for one side.
    struct Contribution: Equatable {
        var side: String
        var agreement: String
        var day: String
        var verified: Int
        var violations: Int
        var unfounded: Int
    }

    /// The side label of a report: kind and reporter, or the kind alone for a confidential source.
    static let sideSQL = "source_kind || CASE WHEN confidential THEN ' (confidential)' ELSE ':' || reporter END"

    /// Records a newly opened incident's single report (state reported, no findings): the cheap path of imports.
    static func opened(incident: Int64, report: Report, timeZone: TimeZone, in db: Database) throws {
        let side =
            report.source.kind.rawValue
            + (report.source.confidential ? " (confidential)" : ":" + report.source.reporter)
        let contribution = Contribution(
            side: side, agreement: report.agreementID, day: CivilTime.day(report.observed.epochSeconds, in: timeZone),
            verified: 0, violations: 0, unfounded: 0)
        try insert([contribution], incident: incident, in: db)
        try add([contribution], sign: 1, in: db)
    }

    /// Recomputes an incident's contribution from the register and moves the counts if it changed.
    static func refresh(incident id: Int64, timeZone: TimeZone, in db: Database) throws {
        let old = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM incident_side WHERE incident_id = ? ORDER BY side"), arguments: [id]
        ).map {
            Contribution(
                side: $0["side"], agreement: $0["agreement_id"], day: $0["day"], verified: $0["verified"],
                violations: $0["violations"], unfounded: $0["unfounded"])
        }
        var new: [Contribution] = []
        if let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT agreement_id, observed_at, state, merged_into,
                        EXISTS (SELECT 1 FROM finding f WHERE f.incident_id = incident.id AND f.violation = 1) AS violation
                    FROM incident WHERE id = ?
                    """), arguments: [id]), (row["merged_into"] as Int64?) == nil
        {
            let state: String = row["state"]
            let sides = try String.fetchAll(
                db.cachedStatement(
                    sql: "SELECT DISTINCT \(sideSQL) FROM report WHERE incident_id = ? AND counted = 1 ORDER BY 1"),
                arguments: [id])
            let day = CivilTime.day(row["observed_at"], in: timeZone)
            new = sides.map {
                Contribution(
                    side: $0, agreement: row["agreement_id"], day: day,
                    verified: state == "verified" || state == "published" ? 1 : 0, violations: row["violation"] ? 1 : 0,
                    unfounded: state == "unfounded" ? 1 : 0)
            }
        }
        guard old != new else { return }
        try add(old, sign: -1, in: db)
        try db.cachedStatement(sql: "DELETE FROM incident_side WHERE incident_id = ?").execute(arguments: [id])
        try insert(new, incident: id, in: db)
        try add(new, sign: 1, in: db)
    }

    private static func insert(_ contributions: [Contribution], incident: Int64, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO incident_side (incident_id, side, agreement_id, day, verified, violations, unfounded)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for c in contributions {
            try statement.execute(arguments: [incident, c.side, c.agreement, c.day, c.verified, c.violations, c.unfounded])
        }
    }

    private static func add(_ contributions: [Contribution], sign: Int, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO side_day (agreement_id, side, day, alleged, verified, violations, unfounded)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET alleged = alleged + excluded.alleged, verified = verified + excluded.verified,
                    violations = violations + excluded.violations, unfounded = unfounded + excluded.unfounded
                """)
        for c in contributions {
            try statement.execute(arguments: [
                c.agreement, c.side, c.day, sign, sign * c.verified, sign * c.violations, sign * c.unfounded,
            ])
        }
    }

    /// Fills both tables from the register (the migration that creates them).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM incident_side; DELETE FROM side_day;")
        var zones: [String: TimeZone] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, time_zone FROM agreement") {
            zones[row["id"]] = TimeZone(identifier: row["time_zone"]) ?? TimeZone(identifier: "UTC")!
        }
        let ids = try Row.fetchAll(db, sql: "SELECT id, agreement_id FROM incident WHERE merged_into IS NULL ORDER BY id")
        for row in ids {
            try refresh(
                incident: row["id"], timeZone: zones[row["agreement_id"] as String] ?? TimeZone(identifier: "UTC")!, in: db)
        }
    }
}
