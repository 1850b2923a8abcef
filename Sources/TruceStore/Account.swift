import TruceCore

/// A user of the service: a name, a role and, for a party user, the party it acts for.
public struct Account: Sendable, Hashable {
    /// The account's id.
    public var id: Int64
    /// The login name.
    public var name: String
    /// The role.
    public var role: Role
    /// For the party role: the agreement party.
    public var partyID: String?

    /// The principal this account acts as.
    public var principal: Principal { Principal(name: name, role: role, partyID: partyID) }
}
