/// Who the mechanism holds responsible for an incident, kept apart from the verification state.
public enum Attribution: Sendable, Hashable {
    /// Nobody has been held responsible (or the agreement's mechanism does not attribute).
    case unattributed
    /// Attributed to an agreement actor with a stated confidence.
    case attributed(actorID: String, confidence: AttributionConfidence)

    /// The attributed actor's id, if any.
    public var actorID: String? {
        if case .attributed(let id, _) = self { return id }
        return nil
    }
}
