import Testing
import TruceNews

@Suite("Boilerplate")
struct BoilerplateTests {
    let filter = BoilerplateFilter()

    @Test("each kind of boilerplate is named")
    func reasons() {
        #expect(filter.reason(for: "News / Syria / News", afterFooter: false) == "navigation")
        #expect(filter.reason(for: "Home | World | Middle East", afterFooter: false) == "navigation")
        #expect(filter.reason(for: "Russian President Vladimir Putin (Photo by AFP)", afterFooter: false) == "caption")
        #expect(filter.reason(for: "Fighters in Idlib on March 3, 2017. (AFP photo)", afterFooter: false) == "caption")
        #expect(filter.reason(for: "By Jane Doe, staff writer", afterFooter: false) == "byline")
        #expect(filter.reason(for: "Mon Feb 27, 2017 03:36PM", afterFooter: false) == "byline")
        #expect(filter.reason(for: "Read more: Turkey says truce holding", afterFooter: false) == "read-more")
        #expect(filter.reason(for: "BREAKING: Talks resume in Geneva", afterFooter: false) == "ticker")
        #expect(
            filter.reason(
                for: "Press TV’s website can also be accessed at the following alternate addresses:", afterFooter: false)
                == "footer")
        #expect(filter.reason(for: "Press TV News Roku", afterFooter: true) == "footer")
        #expect(filter.reason(for: "© 2017 Example News. All rights reserved.", afterFooter: false) == "footer")
    }

    @Test(
        "combination pictures, pictures taken on a day, handouts and bulleted related headlines are boilerplate",
        arguments: [
            ("(COMBO) This combination of pictures shows the two leaders at the signing", "caption"),
            ("A picture taken on March 3, 2017 shows smoke rising over the town", "caption"),
            ("This handout picture released by the presidency shows the delegations", "caption"),
            ("- Saudi Arabia announces plans for a new port", "read-more"),
            ("• Envoy meets opposition in Geneva", "read-more"),
            (
                "Mohammed Alloush, head of a Syrian opposition delegation, center, speaks to the media after the talks on Syria in Astana, Kazakhstan, Thursday, Feb. 16, 2017.",
                "caption"
            ),
            ("Staffan de Mistura (L) meets Bashar al-Jaafari in Geneva on Friday.", "caption"),
            ("© AFP 2023 / JORGE NSIMBA", "caption"),
        ])
    func moreBoilerplate(block: String, reason: String) {
        #expect(filter.reason(for: block, afterFooter: false) == reason)
    }

    @Test("a bulleted sentence that ends like one is kept")
    func bulletedProse() {
        #expect(filter.reason(for: "- The rebels said the government had broken the truce.", afterFooter: false) == nil)
    }

    @Test("article prose is kept")
    func prose() {
        #expect(
            filter.reason(
                for:
                    "On Sunday, UN Special Envoy for Syria Staffan De Mistura held separate talks with the opposition in Geneva.",
                afterFooter: false) == nil)
        #expect(
            filter.reason(for: "Russia’s Putin hails Syria talks in Astana as foundation for Geneva", afterFooter: false) == nil)
    }

    @Test("HTML: script, style, captions, navigation and footers are dropped with the reason")
    func html() {
        let html = """
            <html><head><title>Talks</title><style>p { color: red }</style></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <script>var x = "Russia attacked Turkey on Monday.";</script>
            <h1>Envoy meets opposition</h1>
            <figure><img src="a.jpg"><figcaption>Delegates in Geneva (Photo by AFP)</figcaption></figure>
            <p>Russian Deputy Foreign Minister Mikhail Bogdanov on Monday called for a joint opposition delegation.</p>
            <p>Read more: other news</p>
            <footer>&copy; 2017 Example</footer></body></html>
            """
        let article = ArticleText(html)
        let reasons = Set(article.skipped.map(\.reason))
        #expect(reasons.isSuperset(of: ["script", "style", "caption", "navigation", "footer", "read-more"]))
        #expect(article.blocks.count >= 2)
        #expect(!article.blocks.contains { article.text($0.range).contains("attacked") })
    }
}
