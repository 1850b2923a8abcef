import Foundation
import Testing
import TruceCore

@Suite("Adjudication against the Syria 2016–2017 agreement")
struct AdjudicatorTests {
    static let agreement: Agreement = {
        // The shipped scenario file; a decoding failure fails every test below.
        (try? AgreementDecoder().decode(try Fixtures.scenarioSource(), file: "syria.yaml"))!
    }()

    /// Douma, in the Eastern Ghouta outline.
    static let douma = GeoPoint(latitude: 33.5719, longitude: 36.4025)
    /// Palmyra, far from every de-escalation zone.
    static let palmyra = GeoPoint(latitude: 34.5604, longitude: 38.2678)

    static func incident(
        _ day: String, at point: GeoPoint, category: ReportCategory, by party: String?, target: ActorReference? = nil,
        state: VerificationState = .verified
    ) -> Incident {
        let parser = TimestampParser(timeZone: agreement.timeZone)
        return Incident(
            id: 1, agreementID: agreement.id, state: state,
            attribution: party.map { .attributed(actorID: $0, confidence: .high) } ?? .unattributed,
            observed: ObservedTime(epochSeconds: parser.parse(day + "T10:00:00")!.epochSeconds, precision: .exact),
            location: Location(point: point, precisionMetres: 100), category: category,
            perpetrator: party.map { .known(id: $0) }, target: target, casualties: .none, reportIDs: [1], externalIDs: [])
    }

    @Test("the Douma point is inside the Eastern Ghouta outline and Palmyra in no zone (the fixtures' premise)")
    func premise() {
        let zones = ZoneIndex(zones: Self.agreement.allZones)
        #expect(zones.zones(containing: Self.douma).map(\.id) == ["eastern-ghouta"])
        #expect(zones.zones(containing: Self.palmyra).isEmpty)
    }

    @Test("shelling by the government in the Eastern Ghouta zone on 2017-07-15 violates the zone clause")
    func zoneViolation() {
        let findings = Adjudicator(agreement: Self.agreement).findings(
            for: Self.incident("2017-07-15", at: Self.douma, category: .shelling, by: "syrian-government"))
        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(finding.violation && finding.reason == .violation)
        #expect(finding.clauseID == "eastern-ghouta-no-hostilities")
        #expect(finding.zoneID == "eastern-ghouta")
        #expect(finding.partyID == "syrian-government")
        #expect(finding.explanation.contains { $0.contains("instead of cessation-of-attacks") }, "\(finding.explanation)")
    }

    @Test("the same shelling on 2017-04-15, before the memorandum, violates the nationwide clause and no zone clause")
    func beforeTheMemorandum() {
        let findings = Adjudicator(agreement: Self.agreement).findings(
            for: Self.incident("2017-04-15", at: Self.douma, category: .shelling, by: "syrian-government"))
        #expect(findings.map(\.clauseID) == ["cessation-of-attacks"])
        #expect(findings.allSatisfy { $0.violation && $0.zoneID == nil && $0.partyID == "syrian-government" })
        #expect(findings[0].explanation.contains { $0.contains("no zone in force") }, "\(findings[0].explanation)")
    }

    @Test("an air strike by the government on an excluded group's position is not a violation: target excluded")
    func targetExcluded() {
        let findings = Adjudicator(agreement: Self.agreement).findings(
            for: Self.incident(
                "2017-07-15", at: Self.palmyra, category: .airStrike, by: "syrian-government", target: .known(id: "isil")))
        #expect(findings.count == 1)
        #expect(!findings[0].violation && findings[0].reason == .targetExcluded)
        #expect(findings[0].partyID == nil)
    }

    @Test("an unattributed explosion yields no finding against any party")
    func unattributed() {
        let findings = Adjudicator(agreement: Self.agreement).findings(
            for: Self.incident("2017-07-15", at: Self.douma, category: .explosiveDevice, by: nil))
        #expect(findings.count == 1)
        #expect(!findings[0].violation && findings[0].reason == .unattributed && findings[0].partyID == nil)
    }

    @Test("an amendment that adds a zone changes the findings on the incidents inside it")
    func amendmentReadjudicates() {
        var withoutMemorandum = Self.agreement
        withoutMemorandum.amendments.removeAll { $0.id == "deescalation-memorandum" }
        let incident = Self.incident("2017-07-15", at: Self.douma, category: .shelling, by: "syrian-government")
        let before = Adjudicator(agreement: withoutMemorandum).findings(for: incident)
        let after = Adjudicator(agreement: Self.agreement).findings(for: incident)
        #expect(before.map(\.clauseID) == ["cessation-of-attacks"])
        #expect(after.map(\.clauseID) == ["eastern-ghouta-no-hostilities"])
    }

    @Test("each other rule: not verified, before entry into force, excluded perpetrator, not a party, not prohibited")
    func otherRules() {
        let adjudicator = Adjudicator(agreement: Self.agreement)
        func reason(_ incident: Incident) -> FindingReason? {
            let findings = adjudicator.findings(for: incident)
            return findings.count == 1 && !findings[0].violation ? findings[0].reason : nil
        }
        #expect(
            reason(Self.incident("2017-07-15", at: Self.douma, category: .shelling, by: "syrian-government", state: .reported))
                == .notVerified)
        #expect(
            reason(Self.incident("2016-12-01", at: Self.douma, category: .shelling, by: "syrian-government"))
                == .beforeEntryIntoForce)
        #expect(reason(Self.incident("2017-07-15", at: Self.douma, category: .shelling, by: "isil")) == .perpetratorExcluded)
        #expect(
            reason(Self.incident("2017-07-15", at: Self.douma, category: .shelling, by: "no-such-actor")) == .perpetratorNotAParty
        )
        #expect(
            reason(Self.incident("2017-07-15", at: Self.palmyra, category: .other, by: "syrian-government")) == .notProhibited)
        // A published incident is adjudicated like a verified one.
        let published = adjudicator.findings(
            for: Self.incident("2017-07-15", at: Self.douma, category: .shelling, by: "syrian-government", state: .published))
        #expect(published.first?.violation == true)
    }
}
