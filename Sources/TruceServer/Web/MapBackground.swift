import Foundation

/// The outlines a map is drawn on: countries (the focus country stronger) and its first-level regions, from
/// GeoJSON files (Natural Earth), with the box the map shows.
public struct MapBackground: Sendable {
    /// An outline: a name and its rings of (longitude, latitude).
    public struct Outline: Sendable {
        /// The name.
        public var name: String
        /// Rings of points (longitude, latitude).
        public var rings: [[(Double, Double)]]
    }

    /// The countries in view.
    public var countries: [Outline]
    /// The focus country's name.
    public var focus: String
    /// Its regions (governorates).
    public var regions: [Outline]
    /// Longitude range shown.
    public var longitudes: ClosedRange<Double>
    /// Latitude range shown.
    public var latitudes: ClosedRange<Double>
    /// Where the outlines come from (shown under the map).
    public var attribution: String

    /// An empty background over a box.
    public init(
        countries: [Outline] = [], focus: String = "", regions: [Outline] = [], longitudes: ClosedRange<Double>,
        latitudes: ClosedRange<Double>, attribution: String = ""
    ) {
        self.countries = countries
        self.focus = focus
        self.regions = regions
        self.longitudes = longitudes
        self.latitudes = latitudes
        self.attribution = attribution
    }

    /// Loads countries and regions from GeoJSON FeatureCollections (a feature's `name` property names it).
    public static func load(
        countries: URL, regions: URL, focus: String, longitudes: ClosedRange<Double>, latitudes: ClosedRange<Double>,
        attribution: String
    ) throws -> MapBackground {
        MapBackground(
            countries: try outlines(countries), focus: focus, regions: try outlines(regions), longitudes: longitudes,
            latitudes: latitudes, attribution: attribution)
    }

    static func outlines(_ url: URL) throws -> [Outline] {
        guard let collection = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
            let features = collection["features"] as? [[String: Any]]
        else { return [] }
        return features.compactMap { feature in
            guard let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String else {
                return nil
            }
            let name = (feature["properties"] as? [String: Any])?["name"] as? String ?? ""
            func ring(_ value: Any) -> [(Double, Double)] {
                (value as? [[Double]] ?? []).compactMap { $0.count >= 2 ? ($0[0], $0[1]) : nil }
            }
            var rings: [[(Double, Double)]] = []
            if type == "Polygon", let polygon = geometry["coordinates"] as? [Any] {
                rings = polygon.map(ring)
            } else if type == "MultiPolygon", let polygons = geometry["coordinates"] as? [[Any]] {
                rings = polygons.flatMap { $0.map(ring) }
            }
            return Outline(name: name, rings: rings)
        }
    }
}
