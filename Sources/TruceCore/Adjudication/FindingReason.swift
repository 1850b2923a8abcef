/// Why a finding says what it says: a violation, or the rule that rules one out.
public enum FindingReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// A covered party did what a clause in force at that time and place prohibits.
    case violation
    /// The incident is not verified (or published): there is nothing to adjudicate yet.
    case notVerified = "not-verified"
    /// The agreement (or the amendment carrying the clause) was not in force at the incident's time.
    case beforeEntryIntoForce = "before-entry-into-force"
    /// The target is a group the agreement excludes (e.g. ISIL, HTS): acts against it are outside the ceasefire.
    case targetExcluded = "target-excluded"
    /// Nobody is attributed, or the mechanism does not attribute: no finding against any party.
    case unattributed
    /// The attributed actor is an excluded group, not a party bound by the agreement.
    case perpetratorExcluded = "perpetrator-excluded"
    /// The attributed actor is not a party to the agreement at that time.
    case perpetratorNotAParty = "perpetrator-not-a-party"
    /// No clause in force at that time and place prohibits this act by this party (for example: outside any zone
    /// whose clause applies).
    case notProhibited = "not-prohibited"
}
