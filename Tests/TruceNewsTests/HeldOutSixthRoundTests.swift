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

    @Test("returning to talks is negotiating (046); handing over proposals is no aid")
    func talksAndProposals() {
        let returned = events("The Colombian government and the ELN returned to peace talks on Sunday.")
        #expect(returned.map(\.cameo) == ["046"])
        #expect(returned.first?.target?.country == "COL")
        #expect(events("The Sudanese government handed over its proposals on Sunday.").isEmpty)
        // Handing over what can be given is still giving.
        #expect(events("The Sudanese government handed over 20 tons of food to the rebels on Sunday.").map(\.root) == ["07"])
    }

    @Test("an acronym in parentheses and a role noun after it are one actor; ethnic armed groups are rebels")
    func acronymAndRole() {
        let coded = events(
            "The negotiating teams of the Colombian government and the National Liberation Army (ELN) guerrillas "
                + "returned to peace talks on Sunday.")
        #expect(coded.map(\.source?.role) == ["GOV"])
        #expect(coded.first?.target?.text.contains("guerrillas") == true)
        let groups = events("The Myanmar government and armed ethnic groups resumed ceasefire talks on Sunday.")
        #expect(groups.first?.target?.role == "REB")
        #expect(groups.first?.target?.country == "MMR")
    }

    @Test("talks or clashes between rival factions of one country are among themselves")
    func rivalFactions() {
        let talks = article("Talks between rival Libyan factions began in Geneva on Sunday.")
        #expect(talks.map(\.root) == ["04"])
        #expect(talks.first?.source?.country == "LBY")
        #expect(talks.first?.target?.country == "LBY")
        // Two named sides stay two.
        let named = article("Talks between the Libyan government and Turkey began in Geneva on Sunday.")
        #expect(named.first?.target?.country == "TUR")
    }

    @Test("the object of a participle after the subject is no subject, with an adjective before it too")
    func participleWithAdjective() {
        let coded = events(
            "The Arab coalition supporting the legitimate Yemeni government said on Sunday that the Houthi militia "
                + "violated the truce.")
        #expect(coded.contains { $0.cameo == "112" && $0.source?.country == "SAU" && $0.target?.country == "YEM" })
        #expect(!coded.contains { $0.source?.role == "GOV" && $0.source?.country == "YEM" })
    }

    @Test("an event noun inside a prepositional phrase does not end the subject; years of fighting are history")
    func nounInPhraseAndHistory() {
        let coded = events(
            "Philippine army commanders at the scene of the fighting accused the MILF rebels of violating the "
                + "agreement on Sunday.")
        #expect(coded.map(\.cameo) == ["112"])
        #expect(coded.first?.source?.role == "MIL")
        #expect(
            events(
                "The agreement eased years of bloody fighting between government forces and the Muslim rebel front."
            ).isEmpty)
        // Fighting that is news still codes.
        #expect(
            events("Fighting between government forces and the MILF rebels erupted in Basilan on Sunday.").map(\.root)
                == ["19"])
    }

    @Test("clashes that have broken out between two sides are theirs; mounting an assault attacks")
    func clashesAndAssaults() {
        let clashes = events(
            "Clashes have broken out near South Sudan's capital Juba between government troops and rebels on Sunday.")
        #expect(clashes.map(\.root) == ["19"])
        #expect(clashes.first?.source?.role == "MIL")
        #expect(clashes.first?.target?.role == "REB")
        let assault = events(
            "Iraqi forces on Sunday mounted a new assault on Kurdish fighters in the Zummar area, triggering heavy "
                + "artillery exchanges.")
        #expect(assault.map(\.root) == ["19"])
        // The participle clause after the comma names no target.
        #expect(assault.first?.target?.role == "REB")
        let welcomed = events(
            "US President Joe Biden welcomed the news on Sunday, calling it a reprieve for the Yemeni people.")
        #expect(welcomed.map(\.cameo) == ["051"])
        #expect(welcomed.first?.target == nil)
        // A weapon named by a bare noun is no target either.
        #expect(events("Iraqi forces on Sunday attacked artillery near Kirkuk.").first?.target?.text != "artillery")
    }

    @Test("'the coalition' refers back to the organisation last named so")
    func organisationHead() {
        let coded = article(
            """
            The Saudi-led coalition bombed Houthi positions in Sanaa on Sunday.

            The coalition reserves the right to respond to any violation.
            """)
        #expect(coded.map(\.root) == ["19", "13"])
        #expect(coded.allSatisfy { $0.source?.country == "SAU" })
        // Without an organisation named before, "the coalition" is no actor.
        #expect(article("The coalition reserves the right to respond to any violation.").isEmpty)
    }

    @Test("a relative clause opened by 'whose' between the subject and its verb is skipped")
    func whoseClause() {
        let coded = events(
            "The Kremlin, whose support Poroshenko needs for his plan to end the insurgency in the east, denounced the "
                + "ceasefire on Sunday.")
        #expect(coded.map(\.root) == ["11"])
        #expect(coded.first?.source?.country == "RUS")
        #expect(coded.first?.source?.role == "GOV")
    }
}
