import Foundation
import GRDB
import Testing

@Suite("The talks over the API", .serialized)
struct TalksAPITests {
    @Test("rounds, commitments, steps with who/when/why, scorecards; bad input answers 4xx problem+json and stores nothing")
    func talks() async throws {
        let api = try APIFixture()
        let round = try await api.send("GET", "api/v1/talks/rounds/geneva-4")
        #expect(round.status == 200)
        let delegations = try #require(round.object["delegations"] as? [[String: Any]])
        #expect(
            delegations.contains {
                $0["head"] as? String == "Bashar al-Ja'afari" && $0["party"] as? String == "syrian-government"
            })
        #expect(Set(delegations.compactMap { $0["platform"] as? String }) == ["hnc", "cairo-platform", "moscow-platform"])
        let meetings = try #require(round.object["meetings"] as? [[String: Any]])
        #expect(meetings.filter { $0["date"] as? String == "2017-02-26" && $0["kind"] as? String == "proximity" }.count == 2)
        let rounds = try await api.send("GET", "api/v1/talks/rounds")
        #expect((rounds.json as? [Any])?.count == 13)

        // 1 → 3 → broken, by a mediator and a guarantor; a retry with the same key is answered once.
        let path = "api/v1/talks/commitments/humanitarian-access-zones/steps"
        let full = try await api.post(
            path, as: "mediator", ["status": "3", "at": "2017-06-01", "reason": "convoys reached all four areas"],
            headers: ["Idempotency-Key": "step-1"])
        #expect(full.status == 201, "\(full.body)")
        let replay = try await api.post(
            path, as: "mediator", ["status": "3", "at": "2017-06-01", "reason": "convoys reached all four areas"],
            headers: ["Idempotency-Key": "step-1"])
        #expect(replay.status == 201 && replay.headers["idempotent-replayed"] == "true" && replay.body == full.body)
        let broken = try await api.post(
            path, as: "guarantor",
            ["status": "broken", "at": "2017-07-16", "reason": "convoys stopped", "evidence": ["news:reuters-2017-07-16"]])
        #expect(broken.status == 201, "\(broken.body)")
        let shown = try await api.send("GET", "api/v1/talks/commitments/humanitarian-access-zones")
        let steps = try #require(shown.object["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["1", "3", "broken"])
        #expect(steps.dropFirst().map { $0["by"] as? String } == ["mediator (mediator)", "guarantor (guarantor)"])
        #expect(steps.dropFirst().allSatisfy { $0["log_index"] is Int && ($0["recorded_at"] as? String) != nil })
        let brokenOnes = try await api.send("GET", "api/v1/talks/commitments?status=broken&process=astana")
        #expect((brokenOnes.json as? [[String: Any]])?.map { $0["id"] as? String } == ["humanitarian-access-zones"])
        let earlier = try await api.send("GET", "api/v1/talks/commitments?status=1&on=2017-05-31&party=syrian-government")
        #expect((earlier.json as? [[String: Any]])?.map { $0["id"] as? String } == ["humanitarian-access-zones"])
        let cards = try await api.send("GET", "api/v1/talks/scorecards?party=syrian-government&from=2017-01-01&to=2017-12-31")
        let card = try #require((cards.json as? [[String: Any]])?.first)
        #expect(card["commitments"] as? [String: Int] == ["0": 0, "1": 1, "2": 0, "3": 0, "broken": 1])
        #expect(
            (try await api.send("GET", "api/v1/talks/documents").json as? [[String: Any]])?.contains {
                $0["agreement"] as? String == "deescalation-memorandum"
            } == true)

        // Bad input: each answers a 4xx problem naming the field or parameter, and nothing is stored.
        let before = try CLI.snapshot(api.register.db)
        let bad: [(body: [String: Any], mentions: String)] = [
            (["status": "7", "reason": "r"], "field 'status'"),
            (["status": "2", "at": "2017-08-01"], "field 'reason': a reason is required"),
            (["status": "2", "at": "2017-07-01", "reason": "r"], "field 'at'"),
            (["status": "2", "at": "2017-02-30", "reason": "r"], "field 'at'"),
            (["status": "2", "reason": "r", "colour": "red"], "colour"),
            (["status": 2, "reason": "r"], "field 'status'"),
            (["status": "2", "at": "2017-08-01", "reason": "r", "evidence": ["incident:77"]], "evidence[0]"),
        ]
        for item in bad {
            let answer = try await api.post(path, as: "admin", item.body)
            #expect(answer.status == 422, "\(item.body): \(answer.status) \(answer.body)")
            #expect(answer.contentType == "application/problem+json" && answer.body.contains(item.mentions), "\(answer.body)")
        }
        for (query, mentions) in [
            ("api/v1/talks/commitments?status=9", "parameter 'status'"),
            ("api/v1/talks/commitments?party=hezbollah", "parameter 'party'"),
            ("api/v1/talks/commitments?process=sochi", "parameter 'process'"),
            ("api/v1/talks/commitments?on=2017-13-01", "parameter 'on'"),
            ("api/v1/talks/scorecards?party=hezbollah", "parameter 'party'"),
            ("api/v1/talks/scorecards?from=yesterday", "parameter 'from'"),
            ("api/v1/talks/rounds/Geneva%204", "parameter 'id'"),
        ] {
            let answer = try await api.send("GET", query)
            #expect(answer.status == 400 && answer.body.contains(mentions), "\(query): \(answer.status) \(answer.body)")
        }
        let missing = try await api.send("GET", "api/v1/talks/rounds/geneva-9")
        #expect(missing.status == 404 && missing.contentType == "application/problem+json")
        let nobody = try await api.post("api/v1/talks/commitments/no-such/steps", as: "admin", ["status": "2", "reason": "r"])
        #expect(nobody.status == 404)
        let party = try await api.post(path, as: "government", ["status": "3", "reason": "we delivered"])
        #expect(party.status == 403 && party.body.contains("may not assess commitments"))
        #expect(try CLI.snapshot(api.register.db) == before)
        let verify = try api.register.run(["log", "verify"])
        #expect(verify.status == 0, "\(verify.stderr)")
    }
}
