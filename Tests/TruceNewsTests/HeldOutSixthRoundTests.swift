import Testing
import TruceNews

/// Rules added after a sixth look at the held-out articles; every sentence is synthetic.
@Suite("Held-out coding rules, sixth round")
struct HeldOutSixthRoundTests: CodingExamples {
    let day = NewsDay("2017-02-27")!

    @Test("a sentence that names no day goes on telling the day the story last named")
    func storyDay() {
        let coded = article(
            """
            Hezbollah fired two missiles at an Israeli army post on Sunday.

            Israeli Prime Minister Benjamin Netanyahu condemned the attack.

            Israeli jets struck targets in southern Lebanon.
            """)
        #expect(coded.map(\.root) == ["19", "11", "19"])
        #expect(coded.map(\.date) == ["2017-02-26", "2017-02-26", "2017-02-26"])
    }

    @Test("a sentence dated the publication day ends the story's day; a day in the headline starts none")
    func storyDayEnds() {
        let coded = article(
            """
            Hezbollah fires missiles on Sunday

            Hezbollah fired two missiles at an Israeli army post on Sunday.

            Israel struck Hezbollah positions in southern Lebanon on Monday.

            Israeli Prime Minister Benjamin Netanyahu condemned the attack.
            """)
        // Monday is the publication day: the last sentence is dated by the publication, not by Sunday.
        #expect(coded.map(\.date).suffix(2) == ["2017-02-27", "2017-02-27"])
        let headlineOnly = article(
            """
            Russia and Turkey met on Sunday

            Russian Foreign Minister Sergei Lavrov condemned the attack on the Turkish embassy.
            """)
        #expect(headlineOnly.last?.date == "2017-02-27")
        // Without a day named before it, an undated sentence is dated by the publication.
        let undated = article("Israeli Prime Minister Benjamin Netanyahu condemned the attack on the army post.")
        #expect(undated.map(\.date) == ["2017-02-27"])
    }

    @Test("signing or inking a ceasefire is a formal agreement signed (057); agreeing to one declares it (0871)")
    func signedCeasefire() {
        #expect(events("The government and the rebels signed a ceasefire agreement on Sunday.").map(\.cameo) == ["057"])
        #expect(events("Sudan's government and the JEM rebels inked a truce in Doha on Sunday.").map(\.cameo) == ["057"])
        #expect(events("The rebels agreed to a ceasefire on Sunday.").map(\.cameo) == ["0871"])
    }
}
