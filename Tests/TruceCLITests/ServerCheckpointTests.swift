import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("The server signs checkpoints as the log grows", .serialized)
struct ServerCheckpointTests {
    @Test("a change made through the API gets a signed checkpoint covering it, without truce log checkpoint")
    func signsAfterChanges() async throws {
        let register = try Register()
        defer { register.remove() }
        try register.expectSuccess(["log", "keygen", "--origin", "truce.test/server"])
        let add = try register.run(
            ["user", "add", "monitor", "--role", "monitor", "--password-stdin"],
            stdin: Data("correct horse battery staple\n".utf8))
        #expect(add.status == 0)
        let token = try register.expectSuccess(["user", "token", "monitor"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try TestServer(["serve", "--db", register.db.path, "--port", "0"], in: register.dir)
        defer { server.stop() }
        var request = URLRequest(url: URL(string: "api/v1/reports", relativeTo: server.url)!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONSerialization.data(
            withJSONObject: APIFixture.report(
                kind: "monitor", reporter: "team-1", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon))
        let (_, response) = try await TestHTTP.session.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 201)
        let size = try TestLog.size(register.db)
        #expect(size >= 2)  // the agreement and the report
        // Within a few signing intervals, a checkpoint covers the whole log, and it verifies.
        var signed = 0
        let deadline = Date().addingTimeInterval(30)
        while signed < size && Date() < deadline {
            try await Task.sleep(nanoseconds: 500_000_000)
            let answer = try await TestHTTP.get(URL(string: "log/checkpoint", relativeTo: server.url)!)
            if answer.status == 200, let note = TestNote(answer.body) { signed = note.size }
        }
        #expect(signed == size, "no checkpoint of size \(size) was signed: \(server.output.suffix(1000))")
        let verify = try register.run(["log", "verify"])
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
    }
}
