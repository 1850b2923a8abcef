import Foundation

/// Turns UCDP GED rows (GED 19.1 columns) into reports from a media source.
///
/// Mapping (docs/report-format.md): `side_a`/`side_b` become perpetrator/target, matched to agreement actors by
/// name or alias (a side listing several groups maps to an actor only when every group maps to the same one;
/// otherwise it stays as text); `type_of_violence` 3 (one-sided) becomes attack-on-civilians, 1 and 2 armed-clash;
/// `date_prec` 1 → day, 2 → week, 3–5 → month; `where_prec` 1 → 1 km, 2 → 25 km, 3 (district) → 50 km,
/// 4 (governorate) → 100 km, 5 → 200 km, 6–7 → 500 km; `low`/`best`/`high` → killed (widened to hold `best` where a row has it outside the range); `deaths_civilians` →
/// civilians killed.
public struct UCDPEventMapper: Sendable {
    /// Columns a UCDP file must have.
    public static let requiredColumns = [
        "id", "type_of_violence", "side_a", "side_b", "where_prec", "where_coordinates", "adm_1", "adm_2",
        "latitude", "longitude", "date_prec", "date_start", "deaths_civilians", "low", "best", "high",
        "source_office",
    ]

    /// The agreement the reports are for.
    public let agreement: Agreement
    private let actors: ActorDirectory
    private let days: TimestampParser

    /// Creates a mapper for an agreement.
    public init(agreement: Agreement) {
        self.agreement = agreement
        self.actors = ActorDirectory(agreement: agreement)
        self.days = TimestampParser(timeZone: agreement.timeZone)
    }

    /// The start date of a row, for period filters, as epoch seconds of local midnight.
    public func startDay(_ row: CSVRow) throws(InputError) -> Int64 {
        let text = try row.required("date_start")
        guard let parsed = days.parse(text), parsed.dateOnly else {
            throw row.error("date_start", "'\(text.prefix(40))' is not a date (YYYY-MM-DD)")
        }
        return parsed.epochSeconds
    }

    /// Maps one row to a report.
    public func report(_ row: CSVRow) throws(InputError) -> Report {
        let id = try row.required("id")
        guard Int(id) != nil else { throw row.error("id", "'\(id.prefix(40))' is not a UCDP event id") }
        let start = try startDay(row)
        let precision: TimePrecision
        switch row["date_prec"] {
        case "1": precision = .day
        case "2": precision = .week
        case "3", "4", "5": precision = .month
        default: throw row.error("date_prec", "expected 1 to 5")
        }
        let metres: Int
        switch row["where_prec"] {
        case "1": metres = 1_000
        case "2": metres = 25_000
        case "3": metres = 50_000
        case "4": metres = 100_000
        case "5": metres = 200_000
        case "6", "7": metres = 500_000
        default: throw row.error("where_prec", "expected 1 to 7")
        }
        let point = GeoPoint(latitude: try row.double("latitude"), longitude: try row.double("longitude"))
        if let problem = point.problem() {
            throw row.error(
                point.latitude < -90 || point.latitude > 90 ? "latitude" : "longitude", "coordinates out of range: \(problem)")
        }
        let category: ReportCategory
        switch row["type_of_violence"] {
        case "1", "2": category = .armedClash
        case "3": category = .attackOnCivilians
        default: throw row.error("type_of_violence", "expected 1, 2 or 3")
        }
        func count(_ name: String) throws(InputError) -> Int {
            guard let value = try row.optionalCount(name) else { throw row.error(name, "is required") }
            return value
        }
        // A few GED rows have best outside low…high; the range is widened to hold best rather than refused.
        let best = try count("best")
        let killed = Estimate(low: min(try count("low"), best), best: best, high: max(try count("high"), best))
        let sideA = try row.required("side_a")
        let sideB = try row.required("side_b")
        let place = row["where_coordinates"]
        let area = [row["adm_2"], row["adm_1"]].filter { !$0.isEmpty }.joined(separator: ", ")
        let sources = row["source_office"].isEmpty ? "" : " Sources: \(row["source_office"])."
        return Report(
            agreementID: agreement.id, externalID: "ucdp:" + id,
            source: ReportSource(kind: .media, reporter: "ucdp-ged"),
            observed: ObservedTime(epochSeconds: start, precision: precision),
            location: Location(point: point, precisionMetres: metres, placeName: place.isEmpty ? nil : place),
            category: category, perpetrator: actor(sideA), target: actor(sideB),
            casualties: Casualties(killed: killed, civiliansKilled: try count("deaths_civilians")),
            description: "UCDP GED event \(id): \(sideA) – \(sideB) at \(place.isEmpty ? "an unnamed place" : place)"
                + (area.isEmpty ? "" : " (\(area))") + ".\(sources)",
            language: "en")
    }

    /// Maps a UCDP side ("Ahrar al-Sham, HTS, Southern Front") to one agreement actor, or keeps it as text.
    public func actor(_ side: String) -> ActorReference {
        if let whole = actors.actor(named: side) { return .known(id: whole.id) }
        let groups = side.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let ids = Set(groups.map { actors.actor(named: $0)?.id })
        if ids.count == 1, let id = ids.first ?? nil { return .known(id: id) }
        return .described(side)
    }
}
