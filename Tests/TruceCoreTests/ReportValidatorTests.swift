import Foundation
import Testing

@testable import TruceCore

@Suite("Report validation")
struct ReportValidatorTests {
    let validator: ReportValidator

    init() throws {
        let agreement = try AgreementDecoder().decode(try Fixtures.scenarioSource(), file: "syria.yaml")
        var gazetteer = Gazetteer()
        gazetteer.add(
            GazetteerEntry(
                name: "Douma", countryCode: "SY", admin1: "Rif Dimashq", point: GeoPoint(latitude: 33.57, longitude: 36.4),
                population: 110_000, origin: "test", precisionMetres: 10_000),
            aliases: ["Duma"])
        validator = ReportValidator(agreement: agreement, places: GazetteerLoader(gazetteer))
    }

    func report(_ json: String) throws(InputError) -> Report {
        try validator.report(from: try ReportDraft.fromJSON(Array(json.utf8), file: "r.json", line: 3), file: "r.json", line: 3)
    }

    static let base = #""source": {"kind": "monitor", "reporter": "team-1"}, "category": "shelling", "description": "Shelling""#

    @Test("a place name resolves through the gazetteer; a day-precision time becomes its local day's start")
    func resolves() throws {
        let r = try report(
            "{\(Self.base), \"observed_at\": \"2017-06-01T14:30:00+03:00\", \"time_precision\": \"day\", \"location\": {\"place\": \"Duma\"}}"
        )
        #expect(r.location.point == GeoPoint(latitude: 33.57, longitude: 36.4))
        #expect(r.location.precisionMetres == 10_000)
        #expect(r.observed.precision == .day)
        #expect(CivilTime.iso8601(r.observed.epochSeconds, in: validator.agreement.timeZone) == "2017-06-01T00:00:00+03:00")
    }

    @Test("negative counts and precisions, unknown parties and places are refused with the field named")
    func refusals() {
        let cases: [(String, String, String)] = [
            (
                #""observed_at": "2017-06-01", "location": {"lat": 33.5, "lon": 36.4, "precision_m": -5}"#,
                "location.precision_m", "0 to 2,000,000"
            ),
            (
                #""observed_at": "2017-06-01", "location": {"lat": 33.5, "lon": 36.4}, "civilians": {"killed": -2}"#,
                "civilians.killed", "negative"
            ),
            (
                #""observed_at": "2017-06-01", "location": {"lat": 33.5, "lon": 36.4}, "killed": {"best": -1}"#, "killed",
                "negative"
            ),
            (#""observed_at": "2017-06-01", "location": {"place": "Atlantis"}"#, "location.place", "unknown place"),
            (
                #""observed_at": "2017-06-01", "location": {"lat": 33.5, "lon": 36.4}, "perpetrator": "rebels""#,
                "perpetrator.party", "unknown party id"
            ),
            (#""observed_at": "June 1st", "location": {"lat": 33.5, "lon": 36.4}"#, "observed_at", "is not a date"),
            (#""observed_at": "2017-06-01", "location": {"lat": 33.5, "lon": 36.4}, "colour": "red""#, "colour", "unknown field"),
        ]
        for (fields, field, text) in cases {
            do {
                _ = try report("{\(Self.base), \(fields)}")
                Issue.record("accepted: \(fields)")
            } catch {
                #expect(error.field == field, "\(error)")
                #expect(error.line == 3)
                #expect(error.message.contains(text), "\(error)")
            }
        }
    }
}
