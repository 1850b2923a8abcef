import Foundation
import Testing

@Suite("The JSON API over a real server and SQLite file", .serialized)
struct APITests {
    @Test("file, correlate, verify, attribute, reply and publish through the API; each role sees what it may")
    func workflow() async throws {
        let api = try APIFixture()
        // A monitor, the opposition and (as a guarantor) Turkey report one shelling in Douma.
        let first = try await api.post(
            "api/v1/reports", as: "monitor",
            APIFixture.report(
                kind: "monitor", reporter: "team-douma", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon))
        #expect(first.status == 201, "\(first.body)")
        let incident = try #require(first.object["incident"] as? Int)
        let second = try await api.post(
            "api/v1/reports", as: "opposition",
            APIFixture.report(
                kind: "party", reporter: "armed-opposition", at: "2017-07-15T10:10:00+03:00", lat: douma.lat + 0.009,
                lon: douma.lon + 0.011))
        #expect(second.status == 201, "\(second.body)")
        #expect(second.object["incident"] as? Int == incident)
        #expect((second.object["correlation"] as? [String: Any])?["decision"] as? String == "joined")
        // A party files as itself only.
        let impersonation = try await api.post(
            "api/v1/reports", as: "opposition",
            APIFixture.report(kind: "party", reporter: "syrian-government", at: "2017-07-15T10:10:00+03:00", lat: 33, lon: 36))
        #expect(impersonation.status == 422 && impersonation.body.contains("source.reporter"))

        // Unverified: the public does not see it, the accused government does, the opposition (a reporter) does.
        #expect(try await api.send("GET", "api/v1/incidents/\(incident)").status == 404)
        #expect(try await api.send("GET", "api/v1/incidents/\(incident)", as: "government").status == 200)
        #expect(try await api.send("GET", "api/v1/incidents/\(incident)", as: "opposition").status == 200)
        let publicList = try await api.send("GET", "api/v1/incidents")
        #expect((publicList.object["incidents"] as? [Any])?.isEmpty == true)

        for (to, evidence) in [("under-review", [String]()), ("verified", ["photo:sha256:9f86d081"])] {
            let moved = try await api.post(
                "api/v1/incidents/\(incident)/transitions", as: "monitor", ["to": to, "reason": "checked", "evidence": evidence])
            #expect(moved.status == 200, "\(moved.body)")
        }
        let attributed = try await api.post(
            "api/v1/incidents/\(incident)/attribution", as: "monitor",
            ["party": "syrian-government", "confidence": "high", "reason": "trajectory", "evidence": ["radar:1"]])
        let findings = try #require(attributed.object["findings"] as? [[String: Any]])
        #expect(findings.first?["clause"] as? String == "eastern-ghouta-no-hostilities")
        #expect(findings.first?["party"] as? String == "syrian-government")

        let refused = try await api.post(
            "api/v1/incidents/\(incident)/replies", as: "opposition", ["text": "not ours to answer"])
        #expect(refused.status == 403)
        let reply = try await api.post(
            "api/v1/incidents/\(incident)/replies", as: "government", ["text": "We returned fire.", "evidence": ["statement:1"]])
        #expect(reply.status == 200)
        #expect((reply.object["replies"] as? [[String: Any]])?.count == 1)

        let published = try await api.post(
            "api/v1/incidents/\(incident)/transitions", as: "guarantor", ["to": "published", "reason": "weekly report"])
        #expect(published.status == 200, "\(published.body)")
        let seen = try await api.send("GET", "api/v1/incidents/\(incident)")
        #expect(seen.status == 200)
        let stats = try await api.send("GET", "api/v1/stats?by=zone")
        #expect((stats.object["totals"] as? [String: Int])?["eastern-ghouta"] == 1)
        let publicFindings = try await api.send("GET", "api/v1/findings")
        #expect((publicFindings.json as? [[String: Any]])?.count == 1)

        // Pressure: notice, referral, decision.
        let notice = try await api.post(
            "api/v1/incidents/\(incident)/notices", as: "guarantor",
            ["party": "syrian-government", "due": "2099-01-01", "reason": "zone clause violated"])
        #expect(notice.status == 200, "\(notice.body)")
        let escalation = try #require(notice.object["id"] as? Int)
        let referred = try await api.post("api/v1/escalations/\(escalation)/referral", as: "guarantor", ["reason": "no answer"])
        #expect(referred.object["state"] as? String == "referred")
        let decided = try await api.post("api/v1/escalations/\(escalation)/decision", as: "admin", ["decision": "confirmed"])
        #expect(decided.object["state"] as? String == "decided" && decided.object["decision"] as? String == "confirmed")
        let early = try await api.post("api/v1/escalations/\(escalation)/referral", as: "guarantor", ["reason": "again"])
        #expect(early.status == 422)
    }

    @Test("Idempotency-Key: a retried POST is answered again and applied once; another body with the key is refused")
    func idempotency() async throws {
        let api = try APIFixture()
        let body = APIFixture.report(
            kind: "monitor", reporter: "team-1", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        let first = try await api.post("api/v1/reports", as: "monitor", body, headers: ["Idempotency-Key": "r-1"])
        #expect(first.status == 201)
        let before = try CLI.snapshot(api.register.db)
        let again = try await api.post("api/v1/reports", as: "monitor", body, headers: ["Idempotency-Key": "r-1"])
        #expect(again.status == 201 && again.body == first.body)
        #expect(again.headers["idempotent-replayed"] == "true")
        #expect(try CLI.snapshot(api.register.db) == before)
        var other = body
        other["description"] = "Another account"
        let reused = try await api.post("api/v1/reports", as: "monitor", other, headers: ["Idempotency-Key": "r-1"])
        #expect(reused.status == 422 && reused.body.contains("Idempotency-Key"))
        #expect(try CLI.snapshot(api.register.db) == before)
    }

    @Test("hostile and malformed input gets a 4xx problem naming the field, and the database is unchanged")
    func hostileInput() async throws {
        let api = try APIFixture()
        _ = try await api.post(
            "api/v1/reports", as: "monitor",
            APIFixture.report(
                kind: "monitor", reporter: "team-1", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon))
        let before = try CLI.snapshot(api.register.db)
        var badDate = APIFixture.report(kind: "monitor", reporter: "t", at: "2017-02-30", lat: 33.5, lon: 36.4)
        badDate["time_precision"] = "day"
        var badLatitude = APIFixture.report(kind: "monitor", reporter: "t", at: "2017-07-15", lat: 123.5, lon: 36.4)
        badLatitude["time_precision"] = "day"
        var unknownField = APIFixture.report(
            kind: "monitor", reporter: "t", at: "2017-07-15T10:00:00+03:00", lat: 33.5, lon: 36.4)
        unknownField["severity"] = "high"
        var wrongType = APIFixture.report(kind: "monitor", reporter: "t", at: "2017-07-15T10:00:00+03:00", lat: 33.5, lon: 36.4)
        wrongType["location"] = ["lat": "north", "lon": 36.4]
        let cases: [(String, Data, Int, String)] = [
            ("api/v1/reports", Data("{\"source\": ".utf8), 422, "JSON"),
            ("api/v1/reports", try JSONSerialization.data(withJSONObject: badDate), 422, "observed_at"),
            ("api/v1/reports", try JSONSerialization.data(withJSONObject: badLatitude), 422, "location.lat"),
            ("api/v1/reports", try JSONSerialization.data(withJSONObject: unknownField), 422, "severity"),
            ("api/v1/reports", try JSONSerialization.data(withJSONObject: wrongType), 422, "location.lat"),
            ("api/v1/reports", Data(repeating: 0x61, count: 20 << 20), 413, "limit"),
            ("api/v1/incidents/1/transitions", Data("[1, 2]".utf8), 400, "JSON object"),
            ("api/v1/incidents/1/transitions", Data("{\"to\": true, \"reason\": \"r\"}".utf8), 422, "field 'to'"),
            (
                "api/v1/incidents/1/transitions", Data("{\"to\": \"verified\", \"reason\": \"r\", \"x\": 1}".utf8), 422,
                "field 'x'"
            ),
            ("api/v1/incidents/1/transitions", Data("not json".utf8), 400, "not valid JSON"),
            ("api/v1/incidents/abc/transitions", Data("{}".utf8), 400, "parameter 'id'"),
        ]
        for (path, body, status, words) in cases {
            let answer = try await api.send("POST", path, as: "monitor", body: body)
            #expect(answer.status == status, "\(path) \(words): \(answer.status) \(answer.body.prefix(300))")
            #expect(answer.contentType == "application/problem+json", "\(words)")
            #expect(answer.body.contains(words), "\(words): \(answer.body.prefix(300))")
            #expect(answer.object["status"] as? Int == status)
        }
        for path in [
            "api/v1/incidents?from=2017-13-01", "api/v1/incidents?limit=0", "api/v1/incidents?cursor=zz",
            "api/v1/stats?by=week", "api/v1/incidents?zone=atlantis", "api/v1/nothing-here",
        ] {
            let answer = try await api.send("GET", path, as: "monitor")
            #expect((400..<500).contains(answer.status), "\(path): \(answer.status)")
            #expect(answer.contentType == "application/problem+json", "\(path)")
        }
        #expect(try CLI.snapshot(api.register.db) == before)

        // A description with markup is stored and served as data, never as markup in a JSON answer's type.
        let script = try await api.post(
            "api/v1/reports", as: "monitor",
            APIFixture.report(
                kind: "monitor", reporter: "team-2", at: "2017-08-01T10:00:00+03:00", lat: 35.0, lon: 37.0,
                description: "<script>alert(1)</script>"))
        #expect(script.status == 201)
        let read = try await api.send("GET", "api/v1/reports/\(script.object["report"] as? Int ?? 0)", as: "monitor")
        #expect(read.contentType == "application/json")
        #expect(read.object["description"] as? String == "<script>alert(1)</script>")
    }

    @Test("health, metrics, cursor pagination, zones as GeoJSON, and a clean exit on SIGTERM")
    func serviceRoutes() async throws {
        let api = try APIFixture()
        for minute in 0..<5 {
            _ = try await api.post(
                "api/v1/reports", as: "monitor",
                APIFixture.report(
                    kind: "monitor", reporter: "team-\(minute)", at: "2017-0\(minute + 3)-15T10:00:00+03:00", lat: 35.0,
                    lon: 37.0 + Double(minute)))
        }
        let health = try await api.send("GET", "health")
        #expect(health.status == 200 && health.object["status"] as? String == "ok")
        let metrics = try await api.send("GET", "metrics")
        #expect(metrics.body.contains("truce_incidents{state=\"reported\"} 5"))
        #expect(metrics.body.contains("truce_reports_registered 5"))
        #expect(metrics.body.contains("hb_requests") || metrics.body.contains("hb.requests"))
        var seen: [Int] = []
        var cursor: String? = nil
        repeat {
            let page = try await api.send(
                "GET", "api/v1/incidents?limit=2" + (cursor.map { "&cursor=\($0)" } ?? ""), as: "mediator")
            seen += (page.object["incidents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            cursor = page.object["next_cursor"] as? String
        } while cursor != nil
        #expect(seen == [1, 2, 3, 4, 5])
        let zones = try await api.send("GET", "api/v1/zones")
        #expect(zones.contentType == "application/geo+json")
        let features = try #require(zones.object["features"] as? [[String: Any]])
        #expect(features.compactMap { $0["id"] as? String }.sorted() == ["eastern-ghouta", "idlib", "north-homs", "south"])
        api.server.stop()
        #expect(api.server.process.terminationStatus == 0)
    }
}
