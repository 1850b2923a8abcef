import Foundation
import Testing
import TruceNews

@Suite("Seed article (Press TV, 2017-02-27)")
struct SeedArticleTests {
    @Test("finds the hand-coded events with F1 of at least 0.9")
    func seedF1() throws {
        let text = String(decoding: try Fixtures.newsData("presstv-2017-02-27.txt"), as: UTF8.self)
        let gold = try GoldArticle(
            json: Array(try Fixtures.newsData("presstv-2017-02-27.gold.json")), file: "presstv-2017-02-27.gold.json")
        let extraction = Fixtures.extractor.extract(text: text, published: gold.published)
        let score = ArticleEvaluation(article: "presstv-2017-02-27.txt", extraction: extraction, gold: gold).score
        print("seed article: \(score)")
        for event in extraction.events {
            print(
                "  \(event.date ?? "-") \(event.source?.country ?? "-") \(event.cameo) \(event.target?.country ?? "-") | \(event.sentence.prefix(70))"
            )
        }
        #expect(gold.published == Fixtures.seedDay)
        #expect(gold.events.count == 6)
        #expect(score.f1 >= 0.9)
    }

    @Test("lists the three captions and the alternate-address footer as skipped, and codes nothing from them")
    func skippedBlocks() throws {
        let text = String(decoding: try Fixtures.newsData("presstv-2017-02-27.txt"), as: UTF8.self)
        let extraction = Fixtures.extractor.extract(text: text, published: Fixtures.seedDay)
        let captions = extraction.skipped.filter { $0.reason == "caption" }
        #expect(captions.count == 3)
        #expect(captions.contains { $0.text.contains("US Capitol") })
        #expect(extraction.skipped.contains { $0.reason == "footer" && $0.text.contains("alternate addresses") })
        #expect(extraction.skipped.contains { $0.reason == "navigation" })
        for event in extraction.events {
            #expect(!extraction.skipped.contains { $0.text.contains(event.sentence) || event.sentence.contains($0.text) })
            #expect(!event.sentence.contains("Photo"))
        }
    }

    @Test("offsets point at the sentence in the article text")
    func offsets() throws {
        let text = String(decoding: try Fixtures.newsData("presstv-2017-02-27.txt"), as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        let extraction = Fixtures.extractor.extract(text: text, published: Fixtures.seedDay)
        #expect(!extraction.events.isEmpty)
        for event in extraction.events {
            let range = event.offsets[0]..<event.offsets[1]
            #expect(String(String.UnicodeScalarView(scalars[range])) == event.sentence)
        }
    }

    @Test("a planned meeting is coded as an intention, with its place resolved through coreference")
    func plannedMeeting() throws {
        let text = String(decoding: try Fixtures.newsData("presstv-2017-02-27.txt"), as: UTF8.self)
        let extraction = Fixtures.extractor.extract(text: text, published: Fixtures.seedDay)
        let planned = try #require(extraction.events.first { $0.sentence.hasPrefix("De Mistura is scheduled") })
        #expect(planned.cameo == "036")
        #expect(planned.source?.country == "IGO")
        #expect(planned.target?.country == "SYR")
        #expect(planned.date == "2017-02-27")
        if Fixtures.gazetteer != nil {
            #expect(planned.location?.name == "Geneva")
            #expect(planned.location?.country == "CHE")
        }
    }
}
