import Foundation
import Testing
import TruceNews

@Suite("Captions: not coded, but their people are remembered")
struct CaptionMemoryTests {
    @Test("a combination-picture caption codes nothing; the titled person it names keeps his country later")
    func captionTeachesNames() throws {
        let text = """
            Rivals sign deal

            (COMBO) This combination of pictures shows Chad's President Idris Mahamout and Sudanese rebel leader Abdel Nourein

            Mahamout met Nourein in Geneva on Monday.
            """
        let extraction = Fixtures.extractor.extract(text: text, published: NewsDay("2017-07-18")!)
        #expect(extraction.skipped.contains { $0.reason == "caption" && $0.text.contains("combination of pictures") })
        #expect(!extraction.events.contains { $0.sentence.contains("combination of pictures") })
        let meeting = try #require(extraction.events.first { $0.sentence.hasPrefix("Mahamout met") })
        #expect(meeting.cameo.hasPrefix("04"))
        #expect(meeting.source?.country == "TCD" && meeting.source?.role == "GOV")
        #expect(meeting.target?.country == "SDN")
        #expect(meeting.date == "2017-07-17")
    }
}
