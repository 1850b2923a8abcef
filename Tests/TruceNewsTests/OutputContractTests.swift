import Foundation
import Testing
import TruceNews

@Suite("Output contract")
struct OutputContractTests {
    @Test("events encode every field, missing ones as explicit null")
    func nulls() throws {
        let event = CodedEvent(
            date: nil, source: EventActor(text: "Russia", country: "RUS", role: nil), target: nil, cameo: "010", plover: nil,
            location: nil, sentence: "Russia says.", offsets: [0, 12])
        let extraction = Extraction(
            published: "2017-02-27", events: [event], skipped: [SkippedBlock(text: "x", reason: "caption")])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(extraction.json().utf8)) as? [String: Any])
        #expect(object["published"] as? String == "2017-02-27")
        let events = try #require(object["events"] as? [[String: Any]])
        let first = try #require(events.first)
        for key in ["date", "source", "target", "cameo", "plover", "location", "sentence", "offsets"] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
        #expect(first["target"] is NSNull)
        #expect((first["source"] as? [String: Any])?["role"] is NSNull)
        let skipped = try #require(object["skipped"] as? [[String: Any]])
        #expect(skipped.first?["reason"] as? String == "caption")
    }

    @Test("scoring: date, source country, root and target country; symmetric acts may swap")
    func scoring() {
        let gold = [
            ScoredEvent(date: "2017-02-26", source: "IGO", code: "040", target: "SYR"),
            ScoredEvent(date: "2017-02-27", source: "RUS", code: "051", target: nil),
        ]
        let extracted = [
            ScoredEvent(date: "2017-02-26", source: "SYR", code: "046", target: "IGO"),
            ScoredEvent(date: "2017-02-27", source: "RUS", code: "010", target: nil),
            ScoredEvent(date: "2017-02-27", source: "TUR", code: "112", target: "RUS"),
        ]
        let score = ExtractionScore(extracted: extracted, gold: gold)
        #expect(score.truePositives == 1)
        #expect(abs(score.precision - 1.0 / 3) < 1e-9)
        #expect(score.recall == 0.5)
        #expect(
            !ScoredEvent(date: "d", source: "A", code: "112", target: "B").matches(
                ScoredEvent(date: "d", source: "B", code: "112", target: "A")))
    }

    @Test("the benchmark codes the sentences it is asked for")
    func benchmark() {
        let figures = ExtractionBenchmark.run(extractor: Fixtures.extractor, sentences: 200)
        #expect(figures.sentences == 200)
        #expect(figures.events > 0)
    }
}
