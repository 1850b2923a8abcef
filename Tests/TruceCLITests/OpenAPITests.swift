import Foundation
import Testing

@Suite("The OpenAPI document matches the routes served", .serialized)
struct OpenAPITests {
    /// `METHOD /path` for every operation of the committed document (its paths are two-space keys, its methods
    /// four-space keys, as the file is written).
    static func documentedOperations(_ text: String) -> [String] {
        var operations: [String] = []
        var path: String?
        var inPaths = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" {
                inPaths = true
                continue
            }
            guard inPaths else { continue }
            if line.hasPrefix("  /") && line.hasSuffix(":") && !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if let path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete"].contains(String(method)) {
                    operations.append(method.uppercased() + " " + path)
                }
            }
        }
        return operations
    }

    @Test("every route is documented, every documented operation is served, and /api/openapi.yaml is the committed file")
    func routesMatch() async throws {
        let api = try APIFixture()
        let file = try String(
            contentsOf: CLI.root.appendingPathComponent("Sources/TruceServer/Resources/openapi.yaml"), encoding: .utf8)
        #expect(file.hasPrefix("openapi: 3.1.0"))
        let served = try await api.send("GET", "api/openapi.yaml")
        #expect(served.status == 200 && served.body == file)

        let documented = Set(Self.documentedOperations(file))
        let index = try await api.send("GET", "api/v1")
        let routes = Set(try #require(index.json as? [String]))
        #expect(routes.count >= 20)
        #expect(
            routes == documented,
            "served but not documented: \(routes.subtracting(documented)); documented but not served: \(documented.subtracting(routes))"
        )

        // Each documented operation reaches a handler: whatever it answers, it is not the router's "no such route".
        for operation in documented.sorted() {
            let parts = operation.split(separator: " ", maxSplits: 1)
            let path = String(parts[1].dropFirst()).replacingOccurrences(of: "{id}", with: "1")
            let answer =
                parts[0] == "POST"
                ? try await api.post(path, as: "admin", [:])
                : try await api.send("GET", path, as: "admin")
            #expect(!answer.body.contains("no such resource"), "\(operation) is not routed: \(answer.status)")
            #expect(answer.status != 405, "\(operation)")
        }
        let missing = try await api.send("GET", "api/v1/no-such-route", as: "admin")
        #expect(missing.status == 404 && missing.body.contains("no such resource"))
    }
}
