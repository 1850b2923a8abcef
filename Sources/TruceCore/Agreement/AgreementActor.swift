/// Any actor an agreement names, with the role it has in it.
public struct AgreementActor: Sendable, Hashable {
    /// The actor's role in the agreement.
    public enum Role: String, Sendable, Hashable, Codable {
        /// Bound by the agreement.
        case party
        /// Outside the agreement.
        case excluded
        /// Answers for compliance.
        case guarantor
    }

    /// Stable identifier.
    public var id: String
    /// Name.
    public var name: String
    /// Other names.
    public var aliases: [String]
    /// Role.
    public var role: Role
}
