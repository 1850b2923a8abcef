import Foundation
import Testing

@Suite("Exports: CSV with ACLED columns, HXL-tagged CSV and GeoJSON, checked column by column", .serialized)
struct ExportTests {
    /// The expected fields of the known incident: shelling by the government in Douma on 2017-07-15 10:00, three
    /// killed (two civilians), verified and attributed, violating the Eastern Ghouta zone clause.
    static let expected: [String: String] = [
        "event_id_cnty": "truce:1", "event_date": "2017-07-15", "year": "2017", "time_precision": "1",
        "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "syrian-government", "actor2": "residential quarter", "location": "Douma",
        "latitude": "33.5719", "longitude": "36.4025", "geo_precision": "1", "fatalities": "3",
        "truce_category": "shelling", "truce_time": "2017-07-15T10:00:00+03:00", "truce_state": "verified",
        "truce_attributed_to": "syrian-government", "truce_zones": "eastern-ghouta",
        "truce_violations": "eastern-ghouta-no-hostilities:syrian-government", "truce_reports": "1",
        "truce_civilians_killed": "2",
    ]

    static let hxl: [String: String] = [
        "event_id_cnty": "#event+id", "event_date": "#date+occurred", "latitude": "#geo+lat", "longitude": "#geo+lon",
        "fatalities": "#affected+killed", "actor1": "#group+perpetrator", "location": "#loc+name",
    ]

    func prepared() async throws -> APIFixture {
        let api = try APIFixture()
        var report = APIFixture.report(
            kind: "monitor", reporter: "team-douma", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        report["location"] = ["lat": douma.lat, "lon": douma.lon, "precision_m": 500, "place": "Douma"]
        report["killed"] = 3
        report["civilians"] = ["killed": 2]
        report["target"] = ["text": "residential quarter"]
        #expect(try await api.post("api/v1/reports", as: "monitor", report).status == 201)
        for (to, evidence) in [("under-review", [String]()), ("verified", ["photo:1"])] {
            _ = try await api.post(
                "api/v1/incidents/1/transitions", as: "monitor", ["to": to, "reason": "r", "evidence": evidence])
        }
        _ = try await api.post(
            "api/v1/incidents/1/attribution", as: "monitor",
            ["party": "syrian-government", "confidence": "high", "reason": "r", "evidence": ["e"]])
        return api
    }

    /// RFC 4180 rows (the test's own small parser: quotes, doubled quotes, commas).
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            if next == "," {
                                row.append(field); field = ""
                            } else if next == "\n" || next == "\r\n" {
                                row.append(field); rows.append(row); row = []; field = ""
                            } else {
                                field.append(next)
                            }
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test("CSV: every column of the known incident, under ACLED's names")
    func csv() async throws {
        let api = try await prepared()
        let answer = try await api.send("GET", "api/v1/exports/incidents.csv?from=2017-07-01&to=2017-07-31", as: "monitor")
        #expect(answer.status == 200 && answer.contentType.hasPrefix("text/csv"))
        let rows = Self.rows(answer.body)
        #expect(rows.count == 2)
        let header = rows[0]
        #expect(Set(header) == Set(Self.expected.keys), "columns: \(header)")
        for (column, value) in zip(header, rows[1]) { #expect(value == Self.expected[column], "\(column)") }
        // Filters apply: another month has none.
        let empty = try await api.send("GET", "api/v1/exports/incidents.csv?from=2017-08-01&to=2017-08-31", as: "monitor")
        #expect(Self.rows(empty.body).count == 1)
        // The public sees unpublished incidents in no format.
        #expect(Self.rows(try await api.send("GET", "api/v1/exports/incidents.csv").body).count == 1)
    }

    @Test("HXL: the same columns with a row of hashtags")
    func hxl() async throws {
        let api = try await prepared()
        let answer = try await api.send("GET", "api/v1/exports/incidents.hxl.csv", as: "monitor")
        let rows = Self.rows(answer.body)
        #expect(rows.count == 3)
        let header = rows[0]
        #expect(rows[1].allSatisfy { $0.hasPrefix("#") })
        for (column, tag) in zip(header, rows[1]) where Self.hxl[column] != nil { #expect(tag == Self.hxl[column], "\(column)") }
        for (column, value) in zip(header, rows[2]) { #expect(value == Self.expected[column], "\(column)") }
    }

    @Test("GeoJSON: an RFC 7946 FeatureCollection of Points with every field as a property")
    func geoJSON() async throws {
        let api = try await prepared()
        let answer = try await api.send("GET", "api/v1/exports/incidents.geojson", as: "monitor")
        #expect(answer.contentType == "application/geo+json")
        #expect(answer.object["type"] as? String == "FeatureCollection")
        let feature = try #require((answer.object["features"] as? [[String: Any]])?.first)
        let geometry = try #require(feature["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [douma.lon, douma.lat])
        let properties = try #require(feature["properties"] as? [String: String])
        #expect(properties == Self.expected)
    }
}
