import Foundation
import Testing
import TruceCore
import TruceNews

@Suite("World places: the second gazetteer layer")
struct WorldPlacesTests {
    let day = NewsDay("2017-02-27")!

    func places(_ text: String, extractor: EventExtractor = Fixtures.extractor) -> [EventLocation] {
        extractor.extract(text: text, published: day).events.compactMap(\.location)
    }

    @Test("the shipped layer loads the world's larger places with their countries and positions")
    func shipped() throws {
        let world = try WorldPlaces.shipped()
        #expect(world.count > 30_000)
        let colombo = try #require(world.resolve("Colombo"))
        #expect(colombo.countryCode == "LK")
        #expect(abs(colombo.point.latitude - 6.93) < 0.1 && abs(colombo.point.longitude - 79.85) < 0.1)
        #expect(world.resolve("Mekele")?.countryCode == "ET")
    }

    @Test("a place outside the scenario's region is found, with its country and position, only through the layer")
    func outsideTheRegion() {
        let sentence = "Government and Tamil Tiger negotiators met in Colombo on Monday."
        let found = places(sentence)
        #expect(found.map(\.name) == ["Colombo"])
        #expect(found.first?.country == "LKA")
        #expect(abs((found.first?.lat ?? 0) - 6.93) < 0.1)
        var regional = Fixtures.extractor
        regional.worldPlaces = nil
        #expect(places(sentence, extractor: regional).isEmpty)
        #expect(places("Ethiopian troops shelled Mekele on Sunday.").first?.country == "ETH")
        #expect(places("Fighting broke out in Juba on Sunday between the army and rebels.").first?.country == "SSD")
    }

    @Test("the article's country decides between places of one name; else the scenario's, unless the world's is far larger")
    func sameName() {
        #expect(places("Libyan government forces shelled Tripoli on Sunday.").first?.country == "LBY")
        #expect(places("Lebanese army troops shelled militants in Tripoli on Sunday.").first?.country == "LBN")
        let geneva = places("The Syrian opposition delegation met UN envoy Staffan de Mistura in Geneva on Monday.")
        #expect(geneva.first?.country == "CHE")
        // The region's list has a village called Kabul (in Israel); the capital is a hundred times larger.
        #expect(places("US and Taliban negotiators met in Kabul on Monday.").first?.country == "AFG")
    }

    @Test("a country, an armed group, a month or part of a longer name is not taken for a town of that name")
    func notPlaces() {
        let text = """
            Rebels and the army agreed in March to a truce.

            Israeli jets struck targets in Lebanon on Sunday.

            Israel said rockets were fired at its towns from Hamas on Sunday.

            South Korean and North Korean officers met in North Korea on Monday.
            """
        let found = places(text)
        #expect(!found.contains { ["March", "Lebanon", "Hamm", "North Salt Lake"].contains($0.name) }, "\(found)")
        #expect(!found.contains { $0.country == "USA" || $0.country == "GBR" || $0.country == "DEU" }, "\(found)")
    }
}
