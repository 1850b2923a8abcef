import Foundation
import GRDB
import TruceCore

extension SQLiteRegister {
    /// The stored agreement with an id, decoded (cached by the SHA-256 of its source).
    public func currentAgreement(id: String) async throws -> Agreement {
        try await writer.read { db in try AgreementCache.adjudicator(for: id, in: db).agreement }
    }

    /// One report as a viewer may see it (the reporter hidden when confidential, unless admin or monitor), with
    /// its incident.
    public func report(id: Int64, for viewer: Principal) async throws -> (
        report: ReportSummary, incident: Int64, description: String
    )? {
        try await writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM report WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let confidential: Bool = row["confidential"]
            let seesSources = viewer.role == .admin || viewer.role == .monitor
            let summary = ReportSummary(
                id: row["id"], sourceKind: row["source_kind"],
                reporter: confidential && !seesSources ? nil : row["reporter"], confidential: confidential,
                externalID: row["external_id"], observedAt: row["observed_at"], placeName: row["place_name"],
                latitude: row["latitude"], longitude: row["longitude"], category: row["category"],
                perpetrator: row["perpetrator_party"], counted: row["counted"], duplicateOf: row["duplicate_of"],
                logIndex: row["log_index"])
            return (summary, row["incident_id"], row["description"])
        }
    }

    /// Counts for the service's metrics: reports, incidents by state, log size.
    public func serviceCounts() async throws -> (reports: Int, incidentsByState: [String: Int], logSize: Int) {
        try await writer.read { db in
            let reports = try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? 0
            var states: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT state, count(*) AS n FROM incident WHERE merged_into IS NULL GROUP BY state")
            {
                states[row["state"]] = row["n"]
            }
            let size = try Int.fetchOne(db, sql: "SELECT size FROM log_head WHERE id = 1") ?? 0
            return (reports, states, size)
        }
    }
}

extension SQLiteRegister {
    /// The latest observed time of an agreement's incidents (what the dashboard shows by default).
    public func latestObservation(agreement: String) async throws -> Int64? {
        try await writer.read { db in
            // Newest first through the time index, stopping at the first live incident of the agreement.
            try Int64.fetchOne(
                db,
                sql:
                    "SELECT observed_at FROM incident WHERE agreement_id = ? AND merged_into IS NULL ORDER BY observed_at DESC LIMIT 1",
                arguments: [agreement])
        }
    }

    /// Incidents registered (observed) in a period, per zone in force containing them (`none` outside).
    public func registeredPerZone(agreement: Agreement, from: Int64, until: Int64) async throws -> [String: Int] {
        let incidents = try await incidents(IncidentQuery(agreementID: agreement.id, from: from, until: until))
        let search = ZoneIndex(zones: agreement.allZones)
        var counts: [String: Int] = [:]
        for incident in incidents {
            let zones = search.zones(containing: incident.location.point, at: incident.observed.date).map(\.id)
            for zone in zones.isEmpty ? ["none"] : zones { counts[zone, default: 0] += 1 }
        }
        return counts
    }
}
