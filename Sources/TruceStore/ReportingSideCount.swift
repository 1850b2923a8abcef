/// What one reporting side alleged, next to what the mechanism verified of it.
public struct ReportingSideCount: Sendable, Hashable {
    /// The side: the source kind and reporter (`party:syrian-government`, `media:ucdp`), or the kind alone with
    /// `(confidential)` for confidential sources.
    public var side: String
    /// Incidents it reported (each counted once, however often it re-sent).
    public var alleged: Int
    /// Of those, incidents verified or published.
    public var verified: Int
    /// Of those, incidents with a violation finding.
    public var violations: Int
    /// Of those, incidents found unfounded.
    public var unfounded: Int
}
