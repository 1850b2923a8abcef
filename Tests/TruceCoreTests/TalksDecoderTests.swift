import Foundation
import Testing
import TruceCore

@Suite("Talks of 2017 as data: rounds, delegations, meetings and commitments")
struct TalksDecoderTests {
    static let file = Fixtures.root.appendingPathComponent("Sources/TruceScenario/Resources/syria-talks-2017.yaml")

    static func decode(_ text: String) throws -> TalksRecord {
        try TalksDecoder().decode(text, file: "talks.yaml", agreement: AdjudicatorTests.agreement)
    }

    static func scenario() throws -> String { try String(contentsOf: file, encoding: .utf8) }

    @Test("the scenario has Astana-1 to 8 and Geneva IV to VIII, in date order")
    func rounds() throws {
        let talks = try Self.decode(try Self.scenario())
        let names = talks.rounds.map(\.round.name)
        #expect(
            Set(names)
                == Set((1...8).map { "Astana-\($0)" } + ["Geneva IV", "Geneva V", "Geneva VI", "Geneva VII", "Geneva VIII"]))
        #expect(talks.rounds.map(\.round.from) == talks.rounds.map(\.round.from).sorted())
        #expect(talks.rounds.first { $0.round.id == "astana-4" }?.round.produced == "deescalation-memorandum")
        #expect(
            talks.rounds.first { $0.round.id == "astana-3" }?.round.delegations.first { $0.party == "armed-opposition" }?.attended
                == false)
    }

    @Test("Geneva IV: the government delegation headed by Bashar al-Ja'afari and the HNC, Cairo and Moscow platforms")
    func genevaFour() throws {
        let round = try #require(try Self.decode(try Self.scenario()).rounds.first { $0.round.id == "geneva-4" }?.round)
        let government = try #require(round.delegations.first { $0.party == "syrian-government" })
        #expect(government.head == "Bashar al-Ja'afari")
        #expect(Set(round.delegations.compactMap(\.platform)) == ["hnc", "cairo-platform", "moscow-platform"])
        #expect(round.delegations.first { $0.platform == "moscow-platform" }?.head == "Qadri Jamil")
    }

    @Test("the envoy's proximity meetings with the Cairo and Moscow platforms on 26 Feb 2017 are on Geneva IV's timeline")
    func proximityMeetings() throws {
        let round = try #require(try Self.decode(try Self.scenario()).rounds.first { $0.round.id == "geneva-4" }?.round)
        let onTheDay = round.meetings.filter { $0.date == "2017-02-26" && $0.kind == .proximity }
        #expect(Set(onTheDay.flatMap(\.participants)) == ["mediator", "geneva-4-cairo", "geneva-4-moscow"])
        #expect(onTheDay.allSatisfy { $0.agenda == ["governance", "constitution", "elections", "counter-terrorism"] })
    }

    @Test("a commitment's status on a day follows its steps")
    func commitmentStatus() throws {
        let talks = try Self.decode(try Self.scenario())
        let pledge = try #require(talks.commitments.first { $0.id == "guarantors-ensure-compliance" })
        #expect(pledge.status(on: "2017-01-01") == nil)
        #expect(pledge.status(on: "2017-01-30") == .minimal)
        #expect(pledge.status(on: "2017-03-01") == .intermediate)
    }

    @Test(
        "bad input names the line and field: unknown party, meeting outside its round, due before made, a change without a reason"
    )
    func refusals() throws {
        let source = try Self.scenario()
        let cases: [(String, String, [String])] = [
            (
                "party: syrian-government, head: \"Bashar al-Ja'afari\" }\n          - id: geneva-4-hnc",
                "party: damascus, head: \"Bashar al-Ja'afari\" }\n          - id: geneva-4-hnc", ["unknown party 'damascus'"]
            ),
            (
                "date: 2017-02-26\n            place: Geneva\n            participants: [mediator, geneva-4-cairo]",
                "date: 2017-03-26\n            place: Geneva\n            participants: [mediator, geneva-4-cairo]",
                ["meetings[1].date", "outside the round's days"]
            ),
            ("made: 2017-10-31\n    due: 2017-12-31", "made: 2017-10-31\n    due: 2017-10-01", ["due", "before it was made"]),
            ("reason: Joint Group set up, evidence", "evidence", ["reason", "needs a reason"]),
        ]
        for (original, replacement, words) in cases {
            #expect(source.contains(original), "the fixture changed: \(original)")
            let broken = source.replacingOccurrences(of: original, with: replacement)
            do {
                _ = try Self.decode(broken)
                Issue.record("accepted: \(replacement)")
            } catch {
                let message = String(describing: error)
                #expect(message.hasPrefix("talks.yaml:"), "\(message)")
                for word in words { #expect(message.contains(word), "\(message)") }
            }
        }
    }
}
