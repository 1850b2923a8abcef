import Testing
import TruceNews

/// Rules added after a second held-out evaluation (ceasefires and talks beyond Syria); every sentence is synthetic.
@Suite("Held-out coding rules, second round")
struct HeldOutSecondRoundTests {
    let day = NewsDay("2017-02-27")!

    func events(_ sentence: String) -> [CodedEvent] {
        Fixtures.extractor.extract(sentence: sentence, published: day)
    }

    func code(_ sentence: String) -> CodedEvent? { events(sentence).first }

    func article(_ text: String) -> [CodedEvent] {
        Fixtures.extractor.extract(text: text, published: day).events
    }

    @Test("a cooperative act of a three-party list is one record per dyad: the first listed to each of the others")
    func threePartyList() {
        let signed = events("Egypt, Jordan and Qatar signed a trade accord in Cairo on Monday.")
        #expect(signed.count == 2)
        #expect(signed.allSatisfy { $0.source?.country == "EGY" && $0.cameo == "057" })
        #expect(signed.map(\.target?.country) == ["JOR", "QAT"])
        let talking = events("Officials said Moscow, Ankara and Tehran are discussing a joint mechanism.")
        #expect(talking.first?.source?.country == "RUS")
        #expect(talking.first?.target?.country == "TUR")
        // Any other act: each listed actor does it.
        let condemned = events("Egypt, Jordan and Qatar condemned the bombing on Monday.")
        #expect(condemned.map(\.source?.country) == ["EGY", "JOR", "QAT"])
        #expect(condemned.allSatisfy { $0.root == "11" && $0.target == nil })
    }

    @Test(
        "agreeing to a truce declares a ceasefire (0871); parties agreeing together reach an agreement (057); one party agreeing stays an intent (030)"
    )
    func agreeingPhrases() {
        #expect(code("Rebels in the south agreed to a truce with government forces on Sunday.")?.cameo == "0871")
        #expect(code("Yemen's warring parties have agreed on a ceasefire in Hodeidah.")?.cameo == "0871")
        #expect(code("Egypt and Jordan agreed to set up a joint commission on Monday.")?.cameo == "057")
        let with = code("Egypt agreed with Jordan on Monday to set up a joint commission.")
        #expect(with?.cameo == "057")
        #expect(with?.target?.country == "JOR")
        #expect(code("Egypt agreed on Monday to set up a joint commission.")?.cameo == "030")
        #expect(code("The warring parties agreed to exchange prisoners on Monday.")?.cameo == "057")
    }

    @Test("ordering a ceasefire, with a date between: a declared ceasefire, for the place's country (own or foreign)")
    func orderedCeasefire() {
        let event = code("Russia's president ordered on Monday for a humanitarian ceasefire to be observed in Aleppo.")
        #expect(event?.cameo == "0871")
        #expect(event?.source?.country == "RUS")
        if Fixtures.gazetteer != nil { #expect(event?.target?.country == "SYR") }
        let own = code("Syria's president ordered on Monday for a ceasefire to be observed in Aleppo.")
        #expect(own?.cameo == "0871")
        // A side's own truce is toward its country's other side.
        #expect(own?.target?.country == "SYR")
    }

    @Test("sending buses or convoys is humanitarian aid, for the country of the place it goes to")
    func sentConvoys() {
        let event = code("Jordan sent aid convoys into Aleppo on Monday.")
        #expect(event?.cameo == "073")
        if Fixtures.gazetteer != nil { #expect(event?.target?.country == "SYR") }
        #expect(code("Turkey sent buses to the border on Tuesday to evacuate civilians.")?.cameo == "073")
    }

    @Test("X and other Y is one group, not a pair")
    func andOther() {
        let event = code("Hezbollah and other militias agreed to withdraw on Monday.")
        #expect(event?.source?.country == "LBN")
        #expect(event?.target == nil)
    }

    @Test("a serial comma before and still closes the list")
    func serialComma() {
        let event = code("Norway, Britain, and the United States said they welcomed the talks.")
        #expect(event?.source?.country == "NOR")
    }

    @Test("deputy-turned-rebel names what the person became")
    func turnedCompound() {
        let event = code("Somalia's president and former minister-turned-rebel leader Ahmed Farah signed a peace deal on Monday.")
        #expect(event?.target?.role == "REB")
        #expect(event?.target?.country == "SOM")
    }

    @Test("an act on a day weeks back, late in its clause, is a recap; a recent one is news")
    func lateRecapDate() {
        #expect(
            article("Egypt and Jordan signed a memorandum on trade routes in the region on January 4, aiming to ease tensions.")
                .isEmpty)
        #expect(
            article("Egypt and Jordan signed a memorandum on trade routes in the region on February 26, aiming to ease tensions.")
                .count == 1)
    }

    @Test("a running tally since an unparsed or old date is background")
    func sinceTally() {
        #expect(code("Since mid-November, more than 300 civilians have been killed in attacks by government forces.") == nil)
        #expect(code("Since Saturday, government forces have shelled the town.") != nil)
    }

    @Test("an outlet's home in parentheses does not set the article's country")
    func outletHome() {
        let events = article(
            "Radio Example (Paris)\n\nSomalia's president and rebel leader Ahmed Farah signed a peace agreement on Monday.")
        #expect(events.first?.target?.country == "SOM")
    }

    @Test("being horrified or outraged is disapproval")
    func horrified() {
        #expect(code("Egypt said it was horrified by the attack on Monday.")?.root == "11")
        #expect(code("Jordan was outraged by the shelling, officials said.")?.root == "11")
    }

    @Test("a verb inside a relative clause leaves the main clause's subject in reach")
    func relativeClauseVerb() {
        let event = code("Egypt's foreign ministry, which backs the talks, said on Monday it would meet Jordan.")
        #expect(event?.source?.country == "EGY")
        #expect(event?.target?.country == "JOR")
    }

    @Test("a plain statement after a quotation is dated when said, not by the quotation's dates")
    func quotationDate() {
        let event = code("\"Starting from March 3, there will be a pause every day,\" Lavrov said.")
        #expect(event?.date == "2017-02-27")
    }
}
