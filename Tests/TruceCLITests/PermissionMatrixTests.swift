import Foundation
import Testing

@Suite("The permission matrix, route by route and role by role", .serialized)
struct PermissionMatrixTests {
    /// The callers: anonymous (nil) and one account per role.
    static let callers: [String?] = [nil, "admin", "monitor", "guarantor", "mediator", "government", "opposition"]

    /// Expected status per caller, in `callers` order.
    static func expect(
        _ anonymous: Int, admin: Int, monitor: Int, guarantor: Int, mediator: Int, government: Int, opposition: Int
    )
        -> [Int]
    {
        [anonymous, admin, monitor, guarantor, mediator, government, opposition]
    }

    @Test("every route × every role answers the expected status; parties and the public never see a confidential source")
    func matrix() async throws {
        let api = try APIFixture()
        // Incident 1: a confidential informant's report accusing the government, not yet verified.
        let filed = try await api.post(
            "api/v1/reports", as: "monitor",
            APIFixture.report(
                kind: "monitor", reporter: "informant-secret", at: "2017-07-15T10:00:00+03:00", lat: douma.lat,
                lon: douma.lon, description: "Seen from the informant's window", confidential: true))
        #expect(filed.status == 201, "\(filed.body)")

        let reads: [(String, [Int])] = [
            (
                "health",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "metrics",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/incidents",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/incidents/1",
                Self.expect(404, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 404)
            ),
            (
                "api/v1/reports/1",
                Self.expect(401, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 404, opposition: 404)
            ),
            (
                "api/v1/findings",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/stats?sides=true",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/agreements",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/zones",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/talks/rounds/geneva-4",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/talks/commitments?party=syrian-government",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/talks/scorecards",
                Self.expect(200, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 200, opposition: 200)
            ),
            (
                "api/v1/news/suggestions",
                Self.expect(401, admin: 200, monitor: 200, guarantor: 200, mediator: 200, government: 403, opposition: 403)
            ),
        ]
        // POST bodies that pass the permission check and then fail validation: an allowed role gets 422, a role
        // that may not gets 403, an anonymous caller 401. Nothing is stored by any of them.
        let writes: [(String, [Int])] = [
            (
                "api/v1/reports",
                Self.expect(401, admin: 422, monitor: 422, guarantor: 422, mediator: 403, government: 422, opposition: 422)
            ),
            (
                "api/v1/incidents/1/transitions",
                Self.expect(401, admin: 422, monitor: 422, guarantor: 422, mediator: 403, government: 403, opposition: 403)
            ),
            (
                "api/v1/incidents/1/attribution",
                Self.expect(401, admin: 422, monitor: 422, guarantor: 403, mediator: 403, government: 403, opposition: 403)
            ),
            (
                "api/v1/incidents/1/replies",
                Self.expect(401, admin: 403, monitor: 403, guarantor: 403, mediator: 403, government: 422, opposition: 422)
            ),
            (
                "api/v1/incidents/1/merge",
                Self.expect(401, admin: 422, monitor: 422, guarantor: 403, mediator: 403, government: 403, opposition: 403)
            ),
            (
                "api/v1/incidents/1/split",
                Self.expect(401, admin: 422, monitor: 422, guarantor: 403, mediator: 403, government: 403, opposition: 403)
            ),
            (
                "api/v1/talks/commitments/detainee-release/steps",
                Self.expect(401, admin: 422, monitor: 403, guarantor: 422, mediator: 422, government: 403, opposition: 403)
            ),
            (
                "api/v1/news/articles",
                Self.expect(401, admin: 422, monitor: 422, guarantor: 403, mediator: 403, government: 403, opposition: 403)
            ),
            (
                "api/v1/news/suggestions/1/decision",
                Self.expect(401, admin: 422, monitor: 422, guarantor: 403, mediator: 403, government: 403, opposition: 403)
            ),
        ]
        let before = try CLI.snapshot(api.register.db)
        var checked = 0
        for (path, statuses) in reads {
            for (caller, status) in zip(Self.callers, statuses) {
                let answer = try await api.send("GET", path, as: caller)
                #expect(
                    answer.status == status,
                    "GET \(path) as \(caller ?? "anonymous"): \(answer.status) \(answer.body.prefix(200))")
                if caller == nil || caller == "government" || caller == "opposition" || caller == "guarantor"
                    || caller == "mediator"
                {
                    #expect(!answer.body.contains("informant-secret"), "GET \(path) as \(caller ?? "anonymous") shows the source")
                    #expect(
                        !answer.body.contains("informant's window"), "GET \(path) as \(caller ?? "anonymous") shows its account")
                }
                if status >= 400 { #expect(answer.contentType == "application/problem+json", "GET \(path)") }
                checked += 1
            }
        }
        for (path, statuses) in writes {
            for (caller, status) in zip(Self.callers, statuses) {
                let answer = try await api.post(path, as: caller, [:])
                #expect(
                    answer.status == status,
                    "POST \(path) as \(caller ?? "anonymous"): \(answer.status) \(answer.body.prefix(200))")
                #expect(answer.contentType == "application/problem+json", "POST \(path) as \(caller ?? "anonymous")")
                checked += 1
            }
        }
        #expect(checked == (reads.count + writes.count) * Self.callers.count)
        #expect(try CLI.snapshot(api.register.db) == before, "a refused or invalid request changed the database")
        // Asking for another state does not widen what the public sees, in the API or in the pages.
        let filtered = try await api.send("GET", "api/v1/incidents?state=reported")
        #expect((filtered.object["incidents"] as? [Any])?.isEmpty == true, "\(filtered.body.prefix(300))")
        let page = try await api.send("GET", "incidents?state=reported")
        #expect(page.status == 200 && !page.body.contains("data-id=\"1\""))
        #expect(try await api.send("GET", "incidents?state=reported", as: "monitor").body.contains("data-id=\"1\""))
        // The monitor sees the source; that is what the matrix protects from the others.
        #expect(try await api.send("GET", "api/v1/incidents/1", as: "monitor").body.contains("informant-secret"))
    }
}
