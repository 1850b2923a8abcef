import TruceCore

/// What a monitor adds when accepting a report suggestion: the agreement, and corrections to what was coded (the
/// place, the day, the perpetrator, the category). Unset fields keep the coded values.
public struct NewsReview: Sendable, Hashable {
    /// The agreement the report is filed under.
    public var agreementID: String
    /// The perpetrator (an agreement actor id), if the monitor names one.
    public var perpetrator: String?
    /// The category (default: from the CAMEO code).
    public var category: ReportCategory?
    /// The day, `YYYY-MM-DD` (default: the coded day).
    public var date: String?
    /// The place (default: the coded one).
    public var place: String?
    /// Latitude (default: the coded place's).
    public var latitude: Double?
    /// Longitude.
    public var longitude: Double?

    /// A review.
    public init(
        agreementID: String, perpetrator: String? = nil, category: ReportCategory? = nil, date: String? = nil,
        place: String? = nil, latitude: Double? = nil, longitude: Double? = nil
    ) {
        self.agreementID = agreementID
        self.perpetrator = perpetrator
        self.category = category
        self.date = date
        self.place = place
        self.latitude = latitude
        self.longitude = longitude
    }
}
