import Testing
import TruceNews

/// Rules added for unseen ceasefire and talks articles; every sentence here is synthetic.
@Suite("Held-out coding rules")
struct HeldOutRulesTests {
    let day = NewsDay("2017-02-27")!

    func code(_ sentence: String) -> CodedEvent? {
        Fixtures.extractor.extract(sentence: sentence, published: day).first
    }

    func article(_ text: String) -> [CodedEvent] {
        Fixtures.extractor.extract(text: text, published: day).events
    }

    @Test("a lower-case name particle opens a known name")
    func particle() {
        let event = code("On Friday, de Mistura met French officials in Paris.")
        #expect(event?.source?.country == "IGO")
        #expect(event?.root == "04")
    }

    @Test("a reduced relative clause with by is no act of its own")
    func reducedPassive() {
        let event = code("The opposition delegation supported by Riyadh rejected the proposal on Monday.")
        #expect(event?.root == "12")
        #expect(event?.cameo != "051")
    }

    @Test("actors governed by a preposition are not the subject, nor are those of a relative clause")
    func prepositionalGroups() {
        let sponsors = code("Russia and Turkey, the sponsors of talks between the government and rebels, agreed to help.")
        #expect(sponsors?.source?.country == "RUS")
        #expect(sponsors?.target?.country == "TUR")
        let relative = code("Turkey, which backed rebels fighting Bashar al-Assad, cooperated with Russia on Monday.")
        #expect(relative?.source?.country == "TUR")
        #expect(relative?.root == "06")
    }

    @Test("a list of actors ends in and: a comma after a place joins nothing")
    func listsEndInAnd() {
        let event = code("In northern Syria, Turkey agreed to open a crossing.")
        #expect(event?.source?.country == "TUR")
        #expect(event?.target?.country != "SYR")
    }

    @Test("no as the subject's determiner negates; has repeatedly makes a habit, not news")
    func negationAndHabit() {
        #expect(code("No rebel group said it had signed the agreement.") == nil)
        #expect(code("The regime has repeatedly violated the truce.") == nil)
        #expect(code("The regime violated the truce on Sunday.")?.cameo == "196")
    }

    @Test("the warring parties, both sides: a cooperative act among them targets their own country")
    func reciprocal() {
        let event = code("The warring parties in Yemen agreed on Thursday to exchange prisoners.")
        #expect(event?.source?.country == "YEM")
        #expect(event?.target?.country == "YEM")
    }

    @Test("coordinated actors: in a speech complement and as agents of a passive, the partner is the target")
    func partners() {
        let reported = code("A diplomat said that Moscow and Ankara are discussing a monitoring mechanism.")
        #expect(reported?.source?.country == "RUS")
        #expect(reported?.target?.country == "TUR")
        #expect(reported?.root == "04")
        let signed = code("The accord was signed by Moscow and Ankara on Tuesday.")
        #expect(signed?.cameo == "057")
        #expect(signed?.source?.country == "RUS")
        #expect(signed?.target?.country == "TUR")
    }

    @Test("after holding talks: the gerund's subject is the clause's")
    func gerundAfter() {
        let event = code("The UN envoy made the statement after holding talks with the government delegation on February 20.")
        #expect(event?.source?.country == "IGO")
        #expect(event?.root == "04")
        #expect(event?.date == "2017-02-20")
    }

    @Test("receiving a thing is no hosting; an infinitive after a noun is no act")
    func nonActs() {
        #expect(code("Damascus had not received the list of names.") == nil)
        #expect(code("The statement reiterates their determination to fight ISIL.")?.root != "19")
    }

    @Test("talks between X and Y code when the clause has no other act; a venue's name is no party")
    func talksNoun() {
        let talks = code("Peace talks between Russia and Turkey took place in Sochi.")
        #expect(talks?.root == "04")
        #expect(talks?.source?.country == "RUS")
        #expect(talks?.target?.country == "TUR")
        #expect(code("The Astana talks took place last week.") == nil)
    }

    @Test("a gerund that names an attack is the event noun; force with no target hits the conflict's country")
    func attackNoun() {
        let event = code("Syrian regime shelling hit the outskirts of a small town on Sunday.")
        #expect(event?.cameo == "194")
        #expect(event?.source?.country == "SYR")
        #expect(event?.target?.country == "SYR")
        #expect(event?.date == "2017-02-26")
    }

    @Test("verbs of truces, deployments, hopes, agreements and joint mechanisms")
    func verbs() {
        #expect(code("The army announced a halt in fighting on Saturday.")?.cameo == "0871")
        let post = code("The Turkish military set up an observation post in Syria on Thursday.")
        #expect(post?.cameo == "154")
        #expect(post?.target?.country == "SYR")
        let hope = code("The UN envoy expressed the hope that the Syrian opposition would form one delegation.")
        #expect(hope?.cameo == "020")
        #expect(hope?.target?.country == "SYR")
        #expect(code("Russia and Iran agreed on the establishment of a joint commission.")?.cameo == "057")
        #expect(code("Russia and Iran are setting up a mechanism to observe the truce.")?.root == "05")
    }

    @Test("spans of weeks or months and another month are background; recaps weeks old only in articles")
    func background() {
        #expect(code("Turkey has worked with Russia and Iran in recent months.") == nil)
        #expect(code("Government forces have for weeks been fighting rebels near the town.") == nil)
        #expect(code("The offensive collapsed in December when the army attacked rebels.") == nil)
        #expect(code("On January 2, Russia held talks with Turkey.")?.date == "2017-01-02")
        #expect(article("On January 2, Russia held talks with Turkey.").isEmpty)
        #expect(article("On February 20, Russia held talks with Turkey.").count == 1)
    }

    @Test("article rules: subheads and credited captions are dropped, the headline lends only speech acts")
    func articleRules() {
        let text = """
            UN chief announces ceasefire in the port

            Envoy hails progress as rivals agree to truce

            Government forces shelled the port on Sunday [Getty]

            The UN chief said on Monday that the talks went well.
            """
        let extraction = Fixtures.extractor.extract(text: text, published: day)
        #expect(extraction.skipped.contains { $0.reason == "not-a-sentence" })
        #expect(extraction.skipped.contains { $0.reason == "caption" })
        #expect(extraction.events.count == 1)
        #expect(extraction.events.first?.cameo == "010")
    }

    @Test("one speech act per office and day; one symmetric act per pair of countries and day")
    func dedupe() {
        let hail = article("Guterres hailed the deal on Monday.\n\nThe UN chief said more talks were planned.")
        #expect(hail.count == 1)
        #expect(hail.first?.cameo == "051")
        let talks = article(
            "Russia held talks with Turkey on Monday.\n\nTurkish officials discussed the truce with Russian officials on Monday.")
        #expect(talks.count == 1)
    }
}
