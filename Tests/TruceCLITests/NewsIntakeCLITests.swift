import Foundation
import GRDB
import Testing

/// Issue 7's register wiring through the real binary: articles in once, events as suggestions (one per event across
/// outlets), a monitor's accept or reject in the log, an accepted violent event registered as a media report.
@Suite("news intake into the registers")
struct NewsIntakeCLITests {
    static let seed = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/news/presstv-2017-02-27.txt")

    /// Two outlets' accounts of one shelling, and a statement.
    static let first = """
        Shelling kills five in Damascus suburb

        Syrian government forces shelled the town of Douma on Sunday, killing five civilians, a monitoring group said.

        The Russian defence ministry said on Monday that the ceasefire was largely holding.
        """
    static let second = """
        Five dead in bombardment

        Government artillery shelled Douma on Sunday, killing at least five people, activists said.
        """

    static func json(_ result: CLI.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test("the seed article's diplomatic events become talks suggestions; the same article again enters nothing")
    func seedArticle() throws {
        let register = try Register()
        defer { register.remove() }
        let extract = try CLI.run(
            ["extract", Self.seed.path, "--published", "2017-02-27", "--format", "json"], in: register.dir)
        #expect(extract.status == 0, "\(extract.stderr)")
        let extracted = try #require(try Self.json(extract) as? [String: Any])
        let events = try #require(extracted["events"] as? [[String: Any]])
        let talksEvents = events.filter {
            ["01", "02", "03", "04", "05", "08", "10", "11", "12"].contains(String(($0["cameo"] as? String ?? "").prefix(2)))
        }
        #expect(!talksEvents.isEmpty)
        let ingested = try #require(
            try Self.json(
                register.expectSuccess([
                    "ingest", Self.seed.path, "--published", "2017-02-27", "--outlet", "Press TV", "--as", "monitor",
                    "--format", "json",
                ])) as? [[String: Any]])
        let suggested = try #require(ingested.first?["suggested"] as? [Int])
        #expect(ingested.first?["new_article"] as? Bool == true)
        #expect(suggested.count == talksEvents.count, "one suggestion per diplomatic event")
        let listed = try #require(
            try Self.json(register.expectSuccess(["news", "suggestions", "--kind", "talks", "--format", "json"]))
                as? [[String: Any]])
        #expect(listed.count == suggested.count && listed.allSatisfy { $0["state"] as? String == "pending" })
        #expect(listed.allSatisfy { ($0["article"] as? [String: Any])?["outlet"] as? String == "Press TV" })
        // Nothing from the captions or the footer.
        #expect(
            !listed.contains {
                ($0["sentence"] as? String ?? "").contains("Pelosi") || ($0["sentence"] as? String ?? "").contains("alternate")
            })

        let snapshot = try CLI.snapshot(register.db)
        let again = try register.expectSuccess([
            "ingest", Self.seed.path, "--published", "2017-02-27", "--outlet", "Press TV", "--as", "monitor",
        ])
        #expect(again.stdout.contains("already taken in"))
        #expect(try CLI.snapshot(register.db) == snapshot)
        // Rewrapped, it is still the same text.
        let rewrapped = register.dir.appendingPathComponent("rewrapped.txt")
        try String(contentsOf: Self.seed, encoding: .utf8).replacingOccurrences(of: "\n", with: "\n\n").write(
            to: rewrapped, atomically: true, encoding: .utf8)
        let third = try register.expectSuccess(["ingest", rewrapped.path, "--published", "2017-02-27", "--as", "monitor"])
        #expect(third.stdout.contains("already taken in"), "\(third.stdout)")
        #expect(try CLI.snapshot(register.db) == snapshot)
    }

    @Test("one shelling from two outlets is one report suggestion; accepted, it becomes a media report; every decision is logged")
    func reportSuggestion() throws {
        let register = try Register()
        defer { register.remove() }
        let first = register.dir.appendingPathComponent("reuters.txt")
        let second = register.dir.appendingPathComponent("afp.txt")
        try Self.first.write(to: first, atomically: true, encoding: .utf8)
        try Self.second.write(to: second, atomically: true, encoding: .utf8)
        try register.expectSuccess(["ingest", first.path, "--published", "2017-07-17", "--outlet", "Reuters", "--as", "monitor"])
        let other = try #require(
            try Self.json(
                register.expectSuccess([
                    "ingest", second.path, "--published", "2017-07-17", "--outlet", "AFP", "--as", "monitor", "--format", "json",
                ])) as? [[String: Any]])
        #expect((other.first?["suggested"] as? [Int])?.isEmpty == true)
        #expect((other.first?["already_suggested"] as? [Int])?.count == 1)
        let reports = try #require(
            try Self.json(register.expectSuccess(["news", "suggestions", "--kind", "report", "--format", "json"]))
                as? [[String: Any]])
        #expect(reports.count == 1)
        let suggestion = try #require(reports.first)
        let id = try #require(suggestion["id"] as? Int)
        #expect(suggestion["date"] as? String == "2017-07-16", "Sunday before a Monday publication")
        #expect(String((suggestion["cameo"] as? String ?? "").prefix(2)) == "19")
        #expect((suggestion["also_in"] as? [Int])?.count == 1)

        // Refusals change nothing: a party, no reason, an unknown perpetrator, no place.
        let before = try CLI.snapshot(register.db)
        let party = try register.run([
            "news", "decide", String(id), "--accept", "--reason", "ok", "--as", "party:syrian-government",
        ])
        #expect(party.status == 77, "\(party.stderr)")
        let blank = try register.run(["news", "decide", String(id), "--reject", "--reason", " ", "--as", "monitor"])
        #expect(blank.status == 65 && blank.stderr.contains("reason"), "\(blank.stderr)")
        let stranger = try register.run([
            "news", "decide", String(id), "--accept", "--reason", "two outlets", "--lat", "33.5719", "--lon", "36.4025",
            "--perpetrator", "hezbollah", "--as", "monitor",
        ])
        #expect(stranger.status == 65 && stranger.stderr.contains("perpetrator"), "\(stranger.stderr)")
        if suggestion["place"] is NSNull {
            let nowhere = try register.run([
                "news", "decide", String(id), "--accept", "--reason", "two outlets", "--as", "monitor",
            ])
            #expect(nowhere.status == 65 && nowhere.stderr.contains("location"), "\(nowhere.stderr)")
        } else {
            #expect((suggestion["place"] as? String)?.hasPrefix("D") == true, "the gazetteer's Douma")
        }
        let missing = try register.run(["news", "decide", "999", "--reject", "--reason", "r", "--as", "monitor"])
        #expect(missing.status == 65 && missing.stderr.contains("suggestion 999 does not exist"), "\(missing.stderr)")
        #expect(try CLI.snapshot(register.db) == before)

        try register.expectSuccess([
            "news", "decide", String(id), "--accept", "--reason", "two outlets agree", "--lat", "33.5719", "--lon",
            "36.4025", "--perpetrator", "syrian-government", "--as", "monitor", "--by", "alice",
        ])
        let accepted = try #require(
            try Self.json(register.expectSuccess(["news", "suggestions", "--state", "accepted", "--format", "json"]))
                as? [[String: Any]])
        let decided = try #require(accepted.first)
        #expect(decided["decided_by"] as? String == "alice (monitor)" && decided["reason"] as? String == "two outlets agree")
        let report = try #require(decided["report"] as? Int)
        let queue = try DatabaseQueue(path: register.db.path)
        let row = try #require(
            try queue.read { db in
                try Row.fetchOne(
                    db, sql: "SELECT source_kind, reporter, perpetrator_party, observed_at, incident_id FROM report WHERE id = ?",
                    arguments: [report])
            })
        #expect(row["source_kind"] as String == "media" && row["reporter"] as String == "Reuters")
        #expect(row["perpetrator_party"] as String? == "syrian-government")
        let incident: Int64 = row["incident_id"]
        let state = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT state FROM incident WHERE id = ?", arguments: [incident])
        }
        #expect(state == "reported", "a media report awaits review")
        let again = try register.run(["news", "decide", String(id), "--reject", "--reason", "changed my mind", "--as", "monitor"])
        #expect(again.status == 65 && again.stderr.contains("already accepted"), "\(again.stderr)")

        let talks = try #require(
            try Self.json(register.expectSuccess(["news", "suggestions", "--kind", "talks", "--format", "json"]))
                as? [[String: Any]])
        if let statement = talks.first?["id"] as? Int {
            try register.expectSuccess([
                "news", "decide", String(statement), "--reject", "--reason", "a routine statement", "--as", "monitor",
            ])
        }
        let types = try queue.read { db in try String.fetchAll(db, sql: "SELECT type FROM log_entry ORDER BY idx") }
        #expect(types.filter { $0 == "news.ingested" }.count == 2)
        #expect(types.contains("news.accepted") && types.contains("report.registered"))
        #expect(types.contains("news.rejected") == !talks.isEmpty)
        #expect(try register.run(["log", "verify"]).status == 0)
    }

    @Test("hostile files: empty is no events; binary and too large are refused naming the file; nothing is stored")
    func hostileFiles() throws {
        let register = try Register()
        defer { register.remove() }
        let empty = register.dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let emptyResult = try register.expectSuccess(["ingest", empty.path, "--published", "2017-02-27", "--as", "monitor"])
        #expect(emptyResult.stdout.contains("0 events, 0 suggested"), "\(emptyResult.stdout)")
        let before = try CLI.snapshot(register.db)
        let binary = register.dir.appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x00, 0x00, 0x01]).write(to: binary)
        let refused = try register.run(["ingest", binary.path, "--published", "2017-02-27", "--as", "monitor"])
        #expect(
            refused.status == 65 && refused.stderr.contains("photo.jpg") && refused.stderr.contains("not text"),
            "\(refused.stderr)")
        let big = register.dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 9 << 20).write(to: big)
        let tooBig = try register.run(["ingest", big.path, "--published", "2017-02-27", "--as", "monitor"])
        #expect(tooBig.status == 65 && tooBig.stderr.contains("big.txt"), "\(tooBig.stderr)")
        let badDay = try register.run(["ingest", empty.path, "--published", "2017-02-30", "--as", "monitor"])
        #expect(badDay.status == 65 && badDay.stderr.contains("--published"), "\(badDay.stderr)")
        let public_ = try register.run(["ingest", Self.seed.path, "--published", "2017-02-27", "--as", "public"])
        #expect(public_.status == 77, "\(public_.stderr)")
        #expect(try CLI.snapshot(register.db) == before)
    }
}
