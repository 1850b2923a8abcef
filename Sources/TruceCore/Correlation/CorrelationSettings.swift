/// The thresholds of correlation: how far apart in time and space two accounts of one event may be.
public struct CorrelationSettings: Sendable, Hashable {
    /// The time gap (beyond both windows) still scored above zero, in seconds.
    public var maximumGapSeconds: Int64
    /// The distance (beyond both places' precision) still scored above zero, in metres.
    public var maximumDistanceMetres: Double
    /// The score a report must reach to join an incident (0 to 1).
    public var threshold: Double
    /// Weights of the time, place and actor factors in the score (category must match or be related).
    public var weights: (time: Double, place: Double, actors: Double)

    /// Settings; the defaults suit reports of one shelling from several sides (minutes and a few km apart).
    public init(
        maximumGapSeconds: Int64 = 6 * 3_600, maximumDistanceMetres: Double = 10_000, threshold: Double = 0.5,
        weights: (time: Double, place: Double, actors: Double) = (0.4, 0.4, 0.2)
    ) {
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
