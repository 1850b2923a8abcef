import Foundation
import Testing
import TruceNews

@Suite("Quotes with their speaker")
struct QuoteTests {
    @Test(
        "the first quoted span of two words or more, curly or straight",
        arguments: [
            ("He said “a mechanism has been created,” and left.", "a mechanism has been created,"),
            ("She called it \"a historic step\" on Monday.", "a historic step"),
            ("The so-called “truce” failed, he said “we will not return to Astana.”", "we will not return to Astana."),
            ("No quotes here at all.", nil),
            ("An unclosed “quote never ends", nil),
        ] as [(String, String?)])
    func spans(sentence: String, expected: String?) {
        #expect(EventQuote.firstSpan(in: sentence) == expected)
    }

    @Test("the seed article's quoted statements carry their words and speaker; unquoted events carry none")
    func seed() throws {
        let text = String(decoding: try Fixtures.newsData("presstv-2017-02-27.txt"), as: UTF8.self)
        let extraction = Fixtures.extractor.extract(text: text, published: Fixtures.seedDay)
        let putin = try #require(extraction.events.first { $0.source?.text.contains("Putin") == true })
        #expect(putin.quote?.speaker.contains("Putin") == true)
        #expect(putin.quote?.text.hasPrefix("a mechanism to control the ceasefire") == true)
        for event in extraction.events where !event.sentence.contains("“") && !event.sentence.contains("\"") {
            #expect(event.quote == nil)
        }
        let json = extraction.json()
        #expect(json.contains("\"quote\" : null") || json.contains("\"quote\":null"))
    }
}
