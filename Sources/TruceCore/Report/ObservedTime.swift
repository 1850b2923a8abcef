import Foundation

/// When an event was observed, with the precision the source could give.
///
/// `instant` is the start of the window the event falls in: for `.day`, midnight of that day in the
/// agreement's time zone; for `.exact`, the instant itself.
public struct ObservedTime: Sendable, Hashable, Codable {
    /// Seconds since 1970-01-01T00:00:00Z of the start of the window.
    public var epochSeconds: Int64
    /// How precisely the time is known.
    public var precision: TimePrecision

    /// Creates an observed time from seconds since the Unix epoch.
    public init(epochSeconds: Int64, precision: TimePrecision) {
        self.epochSeconds = epochSeconds
        self.precision = precision
    }

    /// The start of the window as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(epochSeconds)) }
}
