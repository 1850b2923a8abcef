/// Why a report matches an incident, factor by factor (each 0 to 1), and the weighted total.
public struct CorrelationScore: Sendable, Hashable {
    /// Closeness in time: 1 when the windows overlap, falling to 0 at the maximum gap.
    public var time: Double
    /// Closeness in space: 1 within both precisions, falling to 0 at the maximum distance beyond them.
    public var place: Double
    /// Category: 1 for the same act, 0.5 for related acts (e.g. shelling and an air strike).
    public var category: Double
    /// Actors: 1 for the same perpetrator, 0.5 when one side does not name it, 0 for different ones.
    public var actors: Double
    /// The weighted sum; 0 when the act is unrelated or the gap or distance is beyond reach.
    public var total: Double

    /// The factors in words, for the incident's history.
    public var explanation: String {
        func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + "%" }
        return
            "time \(percent(time)), place \(percent(place)), category \(percent(category)), actors \(percent(actors)): \(percent(total))"
    }
}
