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
            (#"{"published": "+017-02-27", "events": []}"#, "published"),
            (#"{"published": "2017-02-27", "events": {}}"#, "events"),
            (event(#""date": null, "source": null, "cameo": "19x", "target": null"#), "events[1].cameo"),
            (event(#""date": null, "source": null, "cameo": "250", "target": null"#), "events[1].cameo"),
            (event(#""date": null, "source": null, "cameo": 190, "target": null"#), "events[1].cameo"),
            (event(#""source": null, "cameo": "190", "target": null"#), "events[1].date"),
            (event(#""date": "yesterday", "source": null, "cameo": "190", "target": null"#), "events[1].date"),
            (event(#""date": "02017-2-27", "source": null, "cameo": "190", "target": null"#), "events[1].date"),
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
        #expect {
            _ = try Self.gold(
                "{\"published\": \"2017-02-27\",\n\"events\": [{\"date\": null, \"source\": null, \"target\": null, \"cameo\": \"190\",\n\"sentence\": \"\\ud800\"}]\n}\n"
            )
        } throws: { error in
            // A fault the parser gives no place for carries no line rather than a wrong one.
            (error as? InputError)?.line == nil && "\(error)".contains("not valid JSON")
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
                original.scored.matches(ScoredEvent($0))
            })
    }

    @Test("each gold event is taken once: two extracted copies of one event are one match and one false event")
    func pairs() {
        let event = ScoredEvent(date: "2017-02-27", source: "TUR", code: "112", target: "RUS")
        let other = ScoredEvent(date: "2017-02-27", source: "RUS", code: "112", target: "TUR")
        #expect(ExtractionScore.pairs(extracted: [event, event, other], gold: [event, other]) == [0, nil, 1])
        #expect(ExtractionScore.pairs(extracted: [event], gold: []) == [nil])
    }

    @Test("the pairing is the largest: a symmetric act that could take either gold event leaves the other one free")
    func largestPairing() {
        func e(_ source: String, _ code: String, _ target: String) -> ScoredEvent {
            ScoredEvent(date: "2017-02-27", source: source, code: code, target: target)
        }
        // IGO 036 SYR may take SYR 030 IGO (first fit) or IGO 030 SYR; only the second leaves a partner for
        // SYR 031 IGO.
        let extracted = [e("IGO", "036", "SYR"), e("SYR", "031", "IGO"), e("SYR", "030", "IGO"), e("SYR", "060", "IGO")]
        let gold = [e("SYR", "030", "IGO"), e("IGO", "030", "SYR"), e("SYR", "030", "IGO"), e("SYR", "060", "IGO")]
        let pairs = ExtractionScore.pairs(extracted: extracted, gold: gold)
        #expect(pairs.compactMap { $0 }.count == 4)
        #expect(ExtractionScore(extracted: extracted, gold: gold).truePositives == 4)
    }

    @Test("on random events the pairing is valid and as large as an exhaustive search finds")
    func pairingAgainstSearch() {
        var seed: UInt64 = 0x5EED
        func random(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let countries: [String?] = ["SYR", "RUS", "TUR", nil]
        let codes = ["036", "030", "042", "112", "060", "190"]
        func event() -> ScoredEvent {
            ScoredEvent(
                date: ["2017-02-26", "2017-02-27"][random(2)], source: countries[random(4)], code: codes[random(6)],
                target: countries[random(4)])
        }
        /// Kuhn's augmenting paths over single events: the reference answer.
        func largest(_ extracted: [ScoredEvent], _ gold: [ScoredEvent]) -> Int {
            var owner = [Int?](repeating: nil, count: gold.count)
            func augment(_ i: Int, _ seen: inout [Bool]) -> Bool {
                for j in gold.indices where !seen[j] && gold[j].matches(extracted[i]) {
                    seen[j] = true
                    if owner[j] == nil || augment(owner[j]!, &seen) {
                        owner[j] = i
                        return true
                    }
                }
                return false
            }
            var size = 0
            for i in extracted.indices {
                var seen = [Bool](repeating: false, count: gold.count)
                if augment(i, &seen) { size += 1 }
            }
            return size
        }
        for _ in 0..<400 {
            let extracted = (0..<random(9)).map { _ in event() }
            let gold = (0..<random(9)).map { _ in event() }
            let pairs = ExtractionScore.pairs(extracted: extracted, gold: gold)
            let taken = pairs.compactMap { $0 }
            #expect(Set(taken).count == taken.count)
            #expect(zip(extracted, pairs).allSatisfy { event, index in index.map { gold[$0].matches(event) } ?? true })
            #expect(taken.count == largest(extracted, gold), "\(extracted) against \(gold)")
        }
    }

    @Test("thousands of copies of one event pair quickly and completely")
    func manyCopies() {
        let event = ScoredEvent(date: "2017-02-27", source: "SYR", code: "036", target: "IGO")
        let swapped = ScoredEvent(date: "2017-02-27", source: "IGO", code: "040", target: "SYR")
        let gold = [ScoredEvent](repeating: event, count: 5_000) + [ScoredEvent](repeating: swapped, count: 5_000)
        let extracted = [ScoredEvent](repeating: swapped, count: 6_000) + [ScoredEvent](repeating: event, count: 3_000)
        let score = ExtractionScore(extracted: extracted, gold: gold)
        #expect(score.truePositives == 8_000)
    }
}
