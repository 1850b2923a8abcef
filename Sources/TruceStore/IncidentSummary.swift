import GRDB
import TruceCore

/// Keeps an incident's best estimate in step with its reports: the union of the counted reports' windows, their
/// mean position and finest precision, and the first report's account of what happened and to whom (the first
/// report that names a perpetrator or a target supplies it).
enum IncidentSummary {
    /// Recomputes an incident's row (and its R*Tree box) from its counted reports.
    static func refresh(incident id: Int64, in db: Database) throws {
        let reports = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT observed_at, time_precision, latitude, longitude, precision_m, category, perpetrator_party,
                        perpetrator_text, target_party, target_text, killed_low, killed_best, killed_high, injured_low,
                        injured_best, injured_high, civilians_killed, civilians_injured, place_name
                    FROM report WHERE incident_id = ? AND counted = 1 ORDER BY id
                    """), arguments: [id])
        guard let first = reports.first else { return }
        var start = Int64.max
        var end = Int64.min
        var latitude = 0.0
        var longitude = 0.0
        var precision = Int.max
        var widest = TimePrecision.exact
        for report in reports {
            let at: Int64 = report["observed_at"]
            let timePrecision = TimePrecision(rawValue: report["time_precision"]) ?? .day
            start = min(start, at)
            end = max(end, at + Int64(timePrecision.windowSeconds))
            widest = max(widest, timePrecision)
            latitude += report["latitude"]
            longitude += report["longitude"]
            precision = min(precision, report["precision_m"])
        }
        let count = Double(reports.count)
        let named = reports.first { $0["perpetrator_party"] != nil || $0["perpetrator_text"] != nil } ?? first
        let targeted = reports.first { $0["target_party"] != nil || $0["target_text"] != nil } ?? first
        let point = GeoPoint(latitude: latitude / count, longitude: longitude / count)
        try db.cachedStatement(
            sql: """
                UPDATE incident SET observed_at = ?, observed_end = ?, time_precision = ?, latitude = ?, longitude = ?,
                    precision_m = ?, place_name = ?, category = ?, perpetrator_party = ?, perpetrator_text = ?,
                    target_party = ?, target_text = ?, killed_low = ?, killed_best = ?, killed_high = ?, injured_low = ?,
                    injured_best = ?, injured_high = ?, civilians_killed = ?, civilians_injured = ?
                WHERE id = ?
                """
        ).execute(
            arguments: [
                start, end, widest.rawValue, point.latitude, point.longitude, precision, first["place_name"],
                first["category"], named["perpetrator_party"], named["perpetrator_text"], targeted["target_party"],
                targeted["target_text"], first["killed_low"], first["killed_best"], first["killed_high"],
                first["injured_low"], first["injured_best"], first["injured_high"], first["civilians_killed"],
                first["civilians_injured"], id,
            ])
        try IncidentExtent(start: start, end: end, point: point, radiusMetres: Double(precision)).store(
            incident: id, in: db)
    }

    /// Marks, within an incident, every report after a reporter's first as a re-sent account (not counted), and
    /// every first account as counted.
    static func recount(incident id: Int64, in db: Database) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, source_kind, reporter, external_id FROM report WHERE incident_id = ? ORDER BY id",
            arguments: [id])
        var first: [String: (id: Int64, external: String?)] = [:]
        for row in rows {
            let reporter = (row["source_kind"] as String) + ":" + (row["reporter"] as String)
            let external: String? = row["external_id"]
            if let earlier = first[reporter], external == nil || earlier.external == nil || earlier.external == external {
                try db.execute(
                    sql: "UPDATE report SET counted = 0, duplicate_of = ? WHERE id = ?", arguments: [earlier.id, row["id"]])
            } else {
                if first[reporter] == nil { first[reporter] = (row["id"], external) }
                try db.execute(sql: "UPDATE report SET counted = 1, duplicate_of = NULL WHERE id = ?", arguments: [row["id"]])
            }
        }
    }

    /// The incident as correlation sees it.
    static func cluster(incident id: Int64, in db: Database) throws -> Correlator.Cluster? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT observed_at, observed_end, latitude, longitude, precision_m, category, perpetrator_party FROM incident WHERE id = ? AND merged_into IS NULL"
                ), arguments: [id])
        else { return nil }
        var reportIDs: [Int64] = []
        var counted: [Int64] = []
        var reporters: [String: Int64] = [:]
        var catalogue: [String: String] = [:]
        let reports = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT id, source_kind, reporter, external_id, counted FROM report WHERE incident_id = ? ORDER BY id"),
            arguments: [id])
        while let report = try reports.next() {
            let reportID: Int64 = report["id"]
            let reporter = (report["source_kind"] as String) + ":" + (report["reporter"] as String)
            reportIDs.append(reportID)
            if report["counted"] as Bool { counted.append(reportID) }
            if reporters[reporter] == nil {
                reporters[reporter] = reportID
                if let external: String = report["external_id"] { catalogue[reporter] = external }
            }
        }
        return Correlator.Cluster(
            start: row["observed_at"], end: row["observed_end"],
            point: GeoPoint(latitude: row["latitude"], longitude: row["longitude"]), precisionMetres: row["precision_m"],
            category: ReportCategory(rawValue: row["category"]) ?? .other, perpetrator: row["perpetrator_party"],
            reportIDs: reportIDs, countedReportIDs: counted, reporters: reporters, catalogueIDs: catalogue)
    }
}
