import Foundation
import Testing

@Suite("Findings on the Syria scenario's real cases, through the CLI")
struct AdjudicationScenarioTests {
    @Test("an air strike by the government on an excluded group's position is not a violation: target excluded")
    func targetExcluded() throws {
        let register = try Register()
        defer { register.remove() }
        // Idlib, inside the Idlib zone, after the memorandum: only the target makes it lawful under the truce.
        try register.report(
            reporter: "team-idlib", kind: "monitor", at: "2017-07-15T11:00:00+03:00", lat: 35.93, lon: 36.63,
            category: "air-strike", target: "hts")
        try register.verify(1, attributeTo: "syrian-government")
        let findings = try register.findings(1)
        #expect(findings.count == 1)
        #expect(findings[0]["violation"] as? Bool == false)
        #expect(findings[0]["reason"] as? String == "target-excluded")
        #expect(findings[0]["clause"] is NSNull)
        #expect(findings[0]["party"] is NSNull)
        let explanation = try #require(findings[0]["explanation"] as? [String])
        #expect(explanation.contains { $0.contains("hts") && $0.contains("excludes") })
    }

    @Test("government shelling in Eastern Ghouta on 2017-07-15 violates the zone clause, attributed to the government")
    func zoneClause() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.verify(1, attributeTo: "syrian-government")
        let shown = try register.show(1)
        let attribution = try #require(shown["attribution"] as? [String: Any])
        #expect(attribution["party"] as? String == "syrian-government")
        #expect(attribution["confidence"] as? String == "high")
        let findings = try #require(shown["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings[0]["violation"] as? Bool == true)
        #expect(findings[0]["clause"] as? String == "eastern-ghouta-no-hostilities")
        #expect(findings[0]["zone"] as? String == "eastern-ghouta")
        #expect(findings[0]["party"] as? String == "syrian-government")
        #expect(findings[0]["reason"] as? String == "violation")
    }

    @Test("the same shelling on 2017-04-15, before the memorandum, violates the nationwide clause and no zone clause")
    func beforeMemorandum() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-04-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        try register.verify(1, attributeTo: "syrian-government")
        let findings = try register.findings(1)
        #expect(findings.count == 1)
        #expect(findings[0]["violation"] as? Bool == true)
        #expect(findings[0]["clause"] as? String == "cessation-of-attacks")
        #expect(findings[0]["zone"] is NSNull)
        #expect(findings[0]["party"] as? String == "syrian-government")
        #expect(!findings.contains { ($0["clause"] as? String)?.hasPrefix("eastern-ghouta") == true })
    }

    @Test("an unattributed explosion gives no finding against any party")
    func unattributed() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon,
            category: "explosive-device", perpetrator: nil)
        try register.verify(1, attributeTo: nil)
        let all = try register.expectSuccess(["findings", "--all", "--format", "json"])
        let allRows = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(allRows.map { $0["reason"] as? String } == ["unattributed"])
        let findings = try register.findings(1)
        #expect(findings.count == 1)
        #expect(findings[0]["violation"] as? Bool == false)
        #expect(findings[0]["reason"] as? String == "unattributed")
        #expect(findings[0]["party"] is NSNull)
        #expect(findings[0]["clause"] is NSNull)
        for party in ["syrian-government", "armed-opposition"] {
            let listed = try register.expectSuccess(["findings", "--party", party, "--format", "json"])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any])
            #expect(rows.isEmpty)
        }
    }

    @Test("an unverified incident is not adjudicated; its finding says so")
    func notVerified() throws {
        let register = try Register()
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        let findings = try register.findings(1)
        #expect(findings.map { $0["reason"] as? String } == ["not-verified"])
        #expect(findings[0]["violation"] as? Bool == false)
    }

    @Test("an amendment that adds a zone re-adjudicates the incidents inside it, and the log records it and verifies")
    func amendmentReadjudicates() throws {
        let register = try Register(agreement: try Register.agreementWithoutMemorandum())
        defer { register.remove() }
        try register.report(
            reporter: "team-douma", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: douma.lat, lon: douma.lon)
        // Palmyra, outside every zone: its finding must not change.
        try register.report(
            reporter: "team-palmyra", kind: "monitor", at: "2017-07-15T10:00:00+03:00", lat: 34.5604, lon: 38.2678)
        try register.verify(1, attributeTo: "syrian-government")
        try register.verify(2, attributeTo: "syrian-government")
        #expect(try register.findings(1).map { $0["clause"] as? String } == ["cessation-of-attacks"])
        let palmyraBefore = try register.findings(2).map { $0["clause"] as? String }

        let amended = try register.expectSuccess(["agreement", "load", Register.agreementFile.path])
        #expect(amended.status == 0)
        let after = try register.findings(1)
        #expect(after.map { $0["clause"] as? String } == ["eastern-ghouta-no-hostilities"])
        #expect(after[0]["zone"] as? String == "eastern-ghouta")
        #expect(try register.findings(2).map { $0["clause"] as? String } == palmyraBefore)

        let history = try #require(try register.show(1)["history"] as? [[String: Any]])
        let adjudications = history.filter { $0["kind"] as? String == "adjudicated" }
        #expect(adjudications.count == 3)  // unattributed on verification, nationwide on attribution, zone on amendment
        #expect((adjudications.last?["reason"] as? String)?.contains("eastern-ghouta-no-hostilities") == true)
        #expect(adjudications.allSatisfy { $0["log_index"] is Int })
        let verify = try register.run(["log", "verify"])
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
    }
}
