import Foundation
import Testing
import TruceNews

@Suite("Places where an act happened")
struct PlaceTests {
    /// Codes one body sentence (after a headline line, which codes nothing itself).
    static func event(_ sentence: String) -> CodedEvent? {
        Fixtures.extractor.extract(text: "Headline\n\n" + sentence, published: NewsDay("2017-07-17")!).events.first
    }

    @Test(
        "the object of an attack, and a place after “the town of”, are where it happened",
        arguments: [
            ("Syrian government forces shelled Douma on Sunday.", "194"),
            ("Government forces shelled the town of Douma on Sunday.", "194"),
            ("Rebels attacked army positions near Douma on Sunday.", "19"),
        ])
    func objectPlaces(sentence: String, code: String) throws {
        let event = try #require(Self.event(sentence))
        #expect(event.cameo.hasPrefix(code))
        #expect(event.location?.country == "SYR")
        #expect(event.location?.name.hasPrefix("D") == true, "\(String(describing: event.location))")
        #expect((33.4...33.7).contains(event.location?.lat ?? 0))
    }

    @Test("a place named by the talks, not by the act, is no location; an actor is not a place")
    func notPlaces() throws {
        let event = try #require(Self.event("Russian troops attacked Turkish positions on Sunday."))
        #expect(event.location == nil)
    }
}
