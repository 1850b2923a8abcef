import Foundation
import Testing
import TruceNews

@Suite("PLOVER gold-standard sentences")
struct PloverGoldStandardTests {
    /// PLOVER v0.5 labels → CAMEO roots (issue 7).
    static let roots: [String: [String]] = [
        "AGREE": ["03"], "CONSULT": ["04"], "SUPPORT": ["05"], "COOPERATE": ["06"], "AID": ["07"], "RETREAT": ["08"],
        "CONCEDE": ["08"], "INVESTIGATE": ["09"], "DEMAND": ["10"], "DISAPPROVE": ["11"], "REJECT": ["12"],
        "THREATEN": ["13"], "PROTEST": ["14"], "MOBILIZE": ["15"], "SANCTION": ["16"], "COERCE": ["17"],
        "ASSAULT": ["18"], "FIGHT": ["19"],
    ]

    @Test("at least 70 % of sentences get the right CAMEO root and the right first source country")
    func accuracy() throws {
        let data = try Fixtures.newsData("PLOVER_GSR_CAMEO.json")
        let records = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        var total = 0
        var rootRight = 0
        var sourceRight = 0
        var misses: [String] = []
        for record in records {
            guard let label = record["event"] as? String, let roots = Self.roots[label], let text = record["text"] as? String
            else { continue }
            total += 1
            let expectedSource = ((record["source"] as? [[String: Any]])?.first?["code"] as? String)
            let day = (record["date"] as? String).flatMap(NewsDay.init) ?? NewsDay("2000-01-01")!
            let event = Fixtures.extractor.extract(sentence: text, published: day).first
            let rootOK = event.map { roots.contains($0.root) } ?? false
            let sourceOK = event?.source?.country == expectedSource
            if rootOK { rootRight += 1 }
            if sourceOK { sourceRight += 1 }
            if !rootOK || !sourceOK {
                misses.append(
                    "\(label) \(expectedSource ?? "-") got \(event?.cameo ?? "none") \(event?.source?.country ?? "-") | \(text.prefix(90))"
                )
            }
        }
        let rootAccuracy = Double(rootRight) / Double(max(total, 1))
        let sourceAccuracy = Double(sourceRight) / Double(max(total, 1))
        print(
            "PLOVER GSR: \(total) sentences, root \(rootRight) (\(rootAccuracy)), first source country \(sourceRight) (\(sourceAccuracy))"
        )
        if ProcessInfo.processInfo.environment["TRUCE_NEWS_VERBOSE"] != nil { misses.forEach { print("  miss: \($0)") } }
        #expect(total == 322)
        #expect(rootAccuracy >= 0.70)
        #expect(sourceAccuracy >= 0.70)
    }
}
