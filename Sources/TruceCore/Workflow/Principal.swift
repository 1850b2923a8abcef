/// Who makes a change: a named user acting in a role (a party user acts for one agreement party).
public struct Principal: Sendable, Hashable, Codable {
    /// The user's name as the record keeps it (e.g. `alice`, `cli:ops`).
    public var name: String
    /// The role they act in.
    public var role: Role
    /// For the party role: the agreement party they act for.
    public var partyID: String?

    /// A principal.
    public init(name: String, role: Role, partyID: String? = nil) {
        self.name = name
        self.role = role
        self.partyID = partyID
    }

    /// How the record names them: `alice (monitor)`, `damascus-liaison (party syrian-government)`.
    public var recorded: String {
        name + " (" + role.rawValue + (partyID.map { " " + $0 } ?? "") + ")"
    }
}
