import Foundation

/// A ceasefire agreement as code: who is bound, what is prohibited, where, and since when.
///
/// The agreement in force at an instant is the base plus every amendment whose entry into force is at or before
/// it; ask ``version(at:)`` for it.
public struct Agreement: Sendable, Hashable {
    /// Stable identifier (e.g. `syria-2016-ceasefire`).
    public var id: String
    /// Title.
    public var title: String
    /// The mechanism's local time zone; daily counts cut days in it.
    public var timeZone: TimeZone
    /// When the base agreement takes effect.
    public var entryIntoForce: Date
    /// Whether the mechanism attributes violations.
    public var attributionPolicy: AttributionPolicy
    /// Guarantors from the start.
    public var guarantors: [Guarantor]
    /// Parties from the start.
    public var parties: [Party]
    /// Groups excluded from the start.
    public var excludedGroups: [ExcludedGroup]
    /// Clauses from the start.
    public var clauses: [Clause]
    /// Zones from the start.
    public var zones: [Zone]
    /// Amendments, in order of entry into force.
    public var amendments: [Amendment]
    /// Where the text and facts come from (shown with the agreement).
    public var sources: [String]
    /// Notes shown with the agreement (e.g. that zone outlines are approximate).
    public var notes: [String]

    /// Creates an agreement; amendments are kept sorted by entry into force.
    public init(
        id: String, title: String, timeZone: TimeZone, entryIntoForce: Date,
        attributionPolicy: AttributionPolicy = .attribute, guarantors: [Guarantor], parties: [Party],
        excludedGroups: [ExcludedGroup], clauses: [Clause], zones: [Zone], amendments: [Amendment],
        sources: [String] = [], notes: [String] = []
    ) {
        self.id = id
        self.title = title
        self.timeZone = timeZone
        self.entryIntoForce = entryIntoForce
        self.attributionPolicy = attributionPolicy
        self.guarantors = guarantors
        self.parties = parties
        self.excludedGroups = excludedGroups
        self.clauses = clauses
        self.zones = zones
        self.amendments = amendments.sorted { $0.entryIntoForce < $1.entryIntoForce }
        self.sources = sources
        self.notes = notes
    }

    /// The agreement as it stands at an instant.
    public func version(at instant: Date) -> AgreementVersion {
        var version = AgreementVersion(
            agreementID: id, asOf: instant, inForce: instant >= entryIntoForce, amendmentIDs: [],
            guarantors: guarantors, parties: parties, excludedGroups: excludedGroups, clauses: clauses,
            zones: instant >= entryIntoForce ? zones.filter { $0.isInForce(at: instant) } : [])
        for amendment in amendments where amendment.entryIntoForce <= instant {
            version.amendmentIDs.append(amendment.id)
            version.guarantors += amendment.addsGuarantors
            version.parties += amendment.addsParties
            version.excludedGroups += amendment.addsExcludedGroups
            version.clauses += amendment.addsClauses
            version.zones += amendment.addsZones.filter { $0.isInForce(at: instant) }
        }
        version.guarantors = version.guarantors.filter { $0.joined <= instant }
        version.parties = version.parties.filter { $0.joined <= instant }
        return version
    }

    /// Every zone the agreement ever defines, with its start set to the later of its own start and its
    /// amendment's entry into force (or the agreement's).
    public var allZones: [Zone] {
        var result = zones.map { zone in
            var zone = zone
            zone.inForceFrom = max(zone.inForceFrom ?? entryIntoForce, entryIntoForce)
            return zone
        }
        for amendment in amendments {
            for var zone in amendment.addsZones {
                zone.inForceFrom = max(zone.inForceFrom ?? amendment.entryIntoForce, amendment.entryIntoForce)
                result.append(zone)
            }
        }
        return result
    }

    /// Every actor the agreement ever names: parties, excluded groups and guarantors, from the base and amendments.
    public var allActors: [AgreementActor] {
        var actors: [AgreementActor] = []
        let allParties = parties + amendments.flatMap(\.addsParties)
        let allExcluded = excludedGroups + amendments.flatMap(\.addsExcludedGroups)
        let allGuarantors = guarantors + amendments.flatMap(\.addsGuarantors)
        actors += allParties.map { AgreementActor(id: $0.id, name: $0.name, aliases: $0.aliases, role: .party) }
        actors += allExcluded.map { AgreementActor(id: $0.id, name: $0.name, aliases: $0.aliases, role: .excluded) }
        actors += allGuarantors.map { AgreementActor(id: $0.id, name: $0.name, aliases: $0.aliases, role: .guarantor) }
        return actors
    }
}
