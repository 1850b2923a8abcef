import Foundation
import Testing

@testable import TruceCore

@Suite("Agreement files")
struct AgreementDecoderTests {
    let decoder = AgreementDecoder()

    func instant(_ text: String, _ agreement: Agreement) -> Date {
        Date(timeIntervalSince1970: TimeInterval(TimestampParser(timeZone: agreement.timeZone).parse(text)!.epochSeconds))
    }

    @Test("the Syria scenario: no zones on 2017-01-15, four zones on 2017-06-01")
    func scenarioVersions() throws {
        let agreement = try decoder.decode(try Fixtures.scenarioSource(), file: "syria.yaml")
        #expect(agreement.id == "syria-2016-ceasefire")
        let january = agreement.version(at: instant("2017-01-15T12:00:00", agreement))
        #expect(january.zones.isEmpty)
        #expect(january.inForce)
        #expect(january.guarantors.map(\.id).sorted() == ["russia", "turkey"])
        let june = agreement.version(at: instant("2017-06-01T12:00:00", agreement))
        #expect(Set(june.zones.map(\.id)) == ["idlib", "north-homs", "eastern-ghouta", "south"])
        #expect(june.zones.allSatisfy { $0.approximate })
        #expect(june.guarantors.map(\.id).contains("iran"))
        let before = agreement.version(at: instant("2016-12-29", agreement))
        #expect(!before.inForce)
    }

    func expectError(_ yaml: String, line: Int?, field: String?, containing text: String) {
        do {
            _ = try decoder.decode(yaml, file: "bad.yaml")
            Issue.record("expected an error for: \(yaml.prefix(80))")
        } catch {
            #expect(error.file == "bad.yaml")
            if let line { #expect(error.line == line, "\(error)") }
            if let field { #expect(error.field == field, "\(error)") }
            #expect(error.message.contains(text), "\(error)")
        }
    }

    static let head = """
        id: test
        title: Test
        time_zone: Asia/Damascus
        entry_into_force: 2017-01-01
        parties:
          - id: gov
            name: Government
            side: government

        """

    @Test("malformed YAML names the line")
    func malformed() {
        expectError(Self.head + "clauses: [unclosed\n", line: nil, field: nil, containing: "malformed YAML")
        expectError("id: x\n  bad: : indent\n", line: 2, field: nil, containing: "malformed YAML")
    }

    @Test("an unknown party id in applies_to is refused")
    func unknownParty() {
        let yaml =
            Self.head + """
                clauses:
                  - id: c1
                    text: No shelling.
                    prohibits: [shelling]
                    applies_to: [gov, rebels]

                """
        expectError(yaml, line: 13, field: "clauses[0].applies_to[1]", containing: "unknown party id 'rebels'")
    }

    @Test("a polygon that does not close is refused, with its line")
    func unclosedRing() {
        let yaml =
            Self.head + """
                zones:
                  - id: z1
                    name: Zone
                    geometry:
                      type: Polygon
                      coordinates:
                        - [[36.0, 33.0], [36.5, 33.0], [36.5, 33.5], [36.0, 33.6]]

                """
        expectError(yaml, line: 15, field: "zones[0].geometry.coordinates[0]", containing: "does not close")
    }

    @Test("coordinates out of range are refused")
    func outOfRange() {
        let yaml =
            Self.head + """
                zones:
                  - id: z1
                    name: Zone
                    geometry: {type: Polygon, coordinates: [[[36.0, 33.0], [36.5, 33.0], [36.5, 95.5], [36.0, 33.0]]]}

                """
        expectError(yaml, line: 12, field: "zones[0].geometry.coordinates[0][2]", containing: "out of range")
    }

    @Test("unknown fields, unknown categories, duplicate ids and bad dates are refused")
    func otherFaults() {
        expectError(Self.head + "colour: red\n", line: 9, field: "colour", containing: "unknown field")
        expectError(
            Self.head + "clauses:\n  - id: c1\n    text: t\n    prohibits: [bombing]\n", line: nil,
            field: "clauses[0].prohibits[0]", containing: "unknown category 'bombing'")
        expectError(
            Self.head + "excluded_groups:\n  - id: gov\n    name: Dup\n", line: 10, field: "excluded_groups[0].id",
            containing: "already used")
        expectError(
            Self.head.replacingOccurrences(of: "2017-01-01", with: "2017-02-30"), line: 4, field: "entry_into_force",
            containing: "is not a date")
    }

    @Test("YAML anchors and aliases are refused")
    func aliases() {
        let yaml = Self.head + "guarantors:\n  - &g {id: ru, name: Russia}\nexcluded_groups:\n  - *g\n"
        expectError(yaml, line: 10, field: nil, containing: "aliases")
    }
}
