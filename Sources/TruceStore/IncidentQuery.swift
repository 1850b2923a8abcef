import TruceCore

/// Filters a register applies on stored columns. Zone membership is decided above the store, by
/// ``IncidentSearch``, which narrows the query to the zone's bounding box first.
public struct IncidentQuery: Sendable, Hashable {
    /// Only this agreement's incidents.
    public var agreementID: String?
    /// Observed at or after (epoch seconds).
    public var from: Int64?
    /// Observed before (epoch seconds, exclusive).
    public var until: Int64?
    /// Only these categories (any of them); empty means all.
    public var categories: [ReportCategory]
    /// Only incidents where this actor id is the perpetrator or the target.
    public var actorID: String?
    /// Only incidents whose estimated position is in this box.
    public var within: BoundingBox?
    /// At most this many, if set.
    public var limit: Int?
    /// Only incidents in these verification states; empty means all.
    public var states: [VerificationState] = []
    /// What a party may see: published incidents, the ones that accuse it (alleged or attributed), and the ones it
    /// reported.
    public var visibleToParty: String?
    /// Only incidents after this one in the listing order (time, then id): the cursor of the previous page.
    public var after: IncidentCursor?
    /// Newest first (with ``limit``: the latest incidents), instead of oldest first.
    public var newestFirst = false
    /// Leave out each incident's report ids and external ids (a map needs neither), which saves two lookups each.
    public var withoutReports = false

    /// Creates a query.
    public init(
        agreementID: String? = nil, from: Int64? = nil, until: Int64? = nil, categories: [ReportCategory] = [],
        actorID: String? = nil, within: BoundingBox? = nil, limit: Int? = nil
    ) {
        self.agreementID = agreementID
        self.from = from
        self.until = until
        self.categories = categories
        self.actorID = actorID
        self.within = within
        self.limit = limit
    }
}
