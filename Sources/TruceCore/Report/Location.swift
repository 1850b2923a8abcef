/// Where an event was observed: a point with its uncertainty and, when it came from a name, the place name.
public struct Location: Sendable, Hashable, Codable {
    /// The best known position.
    public var point: GeoPoint
    /// The radius, in metres, within which the event happened.
    public var precisionMetres: Int
    /// The place name the position was resolved from, or a name the source gave beside coordinates.
    public var placeName: String?

    /// Creates a location.
    public init(point: GeoPoint, precisionMetres: Int, placeName: String? = nil) {
        self.point = point
        self.precisionMetres = precisionMetres
        self.placeName = placeName
    }
}
