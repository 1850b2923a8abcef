import Foundation
import TruceCore

/// One incident as the CLI prints it and the API lists it (table, CSV or JSON). Reporter identities are never printed.
public struct IncidentRow {
    /// The incident.
    public let incident: Incident
    /// The zones in force containing it.
    public let zones: [String]
    /// The agreement's time zone (times print in it).
    public let timeZone: TimeZone

    /// A row.
    public init(incident: Incident, zones: [String], timeZone: TimeZone) {
        self.incident = incident
        self.zones = zones
        self.timeZone = timeZone
    }

    /// The observed time in the agreement's zone.
    public var observedAt: String { CivilTime.iso8601(incident.observed.epochSeconds, in: timeZone) }
    /// The local day.
    public var day: String { String(observedAt.prefix(10)) }

    /// The CSV columns.
    public static let columns = [
        "id", "observed_at", "time_precision", "category", "perpetrator", "target", "place", "latitude", "longitude",
        "precision_m", "killed_best", "civilians_killed", "state", "attribution", "zones", "external_ids",
    ]

    /// The CSV fields.
    public var fields: [String] {
        [
            String(incident.id), observedAt, incident.observed.precision.rawValue, incident.category.rawValue,
            incident.perpetrator?.display ?? "", incident.target?.display ?? "", incident.location.placeName ?? "",
            String(incident.location.point.latitude), String(incident.location.point.longitude),
            String(incident.location.precisionMetres), incident.casualties.killed.map { String($0.best) } ?? "",
            incident.casualties.civiliansKilled.map(String.init) ?? "", incident.state.rawValue,
            incident.attribution.actorID ?? "unattributed", zones.joined(separator: ";"),
            incident.externalIDs.joined(separator: ";"),
        ]
    }

    /// The JSON object (the API's incident summary).
    public var jsonObject: [String: Any] {
        func actor(_ reference: ActorReference?) -> Any {
            switch reference {
            case nil: NSNull()
            case .known(let id)?: ["party": id]
            case .described(let text)?: ["text": text]
            }
        }
        let c = incident.casualties
        return [
            "id": incident.id, "agreement_id": incident.agreementID, "observed_at": observedAt,
            "time_precision": incident.observed.precision.rawValue, "category": incident.category.rawValue,
            "perpetrator": actor(incident.perpetrator), "target": actor(incident.target),
            "location": [
                "lat": incident.location.point.latitude, "lon": incident.location.point.longitude,
                "precision_m": incident.location.precisionMetres, "place": incident.location.placeName ?? NSNull(),
            ] as [String: Any],
            "killed": c.killed.map { ["low": $0.low, "best": $0.best, "high": $0.high] } ?? NSNull(),
            "civilians_killed": c.civiliansKilled ?? NSNull(), "state": incident.state.rawValue,
            "attribution": incident.attribution.actorID ?? "unattributed", "zones": zones,
            "report_ids": incident.reportIDs, "external_ids": incident.externalIDs,
        ]
    }

    /// The rows as a JSON array.
    public static func json(_ rows: [IncidentRow]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: rows.map(\.jsonObject), options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The rows as CSV.
    public static func csv(_ rows: [IncidentRow]) -> String {
        CSVWriter.line(columns) + rows.map { CSVWriter.line($0.fields) }.joined()
    }

    /// The rows as a text table.
    public static func table(_ rows: [IncidentRow]) -> String {
        let header = ["ID", "DAY", "CATEGORY", "PERPETRATOR", "TARGET", "PLACE", "KILLED", "STATE", "ZONES"]
        let body = rows.map {
            [
                String($0.incident.id), $0.day, $0.incident.category.rawValue,
                String(($0.incident.perpetrator?.display ?? "-").prefix(28)),
                String(($0.incident.target?.display ?? "-").prefix(28)),
                String(($0.incident.location.placeName ?? "-").prefix(30)),
                $0.incident.casualties.killed.map { String($0.best) } ?? "-", $0.incident.state.rawValue,
                $0.zones.isEmpty ? "-" : $0.zones.joined(separator: ","),
            ]
        }
        var widths = header.map(\.count)
        for line in body { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        return render(header) + body.map(render).joined()
    }
}
