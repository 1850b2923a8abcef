import Testing
import TruceNews

/// Rules added after a fourth look at the held-out articles (one record per dyad, mutual acts); every sentence is
/// synthetic.
@Suite("Held-out coding rules, fourth round")
struct HeldOutFourthRoundTests {
    let day = NewsDay("2017-02-27")!

    func events(_ sentence: String) -> [CodedEvent] {
        Fixtures.extractor.extract(sentence: sentence, published: day)
    }

    func article(_ text: String, published: String = "2017-02-27") -> [CodedEvent] {
        Fixtures.extractor.extract(text: text, published: NewsDay(published)!).events
    }

    @Test("a list of counterparts is one record each; an apposition after a comma is no list")
    func objectList() {
        let meeting = events(
            "The envoy of Kazakhstan will meet representatives of Russia, Turkey and the United Nations on Monday.")
        #expect(meeting.map(\.cameo) == ["036", "036", "036"])
        #expect(meeting.allSatisfy { $0.source?.country == "KAZ" })
        #expect(meeting.map(\.target?.country) == ["RUS", "TUR", "IGO"])
        let urged = events("Russia urged Turkey and Iran to respect the truce.")
        #expect(urged.map(\.target?.country) == ["TUR", "IRN"])
        let apposition = events("Erdogan met Sergei Lavrov, Russia's foreign minister, in Ankara on Monday.")
        #expect(apposition.count == 1)
        // Two sides of one country are one counterpart for the record.
        let sides = events("The UN envoy urged the Syrian government and the opposition to return to Geneva.")
        #expect(sides.count == 1)
    }

    @Test("acts against each other go both ways; a plain clash names each side once")
    func mutualActs() {
        let exchanged = events("Turkey and Armenia exchanged accusations on Sunday.")
        #expect(exchanged.map(\.source?.country) == ["TUR", "ARM"])
        #expect(exchanged.map(\.target?.country) == ["ARM", "TUR"])
        #expect(exchanged.allSatisfy { $0.cameo == "112" && $0.date == "2017-02-26" })
        let each = events("Armenia and Azerbaijan accused each other of violating the truce.")
        #expect(each.map(\.source?.country) == ["ARM", "AZE"])
        let fire = events("Armenian and Azerbaijani forces exchanged fire overnight.")
        #expect(fire.count == 2)
        #expect(fire.allSatisfy { $0.root == "19" })
        let clash = events("Armenian and Azerbaijani forces clashed near the border.")
        #expect(clash.count == 1)
        #expect(clash.first?.target?.country == "AZE")
    }

    @Test("'the two sides' after a longer list are its first two; 'the three countries' are all of it")
    func pairedGroup() {
        let coded = article(
            """
            The leaders of Russia, Ukraine, France and Germany agreed on Monday to exchange prisoners.

            The two sides also pledged to withdraw forces from three areas.
            """)
        let pledged = coded.filter { $0.sentence.hasPrefix("The two sides") }
        #expect(pledged.count == 1)
        #expect(pledged.first?.source?.country == "RUS")
        #expect(pledged.first?.target?.country == "UKR")
    }
}
