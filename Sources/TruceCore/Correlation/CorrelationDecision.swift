/// What correlation did with one report.
public enum CorrelationDecision: Sendable, Hashable {
    /// It joined an incident, for these reasons.
    case joined(incident: Int, score: CorrelationScore)
    /// It matched nothing closely enough and opened a new incident.
    case opened(incident: Int)
    /// It is a report already counted: the same content hash, or the same reporter re-sending its account of the
    /// same incident. It is kept with that incident but never counted twice.
    case duplicate(incident: Int, of: Int64)

    /// The incident the report belongs to.
    public var incident: Int {
        switch self {
        case .joined(let incident, _), .opened(let incident), .duplicate(let incident, _): incident
        }
    }
}
