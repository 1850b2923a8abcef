/// A count known as a range: the lowest credible, the best and the highest credible figure.
public struct Estimate: Sendable, Hashable, Codable {
    /// The lowest credible figure.
    public var low: Int
    /// The best estimate.
    public var best: Int
    /// The highest credible figure.
    public var high: Int

    /// Creates an estimate; use ``validate()`` to check `0 ≤ low ≤ best ≤ high`.
    public init(low: Int, best: Int, high: Int) {
        self.low = low
        self.best = best
        self.high = high
    }

    /// An estimate whose three figures are the same.
    public init(exactly count: Int) {
        self.init(low: count, best: count, high: count)
    }

    /// Why the estimate is not a valid range, or `nil` if it is.
    public func problem() -> String? {
        if low < 0 { return "low must not be negative (got \(low))" }
        if low > best { return "low (\(low)) is greater than best (\(best))" }
        if best > high { return "best (\(best)) is greater than high (\(high))" }
        return nil
    }
}
