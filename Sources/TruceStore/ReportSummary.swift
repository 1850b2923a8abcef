/// One report of an incident, as its page lists it. The reporter is nil when the viewer may not see a
/// confidential source's identity.
public struct ReportSummary: Sendable, Hashable {
    /// The report's id.
    public var id: Int64
    /// The kind of source (`monitor`, `party`, …).
    public var sourceKind: String
    /// The reporter, or nil when hidden.
    public var reporter: String?
    /// Whether the source is confidential.
    public var confidential: Bool
    /// The report's id in its source's system.
    public var externalID: String?
    /// When it says the event happened (seconds since the Unix epoch).
    public var observedAt: Int64
    /// Its place name.
    public var placeName: String?
    /// Its latitude.
    public var latitude: Double
    /// Its longitude.
    public var longitude: Double
    /// Its category.
    public var category: String
    /// The perpetrator it names (actor id).
    public var perpetrator: String?
    /// Whether it counts (false for a reporter's re-sent account).
    public var counted: Bool
    /// For a re-sent account: the reporter's first report.
    public var duplicateOf: Int64?
    /// The log entry that registered it.
    public var logIndex: Int64?
    /// The source's account, or nil when hidden with the reporter.
    public var description: String? = nil
}
