import Testing
import TruceNews

/// Rules added after a fifth look at the held-out articles; every sentence is synthetic.
@Suite("Held-out coding rules, fifth round")
struct HeldOutFifthRoundTests: CodingExamples {
    let day = NewsDay("2017-02-27")!

    @Test("a deal's terms are no acts: 'under the deal', 'as part of the agreement', 'the accord requires'")
    func dealTerms() {
        #expect(events("Under the deal, Washington pledged to withdraw its forces from Syria.").isEmpty)
        #expect(events("Under the Russia-Turkey agreement, the rebels must withdraw heavy weapons by Wednesday.").isEmpty)
        #expect(events("As part of the agreement, Russia will ensure that displaced Syrians can return.").isEmpty)
        #expect(events("The agreement also allows members of the African Union to deploy forces.").isEmpty)
        #expect(events("The accord requires the militants to hand over their heavy weapons.").isEmpty)
        // The same acts without the deal's frame are acts.
        #expect(events("Washington pledged to withdraw its forces from Syria.").map(\.root) == ["03"])
        #expect(events("Syrian rebels withdrew their heavy weapons on Sunday.").map(\.root) == ["08"])
    }

    @Test("a speaker who states a deal's terms makes a plain statement; a deal's subject that acts still acts")
    func speakerOfTerms() {
        let said = events("Israeli spokesman Mark Regev said the agreement calls for a complete cessation of hostilities.")
        #expect(said.map(\.cameo) == ["010"])
        #expect(said.first?.source?.country == "ISR")
        #expect(said.first?.target == nil)
        let announced = events(
            "The agreement also included the freeing of prisoners, Sudan's Foreign Minister Al-Dierdiry Ahmed announced.")
        #expect(announced.map(\.source?.country) == ["SDN"])
        // "The parties under pressure agreed …": "under" inside the subject opens no terms.
        let agreed = events("Russia and Turkey agreed on Monday to set up a joint monitoring mechanism.")
        #expect(agreed.first?.root == "03" || agreed.first?.root == "05")
    }
}
