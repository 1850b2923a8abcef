import Foundation
import GRDB
import TruceCore
import TruceLog

/// Keeps the stored findings, and the daily violation counts built on them, in step with incidents and agreements.
///
/// Findings are stored for verified and published incidents only (any other incident's finding is "not verified",
/// computed when shown). When an incident's findings change, the change is written as one `incident.adjudicated`
/// log entry and history event, and `violation_day` moves its counts in the same transaction.
enum Adjudication {
    /// Adjudicates one incident again; returns whether its findings changed.
    @discardableResult
    static func refresh(incident id: Int64, in db: Database, log: inout LogAppender, actor: String) throws -> Bool {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT i.*, '' AS report_ids, '' AS external_ids FROM incident i WHERE i.id = ?"),
                arguments: [id])
        else { return false }
        let changed = try refreshFindings(incident: id, row: row, in: db, log: &log, actor: actor)
        // What each reporting side alleged and what was verified moves with the state and the findings; it is
        // brought in step last, whatever adjudication decided.
        let zoneIdentifier = try String.fetchOne(
            db.cachedStatement(sql: "SELECT time_zone FROM agreement WHERE id = ?"), arguments: [row["agreement_id"]])
        try SideCounts.refresh(
            incident: id, timeZone: zoneIdentifier.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!,
            in: db)
        return changed
    }

    /// Adjudicates an incident row again and stores the findings if they changed.
    private static func refreshFindings(
        incident id: Int64, row: Row, in db: Database, log: inout LogAppender, actor: String
    ) throws -> Bool {
        let adjudicable = (row["state"] as String) == "verified" || (row["state"] as String) == "published"
        if !adjudicable,
            try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM finding WHERE incident_id = ? LIMIT 1"), arguments: [id]) != true
        {
            // Nothing adjudicated before, nothing to adjudicate now (a report joined an unverified incident).
            return false
        }
        let incident = SQLiteSchema.incident(from: row)
        let adjudicator = try AgreementCache.adjudicator(for: incident.agreementID, in: db)
        let merged = (row["merged_into"] as Int64?) != nil
        let findings =
            !merged && (incident.state == .verified || incident.state == .published)
            ? adjudicator.findings(for: incident) : []
        let area = merged ? nil : adjudicator.zoneIDs(for: incident).first
        let day = CivilTime.day(incident.observed.epochSeconds, in: adjudicator.agreement.timeZone)
        let fresh = findings.enumerated().map { position, finding in
            StoredFindingRow(
                position: position, violation: finding.violation, reason: finding.reason.rawValue,
                clause: finding.clauseID, zone: finding.zoneID, party: finding.partyID,
                explanation: IncidentHistory.text(.array(finding.explanation.map(JSONValue.string))),
                asOf: Int64(finding.agreementAsOf.timeIntervalSince1970), day: day, area: area ?? "")
        }
        let stored = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM finding WHERE incident_id = ? ORDER BY position"), arguments: [id]
        ).map(StoredFindingRow.init(row:))
        if (row["zone_id"] as String?) != area {
            try db.execute(sql: "UPDATE incident SET zone_id = ? WHERE id = ?", arguments: [area, id])
        }
        guard stored != fresh else { return false }
        try count(stored, agreement: incident.agreementID, by: -1, in: db)
        try db.execute(sql: "DELETE FROM finding WHERE incident_id = ?", arguments: [id])
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO finding (incident_id, position, violation, reason, clause_id, zone_id, party_id, explanation,
                    agreement_as_of, day, area)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for finding in fresh {
            try insert.execute(arguments: [
                id, finding.position, finding.violation, finding.reason, finding.clause, finding.zone, finding.party,
                finding.explanation, finding.asOf, finding.day, finding.area,
            ])
        }
        try count(fresh, agreement: incident.agreementID, by: 1, in: db)
        let summary: [JSONValue] = findings.map { finding in
            .object([
                "violation": .bool(finding.violation), "reason": .string(finding.reason.rawValue),
                "clause": .optional(finding.clauseID), "zone": .optional(finding.zoneID),
                "party": .optional(finding.partyID),
                "explanation": .array(finding.explanation.map(JSONValue.string)),
            ])
        }
        let words =
            findings.isEmpty
            ? "findings withdrawn (the incident is \(merged ? "merged" : incident.state.rawValue))"
            : findings.map {
                $0.violation
                    ? "violation of \($0.clauseID ?? "?") by \($0.partyID ?? "?")" : "no violation: \($0.reason.rawValue)"
            }
            .joined(separator: "; ")
        try IncidentHistory.record(
            .init(
                incident: id, kind: "adjudicated", actor: actor, role: "system", reason: words,
                detail: ["findings": .array(summary), "agreement": .string(adjudicator.agreement.id)]),
            at: Int64(Date().timeIntervalSince1970), in: db, log: &log)
        return true
    }

    /// Adjudicates again every incident of an agreement that is verified, published or holds findings (after the
    /// agreement was amended); returns how many changed.
    static func refreshAll(agreement: String, in db: Database, log: inout LogAppender, actor: String) throws -> Int {
        let ids = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM incident WHERE agreement_id = ? AND state IN ('verified', 'published')
                UNION SELECT DISTINCT f.incident_id FROM finding f JOIN incident i ON i.id = f.incident_id
                WHERE i.agreement_id = ?
                ORDER BY 1
                """, arguments: [agreement, agreement])
        var changed = 0
        for id in ids where try refresh(incident: id, in: db, log: &log, actor: actor) { changed += 1 }
        return changed
    }

    /// Adds (or removes) the incidents' violations to the daily counts: one per incident, zone, day and party.
    private static func count(_ findings: [StoredFindingRow], agreement: String, by delta: Int, in db: Database) throws {
        var seen = Set<String>()
        for finding in findings where finding.violation {
            guard let party = finding.party, seen.insert(party).inserted else { continue }
            try db.cachedStatement(
                sql: """
                    INSERT INTO violation_day (agreement_id, zone_id, day, party_id, incidents) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET incidents = incidents + excluded.incidents
                    """
            ).execute(arguments: [agreement, finding.area, finding.day, party, delta])
            if delta < 0 {
                try db.cachedStatement(
                    sql:
                        "DELETE FROM violation_day WHERE agreement_id = ? AND zone_id = ? AND day = ? AND party_id = ? AND incidents <= 0"
                ).execute(arguments: [agreement, finding.area, finding.day, party])
            }
        }
    }
}

/// A `finding` row as adjudication compares it.
struct StoredFindingRow: Equatable {
    var position: Int
    var violation: Bool
    var reason: String
    var clause: String?
    var zone: String?
    var party: String?
    var explanation: String
    var asOf: Int64
    var day: String
    var area: String
}

extension StoredFindingRow {
    init(row: Row) {
        self.init(
            position: row["position"], violation: row["violation"], reason: row["reason"], clause: row["clause_id"],
            zone: row["zone_id"], party: row["party_id"], explanation: row["explanation"], asOf: row["agreement_as_of"],
            day: row["day"], area: row["area"])
    }
}
