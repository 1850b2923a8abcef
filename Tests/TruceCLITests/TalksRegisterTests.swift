import Foundation
import GRDB
import Testing

/// Issue 6's acceptance over the scenario: the talks stored in the register and the log, the Geneva IV round, a
/// commitment's steps, a party's scorecard, and bad input refused with nothing stored.
@Suite("talks in the register")
struct TalksRegisterTests {
    static let shipped = CLI.root.appendingPathComponent("Sources/TruceScenario/Resources/syria-talks-2017.yaml")

    /// A register with the agreement and the shipped talks loaded.
    static func loaded() throws -> Register {
        let register = try Register()
        let load = try register.expectSuccess(["talks", "load"])
        #expect(load.stdout.contains("Talks for syria-2016-ceasefire stored: 2 processes, 13 rounds"), "\(load.stdout)")
        return register
    }

    static func json(_ result: CLI.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    @Test(
        "Geneva IV lists the government delegation under al-Ja'afari, the HNC, Cairo and Moscow platforms, and the 26 Feb proximity meetings on its timeline"
    )
    func genevaIV() throws {
        let register = try Self.loaded()
        defer { register.remove() }
        let round = try #require(
            try Self.json(register.expectSuccess(["talks", "round", "geneva-4", "--format", "json"])) as? [String: Any])
        let delegations = try #require(round["delegations"] as? [[String: Any]])
        let government = try #require(delegations.first { $0["party"] as? String == "syrian-government" })
        #expect(government["head"] as? String == "Bashar al-Ja'afari")
        #expect(Set(delegations.compactMap { $0["platform"] as? String }) == ["hnc", "cairo-platform", "moscow-platform"])
        #expect(delegations.first { $0["platform"] as? String == "hnc" }?["head"] as? String == "Nasr al-Hariri")
        let meetings = try #require(round["meetings"] as? [[String: Any]])
        let dates = meetings.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted(), "the timeline is in date order")
        let proximity = meetings.filter { $0["date"] as? String == "2017-02-26" && $0["kind"] as? String == "proximity" }
        #expect(
            Set(proximity.map { Set($0["participants"] as? [String] ?? []) }) == [
                ["mediator", "geneva-4-cairo"], ["mediator", "geneva-4-moscow"],
            ])
        #expect(
            (round["statements"] as? [[String: Any]])?.contains {
                ($0["quote"] as? String)?.contains("the promises they did not keep") == true
            } == true)
        let table = try register.expectSuccess(["talks", "round", "geneva-4"])
        #expect(table.stdout.contains("2017-02-26 proximity: mediator, geneva-4-cairo"))
        #expect(table.stdout.contains("2017-02-26 proximity: mediator, geneva-4-moscow"))
        // The rounds listing reads the register too; documents link to the agreement register.
        let rounds = try #require(
            try Self.json(register.expectSuccess(["talks", "rounds", "--format", "json"])) as? [[String: Any]])
        #expect(rounds.count == 13)
        let astana4 = try #require(rounds.first { $0["id"] as? String == "astana-4" })
        #expect(astana4["produced"] as? String == "deescalation-memorandum")
        #expect((astana4["documents"] as? [[String: Any]])?.first?["agreement"] as? String == "deescalation-memorandum")
    }

    @Test("a commitment moved from 1 to 3 to broken keeps every step with who, when and why, each in the log, which verifies")
    func commitmentSteps() throws {
        let register = try Self.loaded()
        defer { register.remove() }
        // A verified violation to cite as evidence.
        try register.report(reporter: "mon-1", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.verify(1, attributeTo: "syrian-government")
        let before = try #require(
            try Self.json(register.expectSuccess(["talks", "commitment", "humanitarian-access-zones", "--format", "json"]))
                as? [String: Any])
        #expect(before["status"] as? String == "1")
        try register.expectSuccess([
            "talks", "commitment", "humanitarian-access-zones", "--status", "3", "--at", "2017-06-01", "--reason",
            "convoys reached all four areas", "--evidence", "news:ocha-2017-06-01", "--as", "mediator", "--by", "envoy-office",
        ])
        let broken = try register.expectSuccess([
            "talks", "commitment", "humanitarian-access-zones", "--status", "broken", "--at", "2017-07-16", "--reason",
            "Douma shelled and convoys stopped", "--evidence", "incident:1", "--evidence", "finding:1", "--evidence", "log:2",
            "--as", "guarantor",
            "--by", "joint-centre", "--format", "json",
        ])
        let commitment = try #require(try Self.json(broken) as? [String: Any])
        #expect(commitment["status"] as? String == "broken")
        let steps = try #require(commitment["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["1", "3", "broken"])
        #expect(steps.map { $0["at"] as? String } == ["2017-05-06", "2017-06-01", "2017-07-16"])
        #expect(steps.map { $0["by"] as? String } == ["Truce scenario", "envoy-office (mediator)", "joint-centre (guarantor)"])
        #expect(
            steps.map { $0["reason"] as? String } == [
                "Memorandum in force", "convoys reached all four areas", "Douma shelled and convoys stopped",
            ])
        #expect(steps[2]["evidence"] as? [String] == ["incident:1", "finding:1", "log:2"])
        let queue = try DatabaseQueue(path: register.db.path)
        for step in steps.dropFirst() {
            #expect((step["recorded_at"] as? String)?.count == 20)
            let index = try #require(step["log_index"] as? Int)
            let (type, data) = try queue.read { db in
                (
                    try String.fetchOne(db, sql: "SELECT type FROM log_entry WHERE idx = ?", arguments: [index]),
                    try Data.fetchOne(db, sql: "SELECT data FROM log_entry WHERE idx = ?", arguments: [index]) ?? Data()
                )
            }
            #expect(type == "commitment.assessed")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains(step["reason"] as? String ?? "?") && text.contains(step["by"] as? String ?? "?"))
        }
        // The steps survive a reopen, and the same file loaded again changes nothing.
        let shown = try register.expectSuccess(["talks", "commitment", "humanitarian-access-zones"])
        #expect(shown.stdout.contains("2017-07-16 broken by joint-centre (guarantor): Douma shelled and convoys stopped"))
        let snapshot = try CLI.snapshot(register.db)
        let again = try register.expectSuccess(["talks", "load"])
        #expect(again.stdout.contains("Already stored"))
        #expect(try CLI.snapshot(register.db) == snapshot)
        let types = try queue.read { db in try String.fetchAll(db, sql: "SELECT type FROM log_entry ORDER BY idx") }
        #expect(types.filter { $0 == "talks.loaded" }.count == 1)
        #expect(types.filter { $0 == "commitment.assessed" }.count == 2)
        let verify = try register.run(["log", "verify"])
        #expect(verify.status == 0, "\(verify.stderr)")
    }

    @Test("a party's scorecard counts its commitments by status and its verified violations in a period")
    func scorecard() throws {
        let register = try Self.loaded()
        defer { register.remove() }
        // Two verified government violations in July, one in August, one unverified in July.
        try register.report(reporter: "mon-1", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.report(reporter: "mon-1", kind: "monitor", at: "2017-07-20T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.report(reporter: "mon-1", kind: "monitor", at: "2017-08-03T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.report(reporter: "mon-1", kind: "monitor", at: "2017-07-25T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        for id in 1...3 { try register.verify(id, attributeTo: "syrian-government") }
        try register.expectSuccess([
            "talks", "commitment", "humanitarian-access-zones", "--status", "broken", "--at", "2017-07-16", "--reason",
            "convoys stopped at the Wafideen crossing", "--as", "admin",
        ])
        let cards = try #require(
            try Self.json(
                register.expectSuccess([
                    "talks", "scorecard", "--party", "syrian-government", "--from", "2017-07-01", "--to", "2017-07-31",
                    "--format", "json",
                ])) as? [[String: Any]])
        let card = try #require(cards.first)
        #expect(cards.count == 1 && card["party"] as? String == "syrian-government")
        // By 31 July: humanitarian access (made 4 May) is broken; the detainee commitment (made 31 Oct) is not yet made.
        #expect(card["commitments"] as? [String: Int] == ["0": 0, "1": 0, "2": 0, "3": 0, "broken": 1])
        #expect(card["commitment_ids"] as? [String] == ["humanitarian-access-zones"])
        #expect(card["violations"] as? Int == 2)
        let months = try #require(card["months"] as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2017-07"])
        // Over the year: both commitments, and three violations, month by month.
        let year = try #require(
            try Self.json(
                register.expectSuccess([
                    "talks", "scorecard", "--party", "syrian-government", "--from", "2017-01-01", "--to", "2017-12-31",
                    "--format", "json",
                ])) as? [[String: Any]])
        #expect(year.first?["commitments"] as? [String: Int] == ["0": 0, "1": 1, "2": 0, "3": 0, "broken": 1])
        #expect(year.first?["violations"] as? Int == 3)
        let yearMonths = try #require(year.first?["months"] as? [[String: Any]])
        #expect(yearMonths.count == 12)
        #expect(yearMonths.map { $0["violations"] as? Int ?? -1 } == [0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0])
        // The opposition made the same two commitments but has no violations.
        let opposition = try #require(
            try Self.json(
                register.expectSuccess(["talks", "scorecard", "--party", "armed-opposition", "--format", "json"]))
                as? [[String: Any]])
        #expect(opposition.first?["violations"] as? Int == 0)
        let unknown = try register.run(["talks", "scorecard", "--party", "hezbollah"])
        #expect(unknown.status == 65 && unknown.stderr.contains("party"), "\(unknown.stderr)")
    }

    @Test(
        "bad input is refused with the file, line and field, and nothing is stored",
        arguments: [
            (
                "by: [syrian-government, armed-opposition]\n    to: [russia, turkey, iran]\n    made_in: astana-7",
                "by: [syrian-government, hezbollah]\n    to: [russia, turkey, iran]\n    made_in: astana-7",
                "unknown party or platform 'hezbollah'"
            ),
            ("            date: 2017-02-25", "            date: 2017-03-05", "outside the round's days"),
            ("    due: 2017-12-31", "    due: 2017-10-01", "before it was made"),
            (
                "{ level: \"2\", at: 2017-02-06, by: Truce scenario, reason: Joint Group set up,",
                "{ level: \"2\", at: 2017-02-06, by: Truce scenario,", "needs a reason"
            ),
            ("    platform: hnc\n", "    platform: riyadh-2\n", "unknown platform 'riyadh-2'"),
        ])
    func badFile(original: String, replacement: String, message: String) throws {
        let register = try Register()
        defer { register.remove() }
        let source = try String(contentsOf: Self.shipped, encoding: .utf8)
        #expect(source.contains(original), "the case must change the shipped file")
        let bad = register.dir.appendingPathComponent("bad-talks.yaml")
        try source.replacingOccurrences(of: original, with: replacement).write(to: bad, atomically: true, encoding: .utf8)
        let before = try CLI.snapshot(register.db)
        let refused = try register.run(["talks", "load", "--file", bad.path])
        #expect(refused.status == 65, "\(refused.stdout)")
        #expect(refused.stderr.contains(message), "\(refused.stderr)")
        #expect(
            refused.stderr.range(of: #"bad-talks\.yaml:\d+:\d+: field '"#, options: .regularExpression) != nil,
            "\(refused.stderr)")
        #expect(try CLI.snapshot(register.db) == before)
    }

    @Test(
        "a status step without a reason, out of order, unchanged, by a refused role or citing what does not exist is refused; nothing is stored"
    )
    func badSteps() throws {
        let register = try Self.loaded()
        defer { register.remove() }
        let before = try CLI.snapshot(register.db)
        let cases: [(arguments: [String], status: Int32, mentions: String)] = [
            (["--status", "3", "--at", "2017-06-01", "--as", "mediator"], 65, "field 'reason': a reason is required"),
            (["--status", "3", "--at", "2017-06-01", "--reason", " ", "--as", "mediator"], 65, "a reason is required"),
            (["--status", "3", "--at", "2017-05-01", "--reason", "r", "--as", "mediator"], 65, "before the commitment was made"),
            (["--status", "1", "--at", "2017-06-01", "--reason", "r", "--as", "mediator"], 65, "already at 1"),
            (["--status", "3", "--at", "2099-01-01", "--reason", "r", "--as", "mediator"], 65, "in the future"),
            (["--status", "3", "--at", "2017-13-01", "--reason", "r", "--as", "mediator"], 65, "not a date"),
            (["--status", "7", "--reason", "r", "--as", "mediator"], 65, "'7' is not a status"),
            (["--status", "3", "--at", "2017-06-01", "--reason", "r", "--as", "monitor"], 77, "may not assess commitments"),
            (["--status", "3", "--at", "2017-06-01", "--reason", "r", "--as", "party:syrian-government"], 77, "may not assess"),
            (["--status", "3", "--at", "2017-06-01", "--reason", "r", "--as", "public"], 77, "may not assess"),
            (
                ["--status", "3", "--at", "2017-06-01", "--reason", "r", "--evidence", "incident:99", "--as", "admin"], 65,
                "no incident '99'"
            ),
            (
                ["--status", "3", "--at", "2017-06-01", "--reason", "r", "--evidence", "log:5000", "--as", "admin"], 65,
                "no log entry '5000'"
            ),
            (
                ["--status", "3", "--at", "2017-06-01", "--reason", "r", "--evidence", "finding:1", "--as", "admin"], 65,
                "incident '1' has no findings"
            ),
        ]
        for item in cases {
            let result = try register.run(["talks", "commitment", "humanitarian-access-zones"] + item.arguments)
            #expect(result.status == item.status, "\(item.arguments): \(result.stderr)")
            #expect(result.stderr.contains(item.mentions), "\(item.arguments): \(result.stderr)")
        }
        let missing = try register.run(["talks", "commitment", "no-such", "--status", "3", "--reason", "r", "--as", "admin"])
        #expect(missing.status == 65 && missing.stderr.contains("commitment no-such does not exist"), "\(missing.stderr)")
        #expect(try CLI.snapshot(register.db) == before)
        // A new talks file may not drop a commitment with steps recorded in the register.
        try register.expectSuccess([
            "talks", "commitment", "detainee-release", "--status", "2", "--at", "2018-01-15", "--reason", "first exchange",
            "--as", "guarantor",
        ])
        let source = try String(contentsOf: Self.shipped, encoding: .utf8)
        let cut = try #require(source.range(of: "  - id: detainee-release"))
        let end = try #require(source.range(of: "  - id: humanitarian-access-zones"))
        let dropped = register.dir.appendingPathComponent("dropped.yaml")
        try (String(source[..<cut.lowerBound]) + String(source[end.lowerBound...])).write(
            to: dropped, atomically: true, encoding: .utf8)
        let afterStep = try CLI.snapshot(register.db)
        let refused = try register.run(["talks", "load", "--file", dropped.path])
        #expect(
            refused.status == 65 && refused.stderr.contains("'detainee-release' has 1 status step(s) recorded"),
            "\(refused.stderr)")
        #expect(try CLI.snapshot(register.db) == afterStep)
        // An amended file that keeps it is stored as an amendment, in the log.
        let amended = register.dir.appendingPathComponent("amended.yaml")
        try source.replacingOccurrences(
            of: "outcome: No agreement on zone boundaries", with: "outcome: No agreement on the zones' boundaries"
        )
        .write(to: amended, atomically: true, encoding: .utf8)
        let replaced = try register.expectSuccess(["talks", "load", "--file", amended.path])
        #expect(replaced.stdout.contains("replaced"))
        let queue = try DatabaseQueue(path: register.db.path)
        let types = try queue.read { db in try String.fetchAll(db, sql: "SELECT type FROM log_entry ORDER BY idx") }
        #expect(types.suffix(3) == ["talks.loaded", "commitment.assessed", "talks.amended"])
        let shown = try #require(
            try Self.json(register.expectSuccess(["talks", "commitment", "detainee-release", "--format", "json"]))
                as? [String: Any])
        #expect((shown["steps"] as? [[String: Any]])?.map { $0["status"] as? String } == ["0", "1", "2"])
        #expect(try register.run(["log", "verify"]).status == 0)
    }
}
