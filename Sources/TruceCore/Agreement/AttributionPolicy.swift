/// Whether the mechanism attributes violations to parties (the OSCE's monitors chose not to).
public enum AttributionPolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Incidents may be attributed to a party.
    case attribute
    /// The mechanism records incidents without attributing them.
    case doNotAttribute = "do-not-attribute"
}
