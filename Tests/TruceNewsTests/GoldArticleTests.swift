import Foundation
import Testing
import TruceCore
import TruceNews

@Suite("Hand-coded articles and their scores")
struct GoldArticleTests {
    static let seedGold = "presstv-2017-02-27.gold.json"

    static func gold(_ json: String) throws(InputError) -> GoldArticle {
        try GoldArticle(json: Array(json.utf8), file: "x.gold.json")
    }

    static func event(_ fields: String) -> String {
        #"{"published": "2017-02-27", "events": [{"date": "2017-02-27", "source": {"country": "RUS"}, "cameo": "051", "target": null}, {\#(fields)}]}"#
    }

    @Test("the seed's gold file: its day, six events, their sentences")
    func seed() throws {
        let gold = try GoldArticle(json: Array(try Fixtures.newsData(Self.seedGold)), file: Self.seedGold)
        #expect(gold.published == NewsDay("2017-02-27"))
        #expect(gold.events.count == 6)
        #expect(gold.events[0].scored == ScoredEvent(date: "2017-02-27", source: "RUS", code: "051", target: nil))
        #expect(gold.events.allSatisfy { $0.sentence?.isEmpty == false })
    }

    @Test(
        "a malformed gold file is refused, naming the field",
        arguments: [
            (#"{"events": []}"#, "published"),
            (#"{"published": "2017-02-30", "events": []}"#, "published"),
            (#"{"published": "2017-02-27", "events": {}}"#, "events"),
            (event(#""date": null, "source": null, "cameo": "19x", "target": null"#), "events[1].cameo"),
            (event(#""date": null, "source": null, "cameo": "250", "target": null"#), "events[1].cameo"),
            (event(#""date": null, "source": null, "cameo": 190, "target": null"#), "events[1].cameo"),
            (event(#""source": null, "cameo": "190", "target": null"#), "events[1].date"),
            (event(#""date": "yesterday", "source": null, "cameo": "190", "target": null"#), "events[1].date"),
            (event(#""date": null, "source": {"country": "syr"}, "cameo": "190", "target": null"#), "events[1].source.country"),
            (event(#""date": null, "source": null, "cameo": "190", "target": {"country": "SYRIA"}"#), "events[1].target.country"),
            (event(#""date": null, "source": null, "cameo": "190""#), "events[1].target"),
        ])
    func malformed(json: String, field: String) {
        #expect {
            _ = try Self.gold(json)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file == "x.gold.json" && error.field == field
        }
    }

    @Test("not JSON, or too large: refused, naming the file (and the line of a syntax error)")
    func notJSON() throws {
        #expect {
            _ = try Self.gold(#"{"published": "2017-02-27", "events": [}"#)
        } throws: { error in
            (error as? InputError)?.file == "x.gold.json" && "\(error)".contains("not valid JSON")
        }
        #expect {
            _ = try Self.gold("{\"published\": \"2017-02-27\",\n  \"events\": [ x ]}")
        } throws: { error in
            (error as? InputError)?.line == 2 && (error as? InputError)?.column == 15
        }
        let big = [UInt8](repeating: 0x20, count: GoldArticle.byteLimit + 1)
        #expect {
            _ = try GoldArticle(json: big, file: "big.gold.json")
        } throws: { error in
            (error as? InputError)?.file == "big.gold.json" && "\(error)".contains("gold-file limit")
        }
    }

    @Test("a wrong target in the gold file costs exactly that match, and names both sides of it")
    func evaluation() throws {
        let text = String(decoding: try Fixtures.newsData("presstv-2017-02-27.txt"), as: UTF8.self)
        var gold = try GoldArticle(json: Array(try Fixtures.newsData(Self.seedGold)), file: Self.seedGold)
        let extraction = Fixtures.extractor.extract(text: text, published: gold.published)
        let right = ArticleEvaluation(article: "seed", extraction: extraction, gold: gold)
        let changed = try #require(gold.events.firstIndex { $0.scored.target != nil })
        let original = gold.events[changed]
        gold.events[changed].scored.target = "ZZZ"
        let wrong = ArticleEvaluation(article: "seed", extraction: extraction, gold: gold)
        #expect(right.score.truePositives >= 1)
        #expect(wrong.score.truePositives == right.score.truePositives - 1)
        #expect(wrong.score.extracted == right.score.extracted && wrong.score.gold == right.score.gold)
        #expect(wrong.missed.count == right.missed.count + 1)
        #expect(wrong.missed.contains(gold.events[changed]))
        #expect(wrong.unmatched.count == right.unmatched.count + 1)
        #expect(
            wrong.unmatched.contains {
                original.scored.matches(ExtractionScore.scored([$0])[0])
            })
    }

    @Test("each gold event is taken once: two extracted copies of one event are one match and one false event")
    func pairs() {
        let event = ScoredEvent(date: "2017-02-27", source: "TUR", code: "112", target: "RUS")
        let other = ScoredEvent(date: "2017-02-27", source: "RUS", code: "112", target: "TUR")
        #expect(ExtractionScore.pairs(extracted: [event, event, other], gold: [event, other]) == [0, nil, 1])
        #expect(ExtractionScore.pairs(extracted: [event], gold: []) == [nil])
    }
}
