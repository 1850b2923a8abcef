/// A polygon as in GeoJSON: an outer ring followed by any holes, each ring closed (first point equals last).
public struct Polygon: Sendable, Hashable {
    /// The rings; the first is the outer boundary, the rest are holes.
    public var rings: [[GeoPoint]]
    /// The box around the outer ring.
    public let boundingBox: BoundingBox

    /// Creates a polygon from closed rings. The caller validates rings first (``AgreementDecoder`` does).
    public init(rings: [[GeoPoint]]) {
        precondition(!rings.isEmpty && !rings[0].isEmpty, "a polygon needs an outer ring")
        self.rings = rings
        self.boundingBox = BoundingBox(enclosing: rings[0])!
    }

    /// Whether the point is inside the polygon, by the even-odd rule over every ring (so holes are excluded).
    public func contains(_ point: GeoPoint) -> Bool {
        guard boundingBox.contains(point) else { return false }
        var inside = false
        for ring in rings where Polygon.ringCrossingsAreOdd(ring, point) {
            inside.toggle()
        }
        return inside
    }

    /// Ray casting towards +longitude; true when the ray crosses the ring an odd number of times.
    static func ringCrossingsAreOdd(_ ring: [GeoPoint], _ point: GeoPoint) -> Bool {
        let x = point.longitude
        let y = point.latitude
        var odd = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i]
            let b = ring[j]
            if (a.latitude > y) != (b.latitude > y) {
                let crossing = (b.longitude - a.longitude) * (y - a.latitude) / (b.latitude - a.latitude) + a.longitude
                if x < crossing { odd.toggle() }
            }
            j = i
        }
        return odd
    }
}
