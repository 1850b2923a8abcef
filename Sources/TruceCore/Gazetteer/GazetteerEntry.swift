/// A named place with its position.
public struct GazetteerEntry: Sendable, Hashable {
    /// The main name.
    public var name: String
    /// ISO 3166-1 alpha-2 country code (e.g. `SY`).
    public var countryCode: String
    /// First-level administrative area (governorate), if known.
    public var admin1: String?
    /// The position.
    public var point: GeoPoint
    /// Population, where the source gives it (used to prefer the larger of same-named places).
    public var population: Int
    /// Where the entry comes from (`geonames:ID` or `ucdp`).
    public var origin: String
    /// The radius, in metres, a report resolved to this place is taken to be precise to.
    public var precisionMetres: Int
}
