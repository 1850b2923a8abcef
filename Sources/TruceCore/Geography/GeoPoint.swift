/// A WGS 84 position in degrees.
public struct GeoPoint: Sendable, Hashable, Codable {
    /// Latitude in degrees, −90…90.
    public var latitude: Double
    /// Longitude in degrees, −180…180.
    public var longitude: Double

    /// Creates a point; use ``problem()`` to check the ranges.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Why the point is not a valid WGS 84 position, or `nil` if it is.
    public func problem() -> String? {
        if !latitude.isFinite || latitude < -90 || latitude > 90 {
            return "latitude \(latitude) is outside -90…90"
        }
        if !longitude.isFinite || longitude < -180 || longitude > 180 {
            return "longitude \(longitude) is outside -180…180"
        }
        return nil
    }
}
