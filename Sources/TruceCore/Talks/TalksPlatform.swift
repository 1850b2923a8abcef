/// A grouping that sits at the table without being an agreement actor (the HNC, the Cairo and Moscow platforms).
public struct TalksPlatform: Sendable, Hashable {
    /// Stable identifier.
    public var id: String
    /// Name.
    public var name: String
    /// The agreement party it belongs to, if any.
    public var party: String?
}
