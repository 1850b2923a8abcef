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
        // The region's list has a village called Kabul (in Israel); the capital is three hundred times larger.
        #expect(places("US and Taliban negotiators met in Kabul on Monday.").first?.country == "AFG")
        // A small namesake in the article's country does not displace a famous place, nor a larger one abroad the
        // region's own: Geneva, Illinois; Vienna, Virginia; Anjar in India (36 times Aanjar in Lebanon).
        #expect(places("US and Russian negotiators met in Geneva on Monday.").first?.country == "CHE")
        #expect(places("US and Russian officials met in Vienna on Monday.").first?.country == "AUT")
        #expect(places("Israeli jets struck targets near Anjar on Sunday.").first?.country == "LBN")
        #expect(places("Israeli troops raided Bethlehem on Sunday.").first?.country == "PSE")
        #expect(places("Israeli jets struck targets near Qana in southern Lebanon on Sunday.").first?.country == "LBN")
    }

    @Test("a place's English name finds it; a namesake's own name does not lead abroad; the region's place stays")
    func alternateNames() {
        #expect(places("Russian missiles struck Odesa on Sunday.").first?.country == "UKR")
        // "Odessa" is Odessa, Texas's own name and only an alternate of Odesa's: no place rather than Texas.
        #expect(places("Russian missiles struck Odessa on Sunday.").allSatisfy { $0.country == "UKR" })
        #expect(places("Russian missiles struck Kiev on Sunday.").first?.country == "UKR")
        // Bursa lists "Yei" among its names; South Sudan's Yei is known by that very name.
        #expect(places("South Sudanese troops clashed with rebels near Yei on Sunday.").first?.country == "SSD")
        let bethlehem = "US Secretary of State Blinken met Palestinian President Abbas in Bethlehem on Monday."
        #expect(places(bethlehem).first?.country == "PSE")
    }

    @Test("wire-style days after a place, and a city named after its country, are found")
    func wireStyle() {
        #expect(places("US and Taliban negotiators met in Doha Saturday.").first?.country == "QAT")
        #expect(places("Russian forces shelled Donetsk Sunday.").first?.country == "UKR")
        #expect(places("Gulf ministers met in Kuwait City on Monday.").first?.name == "Kuwait City")
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

    @Test("codes, group names before fighters or posts, a capital's landmarks and ambiguous names are no places")
    func notPlacesAbroad() {
        for sentence in [
            "Pakistani troops attacked BLA hideouts on Sunday.",  // BLA: Barcelona's airport code
            "Russian jets shelled Azov positions on Sunday.",  // Azov, a Russian town
            "Saudi jets struck Badr fighters on Sunday.",  // Badr, an Egyptian town
            "Netanyahu met Biden at the White House on Monday.",  // an old name of Casablanca
            "Lebanese army troops clashed with militants in the North on Sunday.",
            "Myanmar troops clashed with rebels in Shan on Sunday.",  // a syllable of Shancheng, China
            "Ugandan troops clashed with rebels near Victoria on Sunday.",  // Hong Kong's or British Columbia's?
            "Boko Haram fighters attacked villages in Borno on Sunday.",  // Borna, Germany: small and unnamed
            "The rebel leader said he was trusting in God.",  // Göd, Hungary
            "Russian forces shelled Sloviansk on Sunday.",  // two Ukrainian towns list that spelling
            "The Houthis received weapons from Tehran, Saudi officials said on Monday.",  // a sender, not a place
        ] {
            #expect(places(sentence).isEmpty, "\(sentence): \(places(sentence))")
        }
    }
}
