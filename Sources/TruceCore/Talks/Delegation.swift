/// A delegation at a round: the party or platform it speaks for, its head and members, and whether it came.
public struct Delegation: Sendable, Hashable {
    /// Stable identifier (`geneva-4-hnc`).
    public var id: String
    /// The agreement actor it represents, if any.
    public var party: String?
    /// The platform it represents (an id declared in the talks file), if any.
    public var platform: String?
    /// Its head.
    public var head: String?
    /// Other members.
    public var members: [String]
    /// Whether it attended (false: invited and boycotted or absent).
    public var attended: Bool
    /// What changed during the round, in date order.
    public var changes: [DelegationChange] = []
}
