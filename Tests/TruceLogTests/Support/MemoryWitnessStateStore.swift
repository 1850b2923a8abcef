import TruceLog

/// Witness state in memory: one record per origin, replaced only by compare-and-swap.
actor MemoryWitnessStateStore: WitnessStateStore {
    private var records: [String: WitnessRecord] = [:]
    private var interposed: (origin: String, record: WitnessRecord)?
    /// How many swaps happened (to check that a refused request changed nothing).
    private(set) var swaps = 0

    /// An empty store.
    init() {}

    func record(origin: String) async throws -> WitnessRecord? {
        records[origin]
    }

    func compareAndSwap(origin: String, expected: WitnessRecord?, new: WitnessRecord) async throws -> WitnessRecord?? {
        if let interposed {
            records[interposed.origin] = interposed.record
            self.interposed = nil
        }
        let found = records[origin]
        guard found == expected else { return .some(found) }
        records[origin] = new
        swaps += 1
        return .none
    }

    /// Makes `record` land just before the next compare-and-swap, as a concurrent request's write would.
    func interpose(origin: String, with record: WitnessRecord) {
        interposed = (origin, record)
    }
}
