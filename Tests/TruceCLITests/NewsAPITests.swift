import Foundation
import Testing

@Suite("News intake over the API and its page", .serialized)
struct NewsAPITests {
    @Test("an article in, its suggestions listed, one accepted into a media report; bad input 4xx and nothing stored")
    func news() async throws {
        let api = try APIFixture()
        let text = try String(contentsOf: NewsIntakeCLITests.seed, encoding: .utf8)
        let first = try await api.post(
            "api/v1/news/articles", as: "monitor",
            [
                "text": text, "published": "2017-02-27", "outlet": "Press TV",
                "url": "https://www.presstv.ir/Detail/2017/02/27/512345",
            ])
        #expect(first.status == 201, "\(first.body)")
        let suggested = try #require(first.object["suggested"] as? [Int])
        #expect(!suggested.isEmpty)
        let again = try await api.post("api/v1/news/articles", as: "monitor", ["text": text, "published": "2017-02-27"])
        #expect(again.status == 200 && again.object["new_article"] as? Bool == false)

        let shelling = try await api.post(
            "api/v1/news/articles", as: "admin",
            ["text": NewsIntakeCLITests.first, "published": "2017-07-17", "outlet": "Reuters", "url": "javascript:alert(1)"])
        #expect(shelling.status == 201)
        let reports = try await api.send("GET", "api/v1/news/suggestions?kind=report&state=pending", as: "guarantor")
        let report = try #require((reports.json as? [[String: Any]])?.first)
        let id = try #require(report["id"] as? Int)

        // Bad input: 4xx naming the field, nothing stored.
        let before = try CLI.snapshot(api.register.db)
        for (body, mentions) in [
            (["accept": "yes", "reason": "r"], "field 'accept'"),
            (["reason": "r"], "field 'accept'"),
            (["accept": true], "field 'reason'"),
            (["accept": true, "reason": "r", "latitude": 123.5, "longitude": 36.4], "latitude"),
            (["accept": true, "reason": "r", "latitude": 33.57, "longitude": 36.40, "category": "bombing"], "field 'category'"),
            (["accept": true, "reason": "r", "latitude": 33.57, "longitude": 36.40, "date": "2017-07-32"], "field 'date'"),
            (["accept": true, "reason": "r", "colour": "red"], "colour"),
        ] as [([String: Any], String)] {
            let answer = try await api.post("api/v1/news/suggestions/\(id)/decision", as: "monitor", body)
            #expect(answer.status == 422 && answer.body.contains(mentions), "\(body): \(answer.status) \(answer.body)")
        }
        for (body, mentions) in [
            (["text": "x", "published": "27/02/2017"], "field 'published'"),
            (["published": "2017-02-27"], "field 'text'"),
            (["text": "x", "published": "2017-02-27", "outlet": String(repeating: "o", count: 600)], "field 'outlet'"),
            (["text": "\u{0}\u{1}\u{2}binary", "published": "2017-02-27"], "field 'text'"),
        ] as [([String: Any], String)] {
            let answer = try await api.post("api/v1/news/articles", as: "monitor", body)
            #expect(answer.status == 422 && answer.body.contains(mentions), "\(body): \(answer.status) \(answer.body)")
        }
        let party = try await api.post(
            "api/v1/news/suggestions/\(id)/decision", as: "government", ["accept": false, "reason": "no"])
        #expect(party.status == 403)
        let partyReads = try await api.send("GET", "api/v1/news/suggestions", as: "government")
        #expect(partyReads.status == 403)
        let partyPage = try await api.send("GET", "news", as: "government")
        #expect(partyPage.status == 403)
        #expect(try await api.send("GET", "api/v1/news/suggestions?state=maybe", as: "admin").status == 400)
        #expect(try await api.send("GET", "api/v1/news/suggestions/99999", as: "admin").status == 404)
        #expect(try CLI.snapshot(api.register.db) == before)

        let accepted = try await api.post(
            "api/v1/news/suggestions/\(id)/decision", as: "monitor",
            [
                "accept": true, "reason": "consistent with the monitors' logs", "latitude": 33.5719, "longitude": 36.4025,
                "perpetrator": "syrian-government",
            ], headers: ["Idempotency-Key": "d-1"])
        #expect(accepted.status == 200 && accepted.object["state"] as? String == "accepted", "\(accepted.body)")
        let reportID = try #require(accepted.object["report"] as? Int)
        let filed = try await api.send("GET", "api/v1/reports/\(reportID)", as: "monitor")
        #expect(filed.status == 200 && filed.body.contains("Reuters"), "\(filed.body)")
        let replay = try await api.post(
            "api/v1/news/suggestions/\(id)/decision", as: "monitor",
            [
                "accept": true, "reason": "consistent with the monitors' logs", "latitude": 33.5719, "longitude": 36.4025,
                "perpetrator": "syrian-government",
            ], headers: ["Idempotency-Key": "d-1"])
        #expect(replay.status == 200 && replay.headers["idempotent-replayed"] == "true")

        // An accepted talks suggestion shows on its round's page; the javascript: address is never a link.
        let talks = try await api.send("GET", "api/v1/news/suggestions?kind=talks&state=pending", as: "admin")
        let meeting = try #require(
            (talks.json as? [[String: Any]])?.first { ($0["date"] as? String) == "2017-02-26" })
        let meetingID = try #require(meeting["id"] as? Int)
        let kept = try await api.post(
            "api/v1/news/suggestions/\(meetingID)/decision", as: "admin", ["accept": true, "reason": "the envoy's meetings"])
        #expect(kept.status == 200)
        let round = try await api.send("GET", "talks/rounds/geneva-4")
        #expect(round.body.contains("id=\"round-news\"") && round.body.contains("presstv.ir"), "\(round.body.suffix(1500))")
        let page = try await api.send("GET", "news?state=all", as: "admin")
        #expect(page.status == 200 && !page.body.contains("href=\"javascript:"))
        #expect(try api.register.run(["log", "verify"]).status == 0)
    }
}
