import Foundation
import TruceCore

/// Incidents as data files for other tools: CSV with ACLED's column names where a field corresponds (Truce's own
/// fields prefixed `truce_`), the same with HXL hashtags in a second row, and RFC 7946 GeoJSON with the same fields
/// as properties. Reporter identities are never exported.
public enum IncidentExport {
    /// One exported column: its name, its HXL hashtag and how to read it off an incident.
    struct Column: Sendable {
        var name: String
        var hxl: String
        var value: @Sendable (Record) -> String
    }

    /// What a row is made of.
    public struct Record: Sendable {
        /// The incident.
        public var incident: Incident
        /// The zones in force containing it.
        public var zones: [String]
        /// The clauses it was found to violate, with the party (`clause:party`).
        public var violations: [String]
        /// The agreement's time zone.
        public var timeZone: TimeZone

        /// A record.
        public init(incident: Incident, zones: [String], violations: [String], timeZone: TimeZone) {
            self.incident = incident
            self.zones = zones
            self.violations = violations
            self.timeZone = timeZone
        }
    }

    /// ACLED's event type and sub-event type for a category (ACLED codebook 2023).
    static func acledType(_ category: ReportCategory) -> (String, String) {
        switch category {
        case .airStrike: ("Explosions/Remote violence", "Air/drone strike")
        case .shelling: ("Explosions/Remote violence", "Shelling/artillery/missile attack")
        case .explosiveDevice: ("Explosions/Remote violence", "Remote explosive/landmine/IED")
        case .chemicalWeapon: ("Explosions/Remote violence", "Chemical weapon")
        case .armedClash, .smallArmsFire: ("Battles", "Armed clash")
        case .territorySeized: ("Battles", "Non-state actor overtakes territory")
        case .attackOnCivilians: ("Violence against civilians", "Attack")
        case .detentionAbduction: ("Violence against civilians", "Abduction/forced disappearance")
        case .heavyWeaponsInRestrictedArea, .humanitarianObstruction, .monitorObstruction, .other:
            ("Strategic developments", "Other")
        }
    }

    static let columns: [Column] = [
        Column(name: "event_id_cnty", hxl: "#event+id") { "truce:\($0.incident.id)" },
        Column(name: "event_date", hxl: "#date+occurred") { CivilTime.day($0.incident.observed.epochSeconds, in: $0.timeZone) },
        Column(name: "year", hxl: "#date+year") {
            String(CivilTime.day($0.incident.observed.epochSeconds, in: $0.timeZone).prefix(4))
        },
        Column(name: "time_precision", hxl: "#date+precision") {
            switch $0.incident.observed.precision {
            case .exact, .day: "1"
            case .week: "2"
            case .month: "3"
            }
        },
        Column(name: "event_type", hxl: "#event+type") { acledType($0.incident.category).0 },
        Column(name: "sub_event_type", hxl: "#event+type+sub") { acledType($0.incident.category).1 },
        Column(name: "actor1", hxl: "#group+perpetrator") { $0.incident.perpetrator?.display ?? "" },
        Column(name: "actor2", hxl: "#group+target") { $0.incident.target?.display ?? "" },
        Column(name: "location", hxl: "#loc+name") { $0.incident.location.placeName ?? "" },
        Column(name: "latitude", hxl: "#geo+lat") { String($0.incident.location.point.latitude) },
        Column(name: "longitude", hxl: "#geo+lon") { String($0.incident.location.point.longitude) },
        Column(name: "geo_precision", hxl: "#geo+precision") {
            $0.incident.location.precisionMetres <= 1_000 ? "1" : ($0.incident.location.precisionMetres <= 25_000 ? "2" : "3")
        },
        Column(name: "fatalities", hxl: "#affected+killed") { $0.incident.casualties.killed.map { String($0.best) } ?? "" },
        Column(name: "truce_category", hxl: "#event+type+truce") { $0.incident.category.rawValue },
        Column(name: "truce_time", hxl: "#date+occurred+time") {
            CivilTime.iso8601($0.incident.observed.epochSeconds, in: $0.timeZone)
        },
        Column(name: "truce_state", hxl: "#status+verification") { $0.incident.state.rawValue },
        Column(name: "truce_attributed_to", hxl: "#org+attributed") { $0.incident.attribution.actorID ?? "" },
        Column(name: "truce_zones", hxl: "#adm1+zone") { $0.zones.joined(separator: ";") },
        Column(name: "truce_violations", hxl: "#status+violation") { $0.violations.joined(separator: ";") },
        Column(name: "truce_reports", hxl: "#meta+reports") { String($0.incident.reportIDs.count) },
        Column(name: "truce_civilians_killed", hxl: "#affected+killed+civilians") {
            $0.incident.casualties.civiliansKilled.map(String.init) ?? ""
        },
    ]

    /// The column names, in order.
    public static var columnNames: [String] { columns.map(\.name) }

    /// CSV (RFC 4180) with a header row; with `hxl`, a second row of HXL hashtags.
    public static func csv(_ records: [Record], hxl: Bool) -> String {
        var text = CSVWriter.line(columns.map(\.name))
        if hxl { text += CSVWriter.line(columns.map(\.hxl)) }
        for record in records { text += CSVWriter.line(columns.map { $0.value(record) }) }
        return text
    }

    /// An RFC 7946 FeatureCollection of Points with the CSV's fields as properties.
    public static func geoJSON(_ records: [Record]) -> [String: Any] {
        [
            "type": "FeatureCollection",
            "features": records.map { record -> [String: Any] in
                var properties: [String: Any] = [:]
                for column in columns { properties[column.name] = column.value(record) }
                return [
                    "type": "Feature", "id": "truce:\(record.incident.id)",
                    "geometry": [
                        "type": "Point",
                        "coordinates": [record.incident.location.point.longitude, record.incident.location.point.latitude],
                    ] as [String: Any],
                    "properties": properties,
                ]
            },
        ]
    }
}
