import Testing
import TruceNews

@Suite("Coding rules")
struct CodingRulesTests {
    let day = NewsDay("2017-02-27")!

    func code(_ sentence: String) -> CodedEvent? {
        Fixtures.extractor.extract(sentence: sentence, published: day).first
    }

    @Test("subject, verb and object: actors with titles, metonyms and attachments")
    func basics() throws {
        let event = try #require(code("Turkish Foreign Minister Mevlut Cavusoglu accused Damascus of violating the ceasefire."))
        #expect(event.cameo == "112")
        #expect(event.source == EventActor(text: "Turkish Foreign Minister Mevlut Cavusoglu", country: "TUR", role: "GOV"))
        #expect(event.target?.country == "SYR")
        #expect(event.target?.role == "GOV")
        #expect(event.plover?.type == "ACCUSE")
    }

    @Test("planned acts are intentions, refused ones rejections, planned force a threat")
    func modality() {
        #expect(code("Russia will host talks between the government and the opposition.")?.cameo == "036")
        #expect(code("The opposition delegation did not attend the talks in Astana.")?.root == "12")
        #expect(code("Turkey plans to attack YPG positions near Afrin.")?.cameo == "138")
    }

    @Test("passive with an agent swaps source and target; without one it codes nothing")
    func passive() {
        let event = code("The ceasefire was violated by Syrian government forces near Daraa on Sunday.")
        #expect(event?.source?.country == "SYR")
        #expect(event?.cameo == "196")
        #expect(event?.date == "2017-02-26")
        #expect(code("Three civilians were killed in Idlib on Sunday.") == nil)
    }

    @Test("speech complements: must is a demand, should an appeal, a reported act is the act")
    func speech() {
        let demand = code("Russia said on Tuesday that Turkey must close its border.")
        #expect(demand?.cameo == "100")
        #expect(demand?.source?.country == "RUS")
        #expect(demand?.target?.country == "TUR")
        #expect(code("The UN envoy said the rebels should withdraw from Aleppo.")?.cameo == "020")
        let reported = code("Turkey said Syrian government forces had shelled rebel positions in Idlib.")
        #expect(reported?.source?.country == "SYR")
        #expect(reported?.cameo == "194")
    }

    @Test("coordinated subjects: the first is the source, the second the target of a cooperative act")
    func coordination() {
        let event = code("Russia, Turkey and Iran agreed on Tuesday to set up a joint monitoring group.")
        #expect(event?.source?.country == "RUS")
        #expect(event?.target?.country == "TUR")
        #expect(event?.cameo == "057")
    }

    @Test("trailing attributions are not the event; background recaps code nothing")
    func attributionAndBackground() {
        let event = code("Russian warplanes bombed rebel positions in Idlib overnight, the Syrian Observatory said.")
        #expect(event?.source?.country == "RUS")
        #expect(event?.cameo == "195")
        #expect(code("Since 2015, Russia has carried out air strikes on rebel positions.") == nil)
    }

    @Test("article rules: he, remembered names, the headline and the lede")
    func article() {
        let text = """
            Russia hails Astana talks on Syria

            Russia said on Monday the talks in Astana had been useful.

            Russian Deputy Foreign Minister Mikhail Bogdanov met Jordanian officials in Moscow on Sunday.

            He said the opposition should form a joint delegation.

            Later, Bogdanov praised Turkey's role.
            """
        let events = Fixtures.extractor.extract(text: text, published: day).events
        #expect(events.count == 4)
        #expect(events.allSatisfy { $0.source?.country == "RUS" })
        #expect(events.map(\.cameo) == ["010", "040", "020", "051"])
        // Sentences that name no day go on telling the day the story last named ("on Sunday").
        #expect(events.map(\.date) == ["2017-02-27", "2017-02-26", "2017-02-26", "2017-02-26"])
        #expect(events[2].target?.country == "SYR")
        #expect(events[2].source?.text.contains("Bogdanov") == true)
        #expect(events[3].target?.country == "TUR")
    }
}
