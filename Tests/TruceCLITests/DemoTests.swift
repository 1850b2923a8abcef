import Foundation
import Testing

@Suite("Demo scenario through the CLI", .serialized)
struct DemoTests {
    /// Winding-number point-in-polygon, written independently of Truce's even-odd ray casting.
    static func windingContains(_ ring: [[Double]], lon: Double, lat: Double) -> Bool {
        var winding = 0
        for i in 0..<(ring.count - 1) {
            let (x1, y1, x2, y2) = (ring[i][0], ring[i][1], ring[i + 1][0], ring[i + 1][1])
            let cross = (x2 - x1) * (lat - y1) - (lon - x1) * (y2 - y1)
            if y1 <= lat {
                if y2 > lat && cross > 0 { winding += 1 }
            } else if y2 <= lat && cross < 0 {
                winding -= 1
            }
        }
        return winding != 0
    }

    /// Splits one CSV line with quoted fields (the UCDP file has no line breaks inside fields).
    static func splitCSV(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(line)
        if chars.last == "\r" { chars.removeLast() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        fields.append(field)
        return fields
    }

    /// The UCDP ids inside the Eastern Ghouta outline from 2017-05-06 to 2017-12-31, computed straight from the
    /// shipped GeoJSON and CSV with Python-free, Truce-free code.
    static func expectedEasternGhouta() throws -> Set<String> {
        let resources = CLI.root.appendingPathComponent("Sources/TruceScenario/Resources")
        let geo =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: resources.appendingPathComponent("deescalation_zones_2017_approx.geojson")))
            as! [String: Any]
        let feature = (geo["features"] as! [[String: Any]]).first {
            ($0["properties"] as! [String: Any])["id"] as? String == "eastern-ghouta"
        }!
        let geometry = feature["geometry"] as! [String: Any]
        let rings = (geometry["coordinates"] as! [[[NSNumber]]]).map { $0.map { $0.map(\.doubleValue) } }
        let text = try String(contentsOf: resources.appendingPathComponent("ucdp_ged_syria_2016_2018.csv"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        let header = lines.removeFirst().split(separator: ",").map(String.init)
        let id = header.firstIndex(of: "id")!
        let lat = header.firstIndex(of: "latitude")!
        let lon = header.firstIndex(of: "longitude")!
        let date = header.firstIndex(of: "date_start")!
        var expected = Set<String>()
        for line in lines {
            let fields = Self.splitCSV(String(line))
            #expect(fields.count == header.count)
            let day = fields[date]
            guard day >= "2017-05-06", day <= "2017-12-31" else { continue }
            if windingContains(rings[0], lon: Double(fields[lon])!, lat: Double(fields[lat])!) {
                expected.insert("ucdp:" + fields[id])
            }
        }
        return expected
    }

    @Test("demo, then the Eastern Ghouta zone lists exactly the UCDP events inside it in the period")
    func easternGhouta() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let demo = try CLI.run(["demo", "--db", "demo.sqlite"], in: dir)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("5587 registered"))
        let list = try CLI.run(
            [
                "incidents", "list", "--db", "demo.sqlite", "--zone", "eastern-ghouta", "--from", "2017-05-06", "--to",
                "2017-12-31",
                "--format", "json",
            ], in: dir)
        #expect(list.status == 0, "\(list.stderr)")
        let incidents = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        let listed = Set(incidents.flatMap { $0["external_ids"] as! [String] })
        let expected = try Self.expectedEasternGhouta()
        #expect(expected.count > 300)
        #expect(
            listed == expected,
            "only listed: \(listed.subtracting(expected).sorted()); missing: \(expected.subtracting(listed).sorted())")
        #expect(incidents.allSatisfy { ($0["zones"] as! [String]).contains("eastern-ghouta") })

        // The demo is idempotent: a second run adds nothing.
        let before = try CLI.snapshot(dir.appendingPathComponent("demo.sqlite"))
        let again = try CLI.run(["demo", "--db", "demo.sqlite"], in: dir)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 registered, 5587 already present"))
        #expect(try CLI.snapshot(dir.appendingPathComponent("demo.sqlite")) == before)
    }

    @Test("agreement check prints no zones on 2017-01-15 and four zones on 2017-06-01")
    func agreementCheck() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = CLI.root.appendingPathComponent("Sources/TruceScenario/Resources/syria-2016-ceasefire.yaml").path
        let january = try CLI.run(["agreement", "check", file, "--on", "2017-01-15"], in: dir)
        #expect(january.status == 0, "\(january.stderr)")
        #expect(january.stdout.contains("zones (0): none"))
        #expect(january.stdout.contains("cessation-of-attacks"))
        let june = try CLI.run(["agreement", "check", file, "--on", "2017-06-01", "--format", "json"], in: dir)
        #expect(june.status == 0, "\(june.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(june.stdout.utf8)) as! [String: Any]
        let zones = (object["zones"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(Set(zones) == ["idlib", "north-homs", "eastern-ghouta", "south"])
        #expect((object["zones"] as! [[String: Any]]).allSatisfy { $0["approximate"] as? Bool == true })
    }
}
