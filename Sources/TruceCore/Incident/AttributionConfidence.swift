/// How sure the mechanism is of an attribution.
public enum AttributionConfidence: String, Sendable, Hashable, Codable, CaseIterable {
    /// Some indications.
    case low
    /// Several consistent indications.
    case medium
    /// Established beyond reasonable doubt.
    case high
}
