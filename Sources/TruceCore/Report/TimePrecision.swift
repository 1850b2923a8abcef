/// How precisely the time of an observation is known.
public enum TimePrecision: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The instant is known (to the minute or better).
    case exact
    /// The day is known, in the agreement's time zone.
    case day
    /// The event happened within the week (seven days) starting at the given instant.
    case week
    /// The event happened within the month starting at the given instant.
    case month

    /// The length of the window, in seconds, in which the event happened.
    public var windowSeconds: Int {
        switch self {
        case .exact: 0
        case .day: 86_400
        case .week: 7 * 86_400
        case .month: 31 * 86_400
        }
    }

    private var rank: Int {
        switch self {
        case .exact: 0
        case .day: 1
        case .week: 2
        case .month: 3
        }
    }

    public static func < (lhs: TimePrecision, rhs: TimePrecision) -> Bool { lhs.rank < rhs.rank }
}
