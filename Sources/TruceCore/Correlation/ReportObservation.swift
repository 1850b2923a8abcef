/// What correlation sees of a report: when and where (with their precision), what, who, and who says so.
public struct ReportObservation: Sendable, Hashable {
    /// The report's id in the register.
    public var reportID: Int64
    /// The report's content hash (the same report sent twice has the same one).
    public var contentHash: String
    /// The start of the observed window, seconds since the Unix epoch.
    public var start: Int64
    /// The observed window's length in seconds (0 for an exact time).
    public var window: Int64
    /// Where.
    public var point: GeoPoint
    /// How precise the place is, in metres.
    public var precisionMetres: Int
    /// What kind of act.
    public var category: ReportCategory
    /// The alleged perpetrator's actor id, if known.
    public var perpetrator: String?
    /// The reporting source (kind and reporter, e.g. `party:armed-opposition`).
    public var reporter: String
    /// The report's id in its source's catalogue (e.g. `ucdp:214797`): two different ids from one reporter are two
    /// events, never one reporter re-sending.
    public var externalID: String?

    /// An observation.
    public init(
        reportID: Int64, contentHash: String, start: Int64, window: Int64, point: GeoPoint, precisionMetres: Int,
        category: ReportCategory, perpetrator: String?, reporter: String, externalID: String? = nil
    ) {
        self.reportID = reportID
        self.contentHash = contentHash
        self.start = start
        self.window = window
        self.point = point
        self.precisionMetres = precisionMetres
        self.category = category
        self.perpetrator = perpetrator
        self.reporter = reporter
        self.externalID = externalID
    }

    /// The observation of a registered report.
    public init(reportID: Int64, report: Report, contentHash: String) {
        self.init(
            reportID: reportID, contentHash: contentHash, start: report.observed.epochSeconds,
            window: Int64(report.observed.precision.windowSeconds), point: report.location.point,
            precisionMetres: report.location.precisionMetres, category: report.category,
            perpetrator: report.perpetrator?.knownID,
            reporter: report.source.kind.rawValue + ":" + report.source.reporter, externalID: report.externalID)
    }
}
