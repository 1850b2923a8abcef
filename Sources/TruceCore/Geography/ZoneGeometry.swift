/// The area of a zone: one polygon or several (a GeoJSON Polygon or MultiPolygon).
public struct ZoneGeometry: Sendable, Hashable {
    /// The polygons; a point is in the area when it is in any of them.
    public var polygons: [Polygon]

    /// Creates an area from polygons (at least one).
    public init(polygons: [Polygon]) {
        precondition(!polygons.isEmpty, "an area needs a polygon")
        self.polygons = polygons
    }

    /// Whether any polygon contains the point.
    public func contains(_ point: GeoPoint) -> Bool {
        polygons.contains { $0.contains(point) }
    }

    /// The box around every polygon.
    public var boundingBox: BoundingBox {
        polygons.dropFirst().reduce(polygons[0].boundingBox) { $0.union($1.boundingBox) }
    }

    /// The area as a GeoJSON geometry object (`Polygon` or `MultiPolygon`).
    public var geoJSON: [String: any Sendable] {
        func ring(_ points: [GeoPoint]) -> [[Double]] { points.map { [$0.longitude, $0.latitude] } }
        if polygons.count == 1 {
            return ["type": "Polygon", "coordinates": polygons[0].rings.map(ring)]
        }
        return ["type": "MultiPolygon", "coordinates": polygons.map { $0.rings.map(ring) }]
    }
}
