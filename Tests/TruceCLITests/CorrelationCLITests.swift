import Foundation
import Testing

@Suite("Correlation in the register, through the CLI")
struct CorrelationCLITests {
    @Test("three reports of one shelling, 20 minutes and 2 km apart, from three sides become one incident")
    func threeSidesOneIncident() throws {
        let register = try Register()
        defer { register.remove() }
        let first = try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        #expect(first.contains("as incident 1"))
        // 1.4 km north-east and 10 minutes later; 1.4 km south-west and 10 minutes earlier (20 minutes, 2.8 km apart
        // end to end; 2 km from the first each).
        let second = try register.report(
            reporter: "armed-opposition", kind: "party", at: "2017-07-15T10:10:00+03:00", lat: douma.lat + 0.009,
            lon: douma.lon + 0.011)
        let third = try register.report(
            reporter: "sana", kind: "media", at: "2017-07-15T09:50:00+03:00", lat: douma.lat - 0.009,
            lon: douma.lon - 0.011)
        #expect(second.contains("joined incident 1"))
        #expect(third.contains("joined incident 1"))
        // The score is explained factor by factor.
        #expect(second.contains("time ") && second.contains("place ") && second.contains("category "))

        let list = try register.expectSuccess(["incidents", "list", "--format", "json"])
        let incidents = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(incidents.count == 1)
        #expect((incidents.first?["report_ids"] as? [Int])?.count == 3)
        let shown = try register.show(1)
        let counts = try #require(shown["counts"] as? [String: Int])
        #expect(counts["reports"] == 3 && counts["counted"] == 3)
        let kinds = Set((shown["reports"] as? [[String: Any]] ?? []).compactMap { $0["source_kind"] as? String })
        #expect(kinds == ["monitor", "party", "media"])
        let history = try #require(shown["history"] as? [[String: Any]])
        #expect(history.filter { $0["kind"] as? String == "report-joined" }.count == 2)
    }

    @Test("two shellings 40 km apart stay two incidents")
    func fortyKilometres() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        // 0.36° of latitude north: 40 km.
        let other = try register.report(
            reporter: "armed-opposition", kind: "party", at: "2017-07-15T10:05:00+03:00", lat: douma.lat + 0.36,
            lon: douma.lon)
        #expect(other.contains("as incident 2"))
        let list = try register.expectSuccess(["incidents", "list", "--format", "json"])
        let incidents = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(incidents.count == 2)
    }

    @Test("re-sending a report changes nothing; the same reporter's new account is kept but not counted twice")
    func resend() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.report(
            reporter: "armed-opposition", kind: "party", at: "2017-07-15T10:10:00+03:00", lat: douma.lat + 0.009,
            lon: douma.lon + 0.011)
        let before = try CLI.snapshot(register.db)
        let again = try register.report(
            reporter: "armed-opposition", kind: "party", at: "2017-07-15T10:10:00+03:00", lat: douma.lat + 0.009,
            lon: douma.lon + 0.011)
        #expect(again.contains("Already registered"))
        #expect(try CLI.snapshot(register.db) == before)

        // The same side re-sends its account in other words: kept with the incident, never counted twice.
        let reworded = try register.report(
            reporter: "armed-opposition", kind: "party", at: "2017-07-15T10:12:00+03:00", lat: douma.lat + 0.008,
            lon: douma.lon + 0.011, text: "Regime artillery hit Douma again")
        #expect(reworded.contains("re-sent account of incident 1"))
        let shown = try register.show(1)
        let counts = try #require(shown["counts"] as? [String: Int])
        #expect(counts["reports"] == 3 && counts["counted"] == 2)
        let stats = try register.expectSuccess(["stats", "--by", "zone", "--format", "json"])
        let sides = try #require(
            (try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])?["sides"] as? [[String: Any]])
        #expect(sides.first { $0["side"] as? String == "party:armed-opposition" }?["alleged"] as? Int == 1)
    }

    @Test("a catalogue's distinct entries (UCDP ids) from one reporter stay distinct events")
    func catalogueEntries() throws {
        let register = try Register()
        defer { register.remove() }
        let dir = register.dir
        let csv = dir.appendingPathComponent("r.csv")
        try """
        external_id,source_kind,reporter,observed_at,time_precision,latitude,longitude,precision_m,category,perpetrator_party,description
        ucdp:1,media,ucdp,2017-07-15,day,33.5719,36.4025,2000,shelling,syrian-government,Event one
        ucdp:2,media,ucdp,2017-07-15,day,33.5719,36.4025,2000,shelling,syrian-government,Event two

        """.write(to: csv, atomically: true, encoding: .utf8)
        try register.expectSuccess(["import", "reports", csv.path])
        let list = try register.expectSuccess(["incidents", "list", "--format", "json"])
        let incidents = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(incidents.count == 2)
    }
}
