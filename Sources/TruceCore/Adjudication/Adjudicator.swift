import Foundation

/// The rule engine: evaluates an incident against the agreement version in force at its time and place.
///
/// The rules, in order (each stops the evaluation when it rules a violation out):
/// 1. only a verified (or published) incident is adjudicated;
/// 2. the agreement must be in force at the incident's time (the start of its observed window);
/// 3. an act against an excluded group is outside the ceasefire;
/// 4. someone must be attributed (a mechanism that does not attribute, like the OSCE's, gets no finding against a
///    party), and it must be a party bound at that time, not an excluded group;
/// 5. the act must be prohibited, for that party, by a clause in force there: the clauses of every zone in force
///    that contains the place come first (the zone regime is the more specific rule, so they replace the
///    nationwide clauses for the same act); otherwise the nationwide clauses.
/// A violation yields one finding per clause violated; a non-violation yields one finding with its reason. Every
/// finding carries the trace of the rules it went through. Findings depend only on the incident and the
/// agreement, so they are recomputed whenever either changes.
public struct Adjudicator: Sendable {
    /// The agreement applied.
    public let agreement: Agreement
    private let zoneIndex: ZoneIndex

    /// An adjudicator for an agreement (all its zones, with their in-force periods).
    public init(agreement: Agreement) {
        self.agreement = agreement
        self.zoneIndex = ZoneIndex(zones: agreement.allZones)
    }

    /// The zones in force at the incident's time whose outlines contain its place (what statistics count it under).
    public func zoneIDs(for incident: Incident) -> [String] {
        let instant = incident.observed.date
        let inForce = Set(agreement.version(at: instant).zones.map(\.id))
        return zoneIndex.zones(containing: incident.location.point, at: instant).map(\.id).filter(inForce.contains)
    }

    /// The findings on one incident.
    public func findings(for incident: Incident) -> [Finding] {
        let instant = incident.observed.date
        var trace: [String] = []
        func outcome(_ reason: FindingReason, clause: String? = nil, zone: String? = nil, party: String? = nil)
            -> [Finding]
        {
            [
                Finding(
                    violation: false, reason: reason, clauseID: clause, zoneID: zone, partyID: party, explanation: trace,
                    agreementAsOf: instant)
            ]
        }
        guard incident.state == .verified || incident.state == .published else {
            trace.append("incident \(incident.id) is \(incident.state.rawValue): only verified incidents are adjudicated")
            return outcome(.notVerified)
        }
        let version = agreement.version(at: instant)
        let when = CivilTime.iso8601(incident.observed.epochSeconds, in: agreement.timeZone)
        guard version.inForce else {
            trace.append(
                "at \(when) the agreement was not in force yet (entry into force \(CivilTime.iso8601(Int64(agreement.entryIntoForce.timeIntervalSince1970), in: agreement.timeZone)))"
            )
            return outcome(.beforeEntryIntoForce)
        }
        trace.append(
            "agreement \(agreement.id) as in force at \(when)"
                + (version.amendmentIDs.isEmpty ? "" : ", with amendments \(version.amendmentIDs.joined(separator: ", "))"))
        if let target = incident.target?.knownID, version.excludedGroups.contains(where: { $0.id == target }) {
            trace.append("the target, \(target), is a group the agreement excludes: acts against it are outside the ceasefire")
            return outcome(.targetExcluded)
        }
        guard let party = incident.attribution.actorID else {
            trace.append(
                agreement.attributionPolicy == .doNotAttribute
                    ? "the mechanism does not attribute incidents: no finding against any party"
                    : "the incident is not attributed to anyone: no finding against any party")
            return outcome(.unattributed)
        }
        if version.excludedGroups.contains(where: { $0.id == party }) {
            trace.append("the perpetrator, \(party), is an excluded group, not a party bound by the agreement")
            return outcome(.perpetratorExcluded, party: party)
        }
        guard version.parties.contains(where: { $0.id == party }) else {
            trace.append("the perpetrator, \(party), is not a party to the agreement at \(when)")
            return outcome(.perpetratorNotAParty, party: party)
        }
        trace.append("attributed to \(party), a party bound at that time")
        let category = incident.category
        func binds(_ clause: Clause) -> Bool {
            clause.prohibits.contains(category) && (clause.appliesTo.isEmpty || clause.appliesTo.contains(party))
        }
        let zonesInForce = Set(version.zones.map(\.id))
        let zones = zoneIndex.zones(containing: incident.location.point, at: instant).filter { zonesInForce.contains($0.id) }
        if zones.isEmpty {
            trace.append("the place is in no zone in force at that time")
        }
        var zoneViolations: [(zone: Zone, clause: Clause)] = []
        for zone in zones {
            let prohibiting = zone.clauses.filter(binds)
            trace.append(
                "the place is inside zone \(zone.id)"
                    + (prohibiting.isEmpty
                        ? ", whose clauses do not prohibit \(category.rawValue) by \(party)"
                        : ", whose clause \(prohibiting.map(\.id).joined(separator: ", ")) prohibits \(category.rawValue)"))
            zoneViolations += prohibiting.map { (zone, $0) }
        }
        if !zoneViolations.isEmpty {
            let superseded = version.clauses.filter(binds).map(\.id)
            if !superseded.isEmpty {
                trace.append(
                    "the zone regime is the more specific rule: it applies instead of \(superseded.joined(separator: ", "))")
            }
            return zoneViolations.map { zone, clause in
                Finding(
                    violation: true, reason: .violation, clauseID: clause.id, zoneID: zone.id, partyID: party,
                    explanation: trace + ["violation of \(clause.id) (zone \(zone.id)) by \(party)"],
                    agreementAsOf: instant)
            }
        }
        let nationwide = version.clauses.filter(binds)
        guard !nationwide.isEmpty else {
            trace.append("no clause in force there prohibits \(category.rawValue) by \(party)")
            return outcome(.notProhibited, party: party)
        }
        return nationwide.map { clause in
            Finding(
                violation: true, reason: .violation, clauseID: clause.id, partyID: party,
                explanation: trace + ["violation of \(clause.id) (nationwide) by \(party)"], agreementAsOf: instant)
        }
    }
}
