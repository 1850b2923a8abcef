import Foundation
import Testing

@Suite("Bad input leaves the database unchanged", .serialized)
struct BadInputTests {
    static let agreementFile = CLI.root.appendingPathComponent("Sources/TruceScenario/Resources/syria-2016-ceasefire.yaml").path
    static let header =
        "external_id,source_kind,reporter,observed_at,time_precision,latitude,longitude,precision_m,category,perpetrator_party,target_text,killed_best,description\n"
    /// Report `i`, one entry of a monitor team's catalogue (`t<i>`), a distinct event: reports are seven hours
    /// apart over 2017 and, every thousand, 44 km further on a grid over Syria, so correlation (and its candidate
    /// search) keeps each in its own incident.
    static func row(_ i: Int, lat: String? = nil, date: String? = nil) -> String {
        let time =
            date ?? ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_483_300_000 + Double(i % 1_000) * 25_200))
        let latitude = lat ?? String(32.6 + Double(i / 1_000 % 10) * 0.4)
        let longitude = String(35.9 + Double(i / 10_000 % 16) * 0.4)
        return
            "t\(i),monitor,team-catalogue,\(time),exact,\(latitude),\(longitude),500,shelling,syrian-government,civilians,\(i % 5),Report number \(i)\n"
    }

    /// A database with the agreement and a few reports in it.
    func prepared() throws -> (URL, URL) {
        let dir = try CLI.scratch()
        let db = dir.appendingPathComponent("t.sqlite")
        #expect(try CLI.run(["agreement", "load", Self.agreementFile, "--db", db.path], in: dir).status == 0)
        let seed = dir.appendingPathComponent("seed.csv")
        try (Self.header + (0..<20).map { Self.row($0) }.joined()).write(to: seed, atomically: true, encoding: .utf8)
        let result = try CLI.run(["import", "reports", seed.path, "--db", db.path], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return (dir, db)
    }

    func expectRefused(
        _ arguments: [String], stdin: Data? = nil, dir: URL, db: URL, mentions: [String], status: Int32 = 65
    ) throws {
        let before = try CLI.snapshot(db)
        let result = try CLI.run(arguments + ["--db", db.path], in: dir, stdin: stdin)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        for text in mentions { #expect(result.stderr.contains(text), "\(arguments): stderr was \(result.stderr)") }
        #expect(try CLI.snapshot(db) == before, "\(arguments) changed the database")
    }

    @Test("malformed YAML, unknown party, open polygon, out-of-range coordinates, bad column count, bad date, 50 MB line")
    func refusals() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try String(contentsOfFile: Self.agreementFile, encoding: .utf8)

        // Malformed YAML.
        let malformed = dir.appendingPathComponent("malformed.yaml")
        try source.replacingOccurrences(of: "title: Nationwide", with: "title: [Nationwide").write(
            to: malformed, atomically: true, encoding: .utf8)
        try expectRefused(
            ["agreement", "load", malformed.path], dir: dir, db: db, mentions: ["malformed.yaml:", "malformed YAML"])

        // A polygon that does not close.
        let open = dir.appendingPathComponent("open.yaml")
        try source.replacingOccurrences(of: "[36.325, 33.53]]", with: "[36.325, 33.54]]").write(
            to: open, atomically: true, encoding: .utf8)
        try expectRefused(
            ["agreement", "load", open.path], dir: dir, db: db,
            mentions: ["open.yaml:", "geometry.coordinates[0]", "does not close"])

        // An unknown party id in a report.
        let report =
            #"{"source": {"kind": "party", "reporter": "liaison"}, "observed_at": "2017-06-01", "location": {"place": "Douma"}, "category": "shelling", "perpetrator": {"party": "rebels"}, "description": "Shelling"}"#
        try expectRefused(
            ["report", "add", "--json", "-"], stdin: Data(report.utf8), dir: dir, db: db,
            mentions: ["field 'perpetrator.party'", "unknown party id 'rebels'"])

        // Coordinates out of range, on line 4 of a CSV.
        let range = dir.appendingPathComponent("range.csv")
        try (Self.header + Self.row(100) + Self.row(101) + Self.row(102, lat: "123.5")).write(
            to: range, atomically: true, encoding: .utf8)
        try expectRefused(
            ["import", "reports", range.path], dir: dir, db: db, mentions: ["range.csv:4", "location.lat", "out of range"])

        // A row with a wrong column count.
        let columns = dir.appendingPathComponent("columns.csv")
        try (Self.header + Self.row(200) + "t201,monitor,team\n").write(to: columns, atomically: true, encoding: .utf8)
        try expectRefused(
            ["import", "reports", columns.path], dir: dir, db: db, mentions: ["columns.csv:3", "expected 13 columns"])

        // A date that does not parse.
        let date = dir.appendingPathComponent("date.csv")
        try (Self.header + Self.row(300) + Self.row(301, date: "2017-02-30")).write(to: date, atomically: true, encoding: .utf8)
        try expectRefused(
            ["import", "reports", date.path], dir: dir, db: db, mentions: ["date.csv:3", "observed_at", "is not a date"])

        // A 50 MB line, in CSV and in JSON Lines.
        let huge = String(repeating: "x", count: 50 * 1024 * 1024)
        let bigCSV = dir.appendingPathComponent("big.csv")
        try (Self.header + Self.row(400) + "t401,monitor,team,2017-06-01,day,33.5,36.4,500,shelling,,,1," + huge + "\n").write(
            to: bigCSV, atomically: true, encoding: .utf8)
        try expectRefused(
            ["import", "reports", bigCSV.path], dir: dir, db: db, mentions: ["big.csv:3", "longer than the limit"])
        let bigJSONL = dir.appendingPathComponent("big.jsonl")
        try ("{\"description\": \"" + huge + "\"}\n").write(to: bigJSONL, atomically: true, encoding: .utf8)
        try expectRefused(
            ["import", "reports", bigJSONL.path], dir: dir, db: db, mentions: ["big.jsonl:1", "longer than the limit"])

        // A UCDP file missing a column, and a file that does not exist (66).
        let ucdp = dir.appendingPathComponent("ucdp.csv")
        try "id,year\n1,2017\n".write(to: ucdp, atomically: true, encoding: .utf8)
        try expectRefused(
            ["import", "ucdp", ucdp.path], dir: dir, db: db, mentions: ["ucdp.csv:1", "required column is missing"])
        try expectRefused(
            ["import", "reports", dir.appendingPathComponent("missing.csv").path], dir: dir, db: db, mentions: ["no such file"],
            status: 66)
    }

    @Test("importing the same file twice adds nothing the second time")
    func idempotent() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("more.jsonl")
        let lines = (0..<30).map { i in
            #"{"external_id": "j\#(i)", "source": {"kind": "monitor", "reporter": "team-\#(i % 3)", "confidential": \#(i % 2 == 0)}, "observed_at": "2017-07-0\#(1 + i % 9)", "location": {"place": "Douma"}, "category": "air-strike", "perpetrator": "syrian-government", "killed": {"low": 1, "best": 2, "high": 4}, "description": "Air strike \#(i)"}"#
        }
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let first = try CLI.run(["import", "reports", file.path, "--db", db.path], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("30 registered, 0 already present"))
        let after = try CLI.snapshot(db)
        let second = try CLI.run(["import", "reports", file.path, "--db", db.path], in: dir)
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 registered, 30 already present"))
        #expect(try CLI.snapshot(db) == after)
    }
}
