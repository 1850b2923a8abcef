import Foundation
import GRDB
import Testing

@Suite("Confidential content in the log")
struct ConfidentialEntryTests {
    static let report = """
        {
          "external_id": "monitor-confidential-1",
          "source": { "kind": "monitor", "reporter": "informant-7 in Douma", "confidential": true },
          "observed_at": "2017-06-12T14:30:00+03:00",
          "location": { "lat": 33.57, "lon": 36.40 },
          "category": "shelling",
          "description": "Account given in confidence by informant-7.",
          "language": "en"
        }
        """

    @Test("a confidential report's entry holds only salted commitments, and the disclosure matches them")
    func commitmentsAndDisclosure() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite")
        #expect(try CLI.run(["agreement", "load", BadInputTests.agreementFile, "--db", db.path], in: dir).status == 0)
        let added = try CLI.run(["report", "add", "--json", "-", "--db", db.path], in: dir, stdin: Data(Self.report.utf8))
        #expect(added.status == 0, "\(added.stderr)")

        // The public entry: no trace of the reporter or the account, only commitments.
        let entry = try TestLog.entries(db)[1]
        let text = String(decoding: entry, as: UTF8.self)
        #expect(!text.contains("informant-7"), "\(text)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(entry)) as? [String: Any])
        let report = try #require((object["content"] as? [String: Any])?["report"] as? [String: Any])
        let source = try #require(report["source"] as? [String: Any])
        let reporterDigest = try #require((source["reporter"] as? [String: Any])?["commitment"] as? String)
        let descriptionDigest = try #require((report["description"] as? [String: Any])?["commitment"] as? String)
        #expect(source["confidential"] as? Bool == true)
        #expect(reporterDigest.hasPrefix("sha256:") && descriptionDigest.hasPrefix("sha256:"))

        // The disclosure: salt and canonical value; SHA-256(salt ‖ value) is the logged digest (computed here by
        // the tests' own SHA-256), and a wrong value does not match.
        let disclosed = try CLI.run(["log", "disclose", "1", "--db", db.path], in: dir)
        #expect(disclosed.status == 0, "\(disclosed.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(disclosed.stdout.utf8)) as? [String: Any])
        let items = try #require(answer["disclosures"] as? [[String: String]])
        #expect(items.map { $0["field"] } == ["report.description", "report.source.reporter"])
        func digest(_ item: [String: String]) -> String {
            let salt = Array(Data(base64Encoded: item["salt"] ?? "") ?? Data())
            return "sha256:"
                + TestSHA256.hash(salt + Array((item["value"] ?? "").utf8)).map { String(format: "%02x", $0) }
                .joined()
        }
        #expect(items[1]["value"] == "\"informant-7 in Douma\"")
        #expect(digest(items[1]) == reporterDigest)
        #expect(digest(items[0]) == descriptionDigest)
        var forged = items[1]
        forged["value"] = "\"someone else\""
        #expect(digest(forged) != reporterDigest)

        // An entry without confidential content has nothing to disclose.
        let none = try CLI.run(["log", "disclose", "0", "--db", db.path], in: dir)
        #expect(none.status == 65, "\(none.stdout) \(none.stderr)")
    }
}
