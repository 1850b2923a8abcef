import Testing
import TruceNews

/// Defects a review found in the first version of the sixth round's rules; every sentence is synthetic.
@Suite("Held-out coding rules, sixth round: review")
struct HeldOutSixthRoundReviewTests: CodingExamples {
    let day = NewsDay("2017-02-27")!

    @Test("only the day before publication becomes the story's day; a background day does not")
    func storyDayIsYesterday() {
        let coded = article(
            """
            Hamas militants fired rockets at southern Israel, the Israeli army said.

            Israel launched its offensive in Gaza eight days ago.

            Israeli Defence Minister Benny Gantz vowed a harsh response.

            Egypt urged both sides to exercise restraint.
            """)
        let gantz = coded.first { $0.source?.text.contains("Gantz") == true }
        #expect(gantz?.date == "2017-02-27")
        #expect(coded.first { $0.cameo.hasPrefix("02") }?.date == "2017-02-27")
    }

    @Test("a body event dated only by the story's day does not restate the lede")
    func storyDatedEventKeepsLede() {
        let coded = article(
            """
            Philippine troops clash with MILF rebels

            Philippine troops clashed with the Moro Islamic Liberation Front in Maguindanao on Sunday, the army said.

            Army commanders said the rebels had attacked an army outpost.
            """)
        #expect(coded.contains { $0.sentence.hasPrefix("Philippine troops clashed") && $0.cameo.hasPrefix("19") })
    }

    @Test("after an attack, a participle clause names its target; a weapon with an owner's word is a target")
    func attackTargets() {
        #expect(
            events("Yemen's Houthi rebels seized the port of Mokha on Sunday, forcing government troops to retreat.")
                .first?.target?.role == "MIL")
        #expect(events("The Houthi rebels opened fire on Sunday, wounding three Yemeni soldiers.").first?.target?.role == "MIL")
        #expect(events("Syrian rebels also destroyed three army tanks near Hama on Sunday.").first?.target?.role == "MIL")
    }

    @Test("'the council' is the council last named; 'the front' and 'the coalition of' are no organisations")
    func organisationReferences() {
        let council = article(
            """
            The UN Security Council on Monday urged Sudan's military rulers to hand over power.

            Sudan's Transitional Military Council took power after the president was ousted.

            The council said on Monday it would hold talks with the protest leaders.
            """)
        let last = council.last { $0.sentence.hasPrefix("The council") }
        #expect(last?.source?.country == "SDN")
        // "hold talks with the protest leaders" is no protest.
        #expect(last?.cameo == "036")
        let front = article(
            """
            The Moro Islamic Liberation Front accused the army of shelling its positions on Sunday.

            Government troops later withdrew from the front on Sunday.
            """)
        #expect(front.last?.target?.role != "REB")
    }

    @Test("signing a decree or an order for a ceasefire, or signing up to one, declares it")
    func decreesDeclare() {
        #expect(
            events("Ukrainian President Petro Poroshenko signed a decree on Sunday ordering a unilateral ceasefire.")
                .map(\.cameo) == ["0871"])
        #expect(events("The Donbas rebels signed up to the ceasefire on Sunday.").map(\.cameo) == ["0871"])
    }

    @Test("funding a plan is aid; a diplomatic offensive and guns fired into the air are no force")
    func planAndOffensive() {
        #expect(events("Qatar on Sunday funded the UN reconstruction plan for Gaza.").map(\.root) == ["07"])
        #expect(events("Kiev mounted a diplomatic offensive against Moscow at the UN on Monday.").isEmpty)
        #expect(events("Syrian rebels fired their guns into the air to celebrate the ceasefire on Sunday.").isEmpty)
    }

    @Test("clashes between one side's forces and another's are not among themselves")
    func forcesAreNoRivalSides() {
        let coded = events(
            "Clashes between Syrian government forces near the town of Saraqeb and Turkish troops erupted on Sunday.")
        #expect(coded.first?.target?.role != "MIL" || coded.first?.target?.country != "SYR")
    }

    @Test("a relative clause with its own subject ('whose', 'whom', 'some of whom') codes no act of its own")
    func relativeClauseActs() {
        let houthis = events(
            "The Houthis, whom the coalition accuses of firing missiles at Saudi cities, agreed on Sunday to withdraw.")
        #expect(houthis.allSatisfy { $0.source?.country == "YEM" })
        #expect(
            events("Russia, whose jets have pounded Idlib for weeks, called for a ceasefire on Sunday.").map(\.root)
                == ["02"])
        let rebels = events("The rebels, some of whom fought alongside the army, attacked a government checkpoint on Sunday.")
        #expect(rebels.first?.source?.role == "REB")
    }

    @Test("an outlet in a dateline's parentheses is not joined to the role noun after it")
    func datelineOutlet() {
        let coded = article("MOGADISHU (Reuters) Militants stormed a hotel in the Somali capital on Sunday.")
        #expect(coded.first?.source?.text == "Militants")
    }

    @Test("a verbal act in a participle after a comma is the subject's second act; denying an attack is a denial")
    func participleActsAndDenials() {
        let coded = article(
            """
            Israel and Hamas fought in Gaza on Saturday.

            US President Joe Biden praised the Egyptian mediators on Sunday, urging both sides to respect the deal.
            """)
        #expect(coded.filter { $0.source?.country == "USA" }.map(\.root) == ["05", "02"])
        // The participle is no verb of its own: its subject is the clause's, not the object before it.
        let accused = events(
            "Delegates of the Yemeni government threatened to leave Kuwait on Sunday, accusing the Houthis of new "
                + "conditions.")
        #expect(!accused.contains { $0.source?.country == "KWT" })
        let denied = events("Armenian military officials on Sunday denied attacking Ganja.")
        #expect(denied.map(\.cameo) == ["016"])
    }

    @Test("an article that names no state is about the country of the parties and people it names")
    func focusFromParties() {
        let coded = article(
            """
            On Wednesday, Interior Minister Alfonso Prada announced the suspension of the decree that established a \
            ceasefire with the National Liberation Army (ELN).
            """, published: "2023-01-04")
        #expect(coded.first?.source?.country == "COL")
    }

    @Test("agreeing to stop military operations is a truce; 'led by the former vice-president' names no subject")
    func stopOperationsAndLedBy() {
        #expect(
            events("The South Sudanese rebels agreed on Thursday to stop all the military operations.").map(\.cameo)
                == ["0871"])
        let led = events("The South Sudanese rebels led by the former vice-president said on Thursday they were attacked.")
        #expect(led.allSatisfy { $0.source?.role != "GOV" })
    }

    @Test("talks that got underway negotiate; talks in a place between two sides are theirs")
    func talksUnderwayAndPlaced() {
        let underway = article(
            """
            Colombia's government and the FARC rebels exchanged accusations on Sunday.

            Talks got underway on Monday behind closed doors at a Havana convention center.
            """, published: "2017-02-28")
        #expect(underway.last?.cameo == "046")
        #expect(underway.last?.source?.country == "COL")
        let placed = events(
            "Four days of talks in the Algerian capital between Malian government envoys and Tuareg rebels ended on "
                + "Sunday.")
        #expect(placed.first?.root == "04")
        #expect(placed.first?.source?.country == "MLI")
    }

    @Test("after an earlier verb, the actor right before an infinitive is that verb's object")
    func infinitiveObject() {
        let coded = article(
            """
            Pakistan accused India of violating the ceasefire on Sunday.

            Faisal urged the Indian side to respect the 2003 ceasefire arrangement.
            """)
        #expect(!coded.contains { $0.cameo == "0871" })
    }

    @Test("a state's words addressed to no one go to the country the article showed it fighting")
    func stateAddressee() {
        let interstate = article(
            """
            Hezbollah fired rockets from southern Lebanon at northern Israel on Sunday.

            Israeli Prime Minister Benjamin Netanyahu warned on Sunday that Israel would respond with force.
            """)
        let warning = interstate.first { $0.root == "13" }
        #expect(warning?.source?.country == "ISR")
        #expect(warning?.target?.country == "LBN")
        // In a civil war the state's own country stays the addressee.
        let civil = article(
            """
            Sudanese rebels attacked army positions near the border with Chad on Sunday.

            Sudanese army chief Abdel Fattah al-Burhan warned on Sunday that the army would respond with force.
            """)
        #expect(civil.first { $0.root == "13" }?.target?.country == "SDN")
    }

    @Test("an attack in the passive fired from a place is that place's country's, on the country it hit")
    func firedFrom() {
        let lebanon = events("Rockets were launched from Lebanon at northern Israel on Sunday.")
        #expect(lebanon.map(\.root) == ["19"])
        #expect(lebanon.first?.source?.country == "LBN")
        #expect(lebanon.first?.target?.country == "ISR")
        let gaza = events("Two mortar shells were fired from Gaza and landed in a field in Israel on Sunday.")
        #expect(gaza.first?.source?.country == "PSE")
        #expect(gaza.first?.target?.country == "ISR")
        // With an agent, the agent fired.
        #expect(
            events("Rockets were fired from Gaza by Islamic Jihad militants on Sunday.").first?.source?.role == "REB")
        // A passive with neither agent nor origin names no one.
        #expect(events("Two soldiers were killed in Idlib on Sunday.").isEmpty)
    }

    @Test("agreeing to a ceasefire proposal or deal is an agreement on a document; agreeing to a ceasefire declares it")
    func ceasefireDocuments() {
        #expect(events("Israel and Hezbollah agreed to the ceasefire deal on Tuesday.").map(\.root) == ["05"])
        #expect(events("Israel and Hezbollah agreed to a ceasefire on Tuesday.").map(\.cameo) == ["0871"])
    }

    @Test("second review: subjects after opening phrases, attack targets past a participle, origins, infinitives")
    func secondReview() {
        // An opening phrase with no comma keeps its subject.
        #expect(
            events("In the north Syrian troops shelled rebel positions near Idlib on Sunday.").first?.source?.country == "SYR")
        let weekend = events("Ukraine's air force said that over the weekend Russian drones attacked the port of Odesa.")
        #expect(weekend.contains { $0.root == "19" && $0.source?.country == "RUS" })
        // An attack's object may follow the participle's comma; "accusing it" is the first act's counterpart.
        let struck = events(
            "Israeli aircraft struck the Nuseirat camp in central Gaza on Sunday, accusing Hamas of hiding weapons.")
        #expect(struck.first { $0.root == "19" }?.target?.country == "PSE")
        let suspended = events(
            "The Colombian government suspended talks with the ELN on Sunday, accusing it of killing soldiers.")
        #expect(suspended.first { $0.cameo == "112" }?.target?.role == "REB")
        // Where an attack came from is no target; a passive fired from a place is that place's.
        let lebanon = events("Hezbollah fired rockets from southern Lebanon at northern Israel on Sunday.")
        #expect(lebanon.first?.target?.country == "ISR")
        let gaza = events("Rockets were fired from Gaza at Israel on Sunday.")
        #expect(gaza.first?.source?.country == "PSE")
        #expect(gaza.first?.target?.country == "ISR")
        #expect(events("Two civilians were killed from Israeli shelling in southern Lebanon.").allSatisfy { $0.cameo != "190" })
        // A verb that lets someone act is no appeal: the one let acts.
        #expect(
            events("The agreement, brokered by Qatar, allowed Hamas to release 13 Israeli hostages on Friday.").first?
                .source?.country == "PSE")
        #expect(events("Egypt urged Hamas to release the hostages on Friday.").map(\.root) == ["02"])
        // Talks planned or hoped for are not held.
        #expect(events("Talks in Cairo between Israel and Hamas are scheduled for next week.").isEmpty)
        #expect(events("Hopes for talks in Cairo between Israel and Hamas faded on Sunday.").isEmpty)
        // A mediator named first does not make the conflict his country's.
        let hostages = article(
            """
            Antony Blinken said on Sunday a deal to free hostages held by Hamas was close.

            The United Nations called for an immediate ceasefire.
            """)
        #expect(hostages.last?.target?.country != "USA")
    }

    @Test("one side's quoted word that the other attacked is also its accusation")
    func quotedAccusation() {
        let coded = events("“The rebels violated the ceasefire today in Koch,” South Sudan's army spokesman said on Sunday.")
        #expect(coded.contains { $0.cameo == "196" && $0.source?.role == "REB" })
        #expect(coded.contains { $0.cameo == "112" && $0.source?.role == "MIL" && $0.target?.role == "REB" })
        // A monitor's quoted report accuses no one.
        let monitor = events("“Government forces shelled the village on Sunday,” the Syrian Observatory for Human Rights said.")
        #expect(!monitor.contains { $0.cameo == "112" })
    }
}
