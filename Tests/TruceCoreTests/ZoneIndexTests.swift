import Foundation
import Testing

@testable import TruceCore

@Suite("Zone lookup")
struct ZoneIndexTests {
    /// A regular polygon around a centre (a star when `spiky`, to exercise concave rings).
    func polygon(center: GeoPoint, radius: Double, spiky: Bool) -> Polygon {
        let count = spiky ? 14 : 9
        var ring: [GeoPoint] = (0..<count).map { i in
            let angle = Double(i) / Double(count) * 2 * Double.pi
            let r = spiky && i % 2 == 1 ? radius * 0.4 : radius
            return GeoPoint(latitude: center.latitude + r * sin(angle), longitude: center.longitude + r * cos(angle))
        }
        ring.append(ring[0])
        return Polygon(rings: [ring])
    }

    @Test("with 3,000 polygons the index finds exactly what a scan of every polygon finds")
    func matchesBruteForce() {
        var generator = SystemRandomNumberGenerator()
        var zones: [Zone] = []
        for i in 0..<3_000 {
            let center = GeoPoint(
                latitude: Double.random(in: 30...38, using: &generator), longitude: Double.random(in: 34...43, using: &generator))
            let geometry = ZoneGeometry(polygons: [
                polygon(center: center, radius: Double.random(in: 0.02...0.4, using: &generator), spiky: i % 3 == 0)
            ])
            let from = i % 5 == 0 ? Date(timeIntervalSince1970: 1_500_000_000) : nil
            zones.append(Zone(id: "z\(i)", name: "Zone \(i)", geometry: geometry, inForceFrom: from))
        }
        let index = ZoneIndex(zones: zones)
        let instant = Date(timeIntervalSince1970: 1_400_000_000)
        var hits = 0
        for _ in 0..<5_000 {
            let point = GeoPoint(
                latitude: Double.random(in: 29.5...38.5, using: &generator),
                longitude: Double.random(in: 33.5...43.5, using: &generator))
            let expected = zones.filter { $0.geometry.contains(point) && $0.isInForce(at: instant) }.map(\.id)
            let found = index.zones(containing: point, at: instant).map(\.id)
            #expect(found == expected)
            hits += found.count
        }
        #expect(hits > 0)
    }

    @Test("holes are outside the polygon")
    func holes() {
        let outer = [
            GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 10), GeoPoint(latitude: 10, longitude: 10),
            GeoPoint(latitude: 10, longitude: 0), GeoPoint(latitude: 0, longitude: 0),
        ]
        let hole = [
            GeoPoint(latitude: 4, longitude: 4), GeoPoint(latitude: 4, longitude: 6), GeoPoint(latitude: 6, longitude: 6),
            GeoPoint(latitude: 6, longitude: 4), GeoPoint(latitude: 4, longitude: 4),
        ]
        let polygon = Polygon(rings: [outer, hole])
        #expect(polygon.contains(GeoPoint(latitude: 2, longitude: 2)))
        #expect(!polygon.contains(GeoPoint(latitude: 5, longitude: 5)))
        #expect(!polygon.contains(GeoPoint(latitude: 11, longitude: 5)))
    }
}
