import Foundation

/// A change to the agreement that takes effect at a time: a memorandum adding zones, a party joining, a new clause.
public struct Amendment: Sendable, Hashable {
    /// Stable identifier (e.g. `memorandum-2017-05-04`).
    public var id: String
    /// Title.
    public var title: String
    /// When it was signed, if known.
    public var signed: Date?
    /// When it takes effect.
    public var entryIntoForce: Date
    /// Guarantors it adds.
    public var addsGuarantors: [Guarantor]
    /// Parties it adds.
    public var addsParties: [Party]
    /// Excluded groups it adds.
    public var addsExcludedGroups: [ExcludedGroup]
    /// Clauses it adds.
    public var addsClauses: [Clause]
    /// Zones it adds; a zone without its own start takes effect with the amendment.
    public var addsZones: [Zone]

    /// Creates an amendment.
    public init(
        id: String, title: String, signed: Date?, entryIntoForce: Date, addsGuarantors: [Guarantor] = [],
        addsParties: [Party] = [], addsExcludedGroups: [ExcludedGroup] = [], addsClauses: [Clause] = [],
        addsZones: [Zone] = []
    ) {
        self.id = id
        self.title = title
        self.signed = signed
        self.entryIntoForce = entryIntoForce
        self.addsGuarantors = addsGuarantors
        self.addsParties = addsParties
        self.addsExcludedGroups = addsExcludedGroups
        self.addsClauses = addsClauses
        self.addsZones = addsZones
    }
}
