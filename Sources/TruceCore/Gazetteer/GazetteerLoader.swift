import Foundation

/// Loads a gazetteer the first time a report needs one, so imports of reports that all carry coordinates never
/// pay for reading the place lists.
public final class GazetteerLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: Gazetteer?
    private let load: @Sendable () throws -> Gazetteer

    /// Creates a loader that calls `load` at most once (again only if it failed).
    public init(_ load: @escaping @Sendable () throws -> Gazetteer) {
        self.load = load
    }

    /// A loader for a gazetteer already in memory.
    public convenience init(_ gazetteer: Gazetteer) {
        self.init { gazetteer }
    }

    /// The gazetteer, loading it now if needed.
    public func gazetteer() throws -> Gazetteer {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let gazetteer = try load()
        loaded = gazetteer
        return gazetteer
    }
}
