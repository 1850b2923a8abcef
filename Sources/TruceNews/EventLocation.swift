/// Where an event took place: a gazetteer place with its country and coordinates.
public struct EventLocation: Sendable, Hashable, Codable {
    /// The place's name as the gazetteer has it.
    public var name: String
    /// ISO 3166-1 alpha-3 code of the place's country.
    public var country: String?
    /// Latitude in degrees.
    public var lat: Double?
    /// Longitude in degrees.
    public var lon: Double?

    /// Creates a location.
    public init(name: String, country: String?, lat: Double?, lon: Double?) {
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
    }

    enum CodingKeys: String, CodingKey { case name, country, lat, lon }

    /// Encodes missing fields as explicit `null`s.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(country, forKey: .country)
        try c.encode(lat, forKey: .lat)
        try c.encode(lon, forKey: .lon)
    }
}
