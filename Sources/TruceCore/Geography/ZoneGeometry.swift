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
}
