import Foundation
import Testing

@Suite("truce talks rounds")
struct TalksCLITests {
    @Test("--format json lists every round of 2017 with its delegations; a bad file exits 65 naming the field")
    func rounds() throws {
        let register = try Register()
        defer { register.remove() }
        let result = try register.expectSuccess(["talks", "rounds", "--format", "json"])
        let rounds = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rounds.count == 13)
        #expect(rounds.allSatisfy { !(($0["delegations"] as? [Any]) ?? []).isEmpty })
        let geneva = try #require(rounds.first { $0["id"] as? String == "geneva-4" })
        let heads = (geneva["delegations"] as? [[String: Any]] ?? []).compactMap { $0["head"] as? String }
        #expect(heads.contains("Bashar al-Ja'afari"))
        let table = try register.expectSuccess(["talks", "rounds"])
        #expect(table.stdout.contains("Geneva IV (Geneva talks (UN-led)), 2017-02-23 to 2017-03-03"))

        let shipped = try String(
            contentsOf: CLI.root.appendingPathComponent("Sources/TruceScenario/Resources/syria-talks-2017.yaml"),
            encoding: .utf8)
        let bad = register.dir.appendingPathComponent("bad-talks.yaml")
        try shipped.replacingOccurrences(of: "from: 2017-05-03", with: "from: 2017-05-33").write(
            to: bad, atomically: true, encoding: .utf8)
        let refused = try register.run(["talks", "rounds", "--file", bad.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad-talks.yaml:") && refused.stderr.contains("from"), "\(refused.stderr)")
    }
}
