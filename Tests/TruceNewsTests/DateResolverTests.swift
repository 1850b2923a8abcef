import Testing
import TruceNews

@Suite("Date resolver")
struct DateResolverTests {
    let resolver = DateResolver(published: NewsDay("2017-02-27")!)  // a Monday

    @Test("weekdays point back for reported acts and forward for planned ones")
    func weekdays() {
        #expect(resolver.resolve("on Monday")?.description == "2017-02-27")
        #expect(resolver.resolve("On Sunday, the envoy met")?.description == "2017-02-26")
        #expect(resolver.resolve("on Friday")?.description == "2017-02-24")
        #expect(resolver.resolve("on Friday", future: true)?.description == "2017-03-03")
        #expect(resolver.resolve("last Monday")?.description == "2017-02-20")
        #expect(resolver.resolve("next Monday")?.description == "2017-03-06")
    }

    @Test("relative days")
    func relative() {
        #expect(resolver.resolve("yesterday")?.description == "2017-02-26")
        #expect(resolver.resolve("later today")?.description == "2017-02-27")
        #expect(resolver.resolve("tomorrow")?.description == "2017-02-28")
        #expect(resolver.resolve("last night")?.description == "2017-02-26")
    }

    @Test("month and day, with and without a year")
    func monthDay() {
        #expect(resolver.resolve("on February 23")?.description == "2017-02-23")
        #expect(resolver.resolve("on 25 February 2017")?.description == "2017-02-25")
        #expect(resolver.resolve("Feb. 23")?.description == "2017-02-23")
        #expect(resolver.resolve("on December 30")?.description == "2016-12-30")
        #expect(resolver.resolve("on March 3", future: true)?.description == "2017-03-03")
        #expect(resolver.resolve("since December 30, 2016")?.description == "2016-12-30")
        #expect(resolver.resolve("it may be") == nil)
    }

    @Test("since-expressions and past years are background")
    func background() {
        let scalars = Array("Since the beginning of 2016, the capital has hosted two rounds".unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        let found = resolver.find(tokens, in: 0..<tokens.count, future: false)
        #expect(found.contains { $0.background })
        let recent = Array("since Saturday".unicodeScalars)
        let recentTokens = Tokenizer.tokens(recent, in: 0..<recent.count)
        #expect(resolver.find(recentTokens, in: 0..<recentTokens.count, future: false).allSatisfy { !$0.background })
    }

    @Test("day arithmetic")
    func days() {
        #expect(NewsDay("2017-02-27")?.weekday == 1)
        #expect(NewsDay("2016-02-29") != nil)
        #expect(NewsDay("2017-02-29") == nil)
        #expect(NewsDay("2017-02-27")?.adding(days: 2).description == "2017-03-01")
    }
}
