import Foundation
import GRDB
import TruceCore

/// An incident's box in the `incident_extent` R*Tree: its observed window, and its place widened by its precision,
/// in integer microdegrees (the tree stores 32-bit integers, so seconds fit until 2038 and degrees to 1e-6).
struct IncidentExtent {
    var start: Int64
    var end: Int64
    var minLatitude: Int64
    var maxLatitude: Int64
    var minLongitude: Int64
    var maxLongitude: Int64

    static let metresPerDegree = 111_195.0

    /// The box around a point widened by a radius.
    init(start: Int64, end: Int64, point: GeoPoint, radiusMetres: Double) {
        let latitudeDegrees = radiusMetres / Self.metresPerDegree
        let longitudeDegrees = radiusMetres / (Self.metresPerDegree * max(cos(point.latitude * .pi / 180), 0.05))
        func micro(_ degrees: Double, _ rule: FloatingPointRoundingRule) -> Int64 {
            Int64((degrees * 1_000_000).rounded(rule))
        }
        self.start = Self.clamp(start)
        self.end = Self.clamp(end)
        self.minLatitude = micro(max(point.latitude - latitudeDegrees, -90), .down)
        self.maxLatitude = micro(min(point.latitude + latitudeDegrees, 90), .up)
        self.minLongitude = micro(max(point.longitude - longitudeDegrees, -180), .down)
        self.maxLongitude = micro(min(point.longitude + longitudeDegrees, 180), .up)
    }

    private static func clamp(_ seconds: Int64) -> Int64 { min(max(seconds, Int64(Int32.min)), Int64(Int32.max)) }

    /// Writes (or rewrites) an incident's row.
    func store(incident id: Int64, in db: Database) throws {
        try db.cachedStatement(
            sql:
                "INSERT OR REPLACE INTO incident_extent (id, start, end, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [id, start, end, minLatitude, maxLatitude, minLongitude, maxLongitude])
    }

    /// The incidents whose boxes overlap this one: at most `limit`, the nearest in time first when more overlap (a
    /// hot spot, such as many events filed at one town's coordinates on one day, stays bounded).
    func overlapping(in db: Database, limit: Int = 256) throws -> [Int64] {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql:
                    "SELECT id, start, end FROM incident_extent WHERE start <= ? AND end >= ? AND min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?"
            ), arguments: [end, start, maxLatitude, minLatitude, maxLongitude, minLongitude])
        guard rows.count > limit else { return rows.map { $0[0] } }
        let middle = (start + end) / 2
        func distance(_ row: Row) -> Int64 {
            let (from, to): (Int64, Int64) = (row[1], row[2])
            return middle < from ? from - middle : (middle > to ? middle - to : 0)
        }
        return rows.sorted { distance($0) < distance($1) }.prefix(limit).map { $0[0] }
    }

    /// Removes an incident's row (it was merged into another).
    static func remove(incident id: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM incident_extent WHERE id = ?", arguments: [id])
    }

    /// The box of a stored incident row.
    static func of(row: Row) -> IncidentExtent {
        IncidentExtent(
            start: row["observed_at"], end: row["observed_end"],
            point: GeoPoint(latitude: row["latitude"], longitude: row["longitude"]),
            radiusMetres: Double(row["precision_m"] as Int))
    }

    /// Fills the tree from the incident table (the migration that creates it).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM incident_extent")
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT id, observed_at, observed_end, latitude, longitude, precision_m FROM incident WHERE merged_into IS NULL")
        while let row = try rows.next() { try of(row: row).store(incident: row["id"], in: db) }
    }
}
