import Foundation

/// What an agreement holds at one instant: the base plus the amendments then in force. Evaluations name it.
public struct AgreementVersion: Sendable, Hashable {
    /// The agreement.
    public var agreementID: String
    /// The instant this version describes.
    public var asOf: Date
    /// False before the agreement's entry into force.
    public var inForce: Bool
    /// The amendments applied, in order.
    public var amendmentIDs: [String]
    /// Guarantors then.
    public var guarantors: [Guarantor]
    /// Parties then.
    public var parties: [Party]
    /// Excluded groups then.
    public var excludedGroups: [ExcludedGroup]
    /// Clauses then.
    public var clauses: [Clause]
    /// Zones in force then.
    public var zones: [Zone]
}
