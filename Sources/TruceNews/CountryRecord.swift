/// A state as the dictionaries know it: codes, name and capital.
public struct CountryRecord: Sendable, Hashable {
    /// ISO 3166-1 alpha-3 code.
    public var alpha3: String
    /// ISO 3166-1 alpha-2 code.
    public var alpha2: String
    /// The usual English name.
    public var name: String
    /// The adjectives ("Russian", "Swiss"), lower-case keys.
    public var adjectives: [String]
    /// The capital (the first metonym listed), if any.
    public var capital: String?
}
