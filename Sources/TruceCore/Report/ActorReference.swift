/// An actor named in a report: an actor the agreement knows (party, excluded group or guarantor) or a free-text name.
public enum ActorReference: Sendable, Hashable {
    /// The id of a party, excluded group or guarantor of the agreement.
    case known(id: String)
    /// A name the agreement does not list (e.g. "unidentified gunmen").
    case described(String)

    /// The agreement actor id, if this reference names one.
    public var knownID: String? {
        if case .known(let id) = self { return id }
        return nil
    }

    /// The text to show for this reference.
    public var display: String {
        switch self {
        case .known(let id): id
        case .described(let text): text
        }
    }
}
