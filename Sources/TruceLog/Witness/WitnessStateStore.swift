/// Durable witness state: the last cosigned checkpoint per origin, changed only by compare-and-swap.
public protocol WitnessStateStore: Sendable {
    /// The last cosigned checkpoint of a log, if any.
    func record(origin: String) async throws -> WitnessRecord?

    /// Replaces the record of `origin` with `new` only if it still equals `expected` (nil: none yet), durably,
    /// before returning. Returns the record found when it did not match (nil when the swap happened).
    func compareAndSwap(origin: String, expected: WitnessRecord?, new: WitnessRecord) async throws -> WitnessRecord??
}
