/// The real-world event that one or more reports describe, with the best estimate derived from them.
///
/// Until correlation arrives every report opens its own incident, so the estimate is the report's own content.
public struct Incident: Sendable, Hashable {
    /// The register's identifier.
    public var id: Int64
    /// The agreement whose register holds it.
    public var agreementID: String
    /// Verification state.
    public var state: VerificationState
    /// Attribution, separate from verification.
    public var attribution: Attribution
    /// Best estimate of when it happened.
    public var observed: ObservedTime
    /// Best estimate of where it happened.
    public var location: Location
    /// Best estimate of what happened.
    public var category: ReportCategory
    /// Alleged perpetrator, as the reports give it.
    public var perpetrator: ActorReference?
    /// Target, as the reports give it.
    public var target: ActorReference?
    /// Best estimate of the human cost.
    public var casualties: Casualties
    /// The reports that describe it.
    public var reportIDs: [Int64]
    /// The external identifiers of those reports (e.g. `ucdp:214797`), where they have one.
    public var externalIDs: [String]

    /// Creates an incident.
    public init(
        id: Int64,
        agreementID: String,
        state: VerificationState,
        attribution: Attribution,
        observed: ObservedTime,
        location: Location,
        category: ReportCategory,
        perpetrator: ActorReference?,
        target: ActorReference?,
        casualties: Casualties,
        reportIDs: [Int64],
        externalIDs: [String]
    ) {
        self.id = id
        self.agreementID = agreementID
        self.state = state
        self.attribution = attribution
        self.observed = observed
        self.location = location
        self.category = category
        self.perpetrator = perpetrator
        self.target = target
        self.casualties = casualties
        self.reportIDs = reportIDs
        self.externalIDs = externalIDs
    }
}
