import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A running `truce serve` over a scratch register with one account and token per role.
final class APIFixture: @unchecked Sendable {
    let register: Register
    let server: TestServer
    /// Bearer tokens by account name.
    let tokens: [String: String]

    /// The accounts: name, role argument and party.
    static let accounts: [(name: String, role: String, party: String?)] = [
        ("admin", "admin", nil), ("monitor", "monitor", nil), ("guarantor", "guarantor", nil),
        ("mediator", "mediator", nil), ("government", "party", "syrian-government"),
        ("opposition", "party", "armed-opposition"),
    ]

    init() throws {
        register = try Register()
        var tokens: [String: String] = [:]
        for (name, role, party) in Self.accounts {
            let add = try register.run(
                ["user", "add", name, "--role", role, "--password-stdin"] + (party.map { ["--party", $0] } ?? []),
                stdin: Data("correct horse battery staple\n".utf8))
            #expect(add.status == 0, "\(add.stderr)")
            let token = try register.expectSuccess(["user", "token", name])
            tokens[name] = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        self.tokens = tokens
        try register.expectSuccess(["talks", "load"])
        server = try TestServer(["serve", "--db", register.db.path, "--port", "0"], in: register.dir)
    }

    deinit {
        server.stop()
        register.remove()
    }

    struct Answer {
        var status: Int
        var contentType: String
        var body: String
        var headers: [String: String]

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
    }

    /// Sends a request as an account (nil: anonymous).
    func send(
        _ method: String, _ path: String, as account: String? = nil, body: Data? = nil, headers: [String: String] = [:]
    ) async throws -> Answer {
        var request = URLRequest(url: URL(string: path, relativeTo: server.url)!)
        request.httpMethod = method
        request.httpBody = body
        if let account { request.setValue("Bearer \(tokens[account]!)", forHTTPHeaderField: "Authorization") }
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await TestHTTP.session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields["\(key)".lowercased()] = "\(value)" }
        return Answer(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: String(decoding: data, as: UTF8.self), headers: fields)
    }

    /// Sends a JSON object.
    func post(_ path: String, as account: String?, _ object: [String: Any], headers: [String: String] = [:]) async throws
        -> Answer
    {
        try await send(
            "POST", path, as: account, body: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            headers: headers)
    }

    /// A report body.
    static func report(
        kind: String, reporter: String, at time: String, lat: Double, lon: Double, description: String = "Shelling",
        confidential: Bool = false, perpetrator: String = "syrian-government"
    ) -> [String: Any] {
        [
            "source": ["kind": kind, "reporter": reporter, "confidential": confidential], "observed_at": time,
            "time_precision": "exact", "location": ["lat": lat, "lon": lon, "precision_m": 500], "category": "shelling",
            "perpetrator": perpetrator, "description": description,
        ]
    }
}
