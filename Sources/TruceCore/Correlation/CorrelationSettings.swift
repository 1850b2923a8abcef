/// The thresholds of correlation: how far apart in time and space two accounts of one event may be.
public struct CorrelationSettings: Sendable, Hashable {
    /// The time gap (beyond both windows) still scored above zero, in seconds.
    public var maximumGapSeconds: Int64
    /// The distance (beyond both places' precision) still scored above zero, in metres.
    public var maximumDistanceMetres: Double
    /// The score a report must reach to join an incident (0 to 1).
    public var threshold: Double
    /// Weights of the time, place, category and actor factors in the score (they sum to 1). An unrelated act, or
    /// a gap or distance beyond the maximum, scores 0 whatever the rest.
    public var weights: (time: Double, place: Double, category: Double, actors: Double)

    /// How many reports go by between moves of the old time buckets out of the recent grid (a tuning knob only:
    /// results do not depend on it).
    public var retireEvery: Int

    /// Settings; the defaults suit reports of one shelling from several sides (minutes and a few km apart).
    public init(
        maximumGapSeconds: Int64 = 6 * 3_600, maximumDistanceMetres: Double = 10_000, threshold: Double = 0.5,
        weights: (time: Double, place: Double, category: Double, actors: Double) = (0.35, 0.35, 0.15, 0.15),
        retireEvery: Int = 65_536
    ) {
        self.retireEvery = max(1, retireEvery)
        self.maximumGapSeconds = maximumGapSeconds
        self.maximumDistanceMetres = maximumDistanceMetres
        self.threshold = threshold
        self.weights = weights
    }

    public static func == (lhs: CorrelationSettings, rhs: CorrelationSettings) -> Bool {
        lhs.maximumGapSeconds == rhs.maximumGapSeconds && lhs.maximumDistanceMetres == rhs.maximumDistanceMetres
            && lhs.threshold == rhs.threshold && lhs.weights == rhs.weights
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(maximumGapSeconds)
        hasher.combine(maximumDistanceMetres)
        hasher.combine(threshold)
    }
}
