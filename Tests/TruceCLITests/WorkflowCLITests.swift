import Foundation
import GRDB
import Testing

@Suite("Verification workflow, replies, merge and split, escalation and statistics, through the CLI")
struct WorkflowCLITests {
    func expectRefused(
        _ register: Register, _ arguments: [String], status: Int32, mentions: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try CLI.snapshot(register.db)
        let result = try register.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        for text in mentions {
            #expect(result.stderr.contains(text), "stderr was: \(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(try CLI.snapshot(register.db) == before, "\(arguments) changed the database", sourceLocation: sourceLocation)
    }

    @Test("a role that may not make a transition is refused with a clear error, and nothing changes")
    func refusals() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try expectRefused(
            register,
            ["incidents", "transition", "1", "--to", "under-review", "--reason", "x", "--as", "party:syrian-government"],
            status: 77, mentions: ["the party role may not move an incident to under-review", "allowed: admin, monitor"])
        try expectRefused(
            register, ["incidents", "transition", "1", "--to", "under-review", "--reason", "x", "--as", "public"],
            status: 77, mentions: ["the public role may not"])
        try expectRefused(
            register,
            ["incidents", "transition", "1", "--to", "verified", "--reason", "x", "--evidence", "e", "--as", "monitor"],
            status: 65, mentions: ["reported cannot go to verified", "under-review"])
        try expectRefused(
            register, ["incidents", "transition", "1", "--to", "under-review", "--reason", "  ", "--as", "monitor"],
            status: 65, mentions: ["field 'reason'", "required"])
        try expectRefused(
            register, ["incidents", "transition", "1", "--to", "closed", "--reason", "x", "--as", "monitor"], status: 65,
            mentions: ["--to", "unknown state 'closed'"])
        try expectRefused(
            register, ["incidents", "transition", "1", "--to", "under-review", "--reason", "x", "--as", "general"],
            status: 65, mentions: ["--as", "unknown role 'general'"])
        try expectRefused(
            register, ["incidents", "transition", "9", "--to", "under-review", "--reason", "x", "--as", "monitor"],
            status: 65, mentions: ["incident 9 does not exist"])
        try register.expectSuccess([
            "incidents", "transition", "1", "--to", "under-review", "--reason", "x", "--as", "monitor",
        ])
        try expectRefused(
            register, ["incidents", "transition", "1", "--to", "verified", "--reason", "seen", "--as", "monitor"],
            status: 65, mentions: ["field 'evidence'"])
        try expectRefused(
            register,
            [
                "incidents", "attribute", "1", "--party", "syrian-government", "--reason", "r", "--evidence", "e", "--as",
                "guarantor",
            ],
            status: 77, mentions: ["the guarantor role may not attribute incidents"])
        try expectRefused(
            register,
            ["incidents", "attribute", "1", "--party", "rebels", "--reason", "r", "--evidence", "e", "--as", "monitor"],
            status: 65, mentions: ["unknown actor 'rebels'"])
    }

    @Test("every transition is kept with who, when, why and evidence, in the history and the log")
    func history() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.verify(1, attributeTo: "syrian-government")
        try register.expectSuccess([
            "incidents", "transition", "1", "--to", "published", "--reason", "weekly public report", "--as", "guarantor",
            "--by", "joint-centre",
        ])
        let history = try #require(try register.show(1)["history"] as? [[String: Any]])
        let transitions = history.filter { $0["kind"] as? String == "transitioned" }
        #expect(
            transitions.map { "\($0["from"] ?? "") -> \($0["to"] ?? "")" } == [
                "reported -> under-review", "under-review -> verified", "verified -> published",
            ])
        #expect(transitions.map { $0["actor"] as? String } == ["alice (monitor)", "alice (monitor)", "joint-centre (guarantor)"])
        #expect(
            transitions.map { $0["reason"] as? String } == [
                "reports from several sides", "crater and fragment analysis", "weekly public report",
            ])
        #expect(transitions[1]["evidence"] as? [String] == ["photo:sha256:9f86d081"])
        #expect(transitions.allSatisfy { ($0["at"] as? String)?.count == 25 })
        // Each event names its log entry, and that entry is the transition's.
        let queue = try DatabaseQueue(path: register.db.path)
        for event in transitions {
            let index = try #require(event["log_index"] as? Int)
            let type = try queue.read {
                try String.fetchOne($0, sql: "SELECT type FROM log_entry WHERE idx = ?", arguments: [index])
            }
            #expect(type == "incident.transitioned")
            let data = try queue.read {
                try Data.fetchOne($0, sql: "SELECT data FROM log_entry WHERE idx = ?", arguments: [index])
            }
            let text = String(decoding: data ?? Data(), as: UTF8.self)
            #expect(text.contains(event["reason"] as? String ?? "?"))
        }
        let verify = try register.run(["log", "verify"])
        #expect(verify.status == 0, "\(verify.stderr)")
    }

    @Test("the accused party's reply stays attached; another party may not reply")
    func reply() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.verify(1, attributeTo: "syrian-government")
        try expectRefused(
            register, ["incidents", "reply", "1", "--text", "Not us.", "--as", "party:armed-opposition"], status: 77,
            mentions: ["only the accused party may reply"])
        try expectRefused(
            register, ["incidents", "reply", "1", "--text", "Not us.", "--as", "monitor"], status: 77,
            mentions: ["the monitor role may not reply"])
        try register.expectSuccess([
            "incidents", "reply", "1", "--text", "Our units returned fire at a terrorist mortar position.", "--evidence",
            "statement:mod-2017-07-16", "--as", "party:syrian-government", "--by", "damascus-liaison",
        ])
        // Later changes keep it.
        try register.expectSuccess([
            "incidents", "transition", "1", "--to", "published", "--reason", "public report", "--as", "monitor",
        ])
        let replies = try #require(try register.show(1)["replies"] as? [[String: Any]])
        #expect(replies.count == 1)
        #expect(replies[0]["actor"] as? String == "damascus-liaison (party syrian-government)")
        let detail = try #require(replies[0]["detail"] as? [String: Any])
        #expect(detail["party"] as? String == "syrian-government")
        #expect(detail["text"] as? String == "Our units returned fire at a terrorist mortar position.")
        #expect(replies[0]["evidence"] as? [String] == ["statement:mod-2017-07-16"])
    }

    @Test("a confidential source's identity is shown to monitors, never to a party or the public")
    func confidentialSource() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "informant-17", kind: "public", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon,
            confidential: true)
        for role in ["party:syrian-government", "public", "guarantor", "mediator"] {
            let result = try register.expectSuccess(["incidents", "show", "1", "--format", "json", "--as", role])
            #expect(!result.stdout.contains("informant-17"), "\(role) saw the source")
        }
        let monitor = try register.expectSuccess(["incidents", "show", "1", "--format", "json", "--as", "monitor"])
        #expect(monitor.stdout.contains("informant-17"))
    }

    @Test("merge and split by hand: reports move, both histories keep it, merged incidents leave the list")
    func mergeAndSplit() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        // 15 km away and 4 hours later: correlation keeps it apart, a monitor knows it is the same barrage.
        try register.report(
            reporter: "armed-opposition", kind: "party", at: "2017-07-15T14:00:00+03:00", lat: douma.lat + 0.135,
            lon: douma.lon)
        try expectRefused(
            register, ["incidents", "merge", "2", "--into", "1", "--reason", "same", "--as", "party:armed-opposition"],
            status: 77, mentions: ["may not merge incidents"])
        try register.expectSuccess([
            "incidents", "merge", "2", "--into", "1", "--reason", "the same barrage, reported from the firing end",
            "--as", "monitor", "--by", "bob",
        ])
        let merged = try register.show(1)
        #expect((merged["reports"] as? [[String: Any]])?.count == 2)
        #expect(try register.show(2)["merged_into"] as? Int == 1)
        let list = try register.expectSuccess(["incidents", "list", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])?.count == 1)

        try register.expectSuccess([
            "incidents", "split", "1", "--report", "2", "--reason", "a different shelling after all", "--as", "monitor",
        ])
        let split = try register.show(3)
        #expect((split["reports"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [2])
        #expect(split["state"] as? String == "reported")
        let history = try #require(try register.show(1)["history"] as? [[String: Any]])
        #expect(history.map { $0["kind"] as? String } == ["absorbed", "split"])
        #expect((history[0]["detail"] as? [String: Any])?["from"] as? Int == 2)
        #expect((history[1]["detail"] as? [String: Any])?["to"] as? Int == 3)
        #expect((try register.show(2)["history"] as? [[String: Any]])?.first?["kind"] as? String == "merged")
        #expect((try register.show(3)["history"] as? [[String: Any]])?.first?["kind"] as? String == "split-from")
        try expectRefused(
            register, ["incidents", "split", "1", "--report", "1", "--reason", "x", "--as", "monitor"], status: 65,
            mentions: ["keep at least one report"])
    }

    @Test("escalation: notice with the findings and a due date, the reply, referral and decision")
    func escalation() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.verify(1, attributeTo: "syrian-government")
        try expectRefused(
            register,
            [
                "escalations", "notice", "1", "--party", "syrian-government", "--due", "2099-01-01", "--reason", "r", "--as",
                "monitor",
            ],
            status: 77, mentions: ["the monitor role may not send notices"])
        try expectRefused(
            register,
            [
                "escalations", "notice", "1", "--party", "armed-opposition", "--due", "2099-01-01", "--reason", "r", "--as",
                "guarantor",
            ],
            status: 65, mentions: ["no violation finding against armed-opposition"])
        try expectRefused(
            register, ["escalations", "decide", "1", "--decision", "d", "--as", "guarantor"], status: 65,
            mentions: ["escalation 1 does not exist"])
        let notice = try register.expectSuccess([
            "escalations", "notice", "1", "--party", "syrian-government", "--due", "2099-01-01", "--reason",
            "violation of the zone clause", "--as", "guarantor", "--by", "turkey-delegate", "--format", "json",
        ])
        let sent = try #require((try JSONSerialization.jsonObject(with: Data(notice.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(sent["state"] as? String == "notified")
        #expect((sent["findings"] as? [[String: Any]])?.first?["clause"] as? String == "eastern-ghouta-no-hostilities")
        #expect((sent["due_at"] as? String)?.hasPrefix("2099-01-01T23:59:59") == true)
        try expectRefused(
            register, ["escalations", "decide", "1", "--decision", "d", "--as", "guarantor"], status: 65,
            mentions: ["only when referred"])
        try register.expectSuccess([
            "incidents", "reply", "1", "--text", "We deny it.", "--as", "party:syrian-government",
        ])
        try register.expectSuccess([
            "escalations", "refer", "1", "--reason", "the reply does not answer the evidence", "--as", "guarantor",
        ])
        try register.expectSuccess([
            "escalations", "decide", "1", "--decision", "violation confirmed; the guarantors will raise it at Astana-6",
            "--as", "admin",
        ])
        let shown = try register.show(1)
        let escalation = try #require((shown["escalations"] as? [[String: Any]])?.first)
        #expect(escalation["state"] as? String == "decided")
        #expect(escalation["replied_at"] is String && escalation["referred_at"] is String)
        #expect(escalation["decision"] as? String == "violation confirmed; the guarantors will raise it at Astana-6")
        let kinds = (shown["history"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(kinds.suffix(4) == ["notice-sent", "replied", "referred", "decided"])
    }

    @Test("statistics per zone, party and day with running totals, and what each side alleged against what was verified")
    func statistics() throws {
        let register = try Register()
        defer { register.remove() }
        // Three violations in Eastern Ghouta on two days, one nationwide (outside zones); one allegation unfounded.
        let cases: [(String, Double, Double, String)] = [
            ("2017-07-15T10:00:00+03:00", douma.lat, douma.lon, "syrian-government"),
            ("2017-07-15T18:00:00+03:00", douma.lat - 0.05, douma.lon + 0.05, "armed-opposition"),
            ("2017-07-16T10:00:00+03:00", douma.lat, douma.lon, "syrian-government"),
            ("2017-07-16T10:00:00+03:00", 34.5604, 38.2678, "syrian-government"),
        ]
        for (index, (time, lat, lon, party)) in cases.enumerated() {
            try register.report(
                reporter: party == "syrian-government" ? "armed-opposition" : "syrian-government", kind: "party",
                at: time, lat: lat, lon: lon, perpetrator: party)
            try register.verify(index + 1, attributeTo: party)
        }
        try register.report(
            reporter: "syrian-government", kind: "party", at: "2017-07-20T10:00:00+03:00", lat: douma.lat,
            lon: douma.lon, perpetrator: "armed-opposition")
        try register.expectSuccess(["incidents", "transition", "5", "--to", "under-review", "--reason", "r", "--as", "monitor"])
        try register.expectSuccess([
            "incidents", "transition", "5", "--to", "unfounded", "--reason", "no impact found", "--evidence", "site-visit",
            "--as", "monitor",
        ])

        func stats(_ by: String, _ extra: [String] = []) throws -> [String: Any] {
            let result = try register.expectSuccess(["stats", "--by", by, "--format", "json"] + extra)
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }
        let byZone = try stats("zone")
        let rows = try #require(byZone["rows"] as? [[String: Any]])
        let zoneRows = rows.map { "\($0["key"]!) \($0["day"]!) \($0["violations"]!) \($0["running_total"]!)" }
        #expect(
            zoneRows == [
                "eastern-ghouta 2017-07-15 2 2", "eastern-ghouta 2017-07-16 1 3", "none 2017-07-16 1 1",
            ])
        let byParty = try stats("party")
        #expect((byParty["totals"] as? [String: Int]) == ["syrian-government": 3, "armed-opposition": 1])
        let byDay = try stats("day", ["--from", "2017-07-16"])
        let dayRows = try #require(byDay["rows"] as? [[String: Any]])
        #expect(dayRows.map { "\($0["day"]!) \($0["violations"]!) \($0["running_total"]!)" } == ["2017-07-16 2 4"])
        let sides = try #require(byZone["sides"] as? [[String: Any]])
        let government = try #require(sides.first { $0["side"] as? String == "party:syrian-government" })
        #expect(government["alleged"] as? Int == 2)
        #expect(government["verified"] as? Int == 1)
        #expect(government["violations"] as? Int == 1)
        #expect(government["unfounded"] as? Int == 1)
        let opposition = try #require(sides.first { $0["side"] as? String == "party:armed-opposition" })
        #expect(opposition["alleged"] as? Int == 3 && opposition["verified"] as? Int == 3)

        // Withdrawing an attribution takes its violation out of the counts.
        try register.expectSuccess([
            "incidents", "attribute", "4", "--party", "none", "--reason", "new evidence points elsewhere", "--as", "monitor",
        ])
        let after = try stats("zone")
        #expect((after["totals"] as? [String: Int])?["none"] == nil)
        #expect((after["totals"] as? [String: Int])?["eastern-ghouta"] == 3)

        // The kept per-side counts equal the same figures computed from scratch over reports and incidents.
        let queue = try DatabaseQueue(path: register.db.path)
        let (kept, live) = try queue.read { db in
            (
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT side, sum(alleged), sum(verified), sum(violations), sum(unfounded) FROM side_day
                        GROUP BY side HAVING sum(alleged) > 0 ORDER BY side
                        """
                ).map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int) \($0[3] as Int) \($0[4] as Int)" },
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT r.source_kind || CASE WHEN r.confidential THEN ' (confidential)' ELSE ':' || r.reporter END AS side,
                            count(DISTINCT i.id),
                            count(DISTINCT CASE WHEN i.state IN ('verified', 'published') THEN i.id END),
                            count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM finding f WHERE f.incident_id = i.id AND f.violation = 1) THEN i.id END),
                            count(DISTINCT CASE WHEN i.state = 'unfounded' THEN i.id END)
                        FROM report r JOIN incident i ON i.id = r.incident_id
                        WHERE r.counted = 1 AND i.merged_into IS NULL GROUP BY 1 ORDER BY 1
                        """
                ).map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int) \($0[3] as Int) \($0[4] as Int)" }
            )
        }
        #expect(kept == live)
        #expect(!kept.isEmpty)
    }
}
