/// One account of one event by one source.
///
/// A report is never edited once registered; a correction is a new report. Its ``contentHash`` is the key that
/// recognises the same report sent twice.
public struct Report: Sendable, Hashable {
    /// The agreement whose registers this report belongs to.
    public var agreementID: String
    /// The identifier of this report in the system it came from (e.g. `ucdp:214797`), if any.
    public var externalID: String?
    /// Who reports.
    public var source: ReportSource
    /// When the event happened.
    public var observed: ObservedTime
    /// Where the event happened.
    public var location: Location
    /// What kind of act is alleged.
    public var category: ReportCategory
    /// Who is alleged to have done it.
    public var perpetrator: ActorReference?
    /// Who or what it was done to.
    public var target: ActorReference?
    /// The human cost alleged.
    public var casualties: Casualties
    /// The source's account in its own words.
    public var description: String
    /// Evidence committed by digest.
    public var evidence: [EvidenceItem]
    /// The language of the description (BCP 47), if known.
    public var language: String?

    /// Creates a report.
    public init(
        agreementID: String,
        externalID: String? = nil,
        source: ReportSource,
        observed: ObservedTime,
        location: Location,
        category: ReportCategory,
        perpetrator: ActorReference? = nil,
        target: ActorReference? = nil,
        casualties: Casualties = .none,
        description: String,
        evidence: [EvidenceItem] = [],
        language: String? = nil
    ) {
        self.agreementID = agreementID
        self.externalID = externalID
        self.source = source
        self.observed = observed
        self.location = location
        self.category = category
        self.perpetrator = perpetrator
        self.target = target
        self.casualties = casualties
        self.description = description
        self.evidence = evidence
        self.language = language
    }
}
