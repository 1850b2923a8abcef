import Foundation
import GRDB
import Synchronization

/// Tells cheaply whether the register changed: the log's size (every change appends its entry in the same
/// transaction), re-read when this process committed a change since the last read, or when the last read is older
/// than ``staleness`` (another process may have written the file).
public final class ChangeClock: Sendable {
    /// How long a read of the version stands when this process wrote nothing (other processes' writes show
    /// within this time).
    public static let staleness: Duration = .milliseconds(100)

    private let commits = Atomic<Int64>(0)
    private let last = Mutex<(version: Int64, commits: Int64, at: ContinuousClock.Instant)?>(nil)

    /// Counts this process's commits that touched the log head.
    final class Observer: TransactionObserver, @unchecked Sendable {
        let clock: ChangeClock
        init(clock: ChangeClock) { self.clock = clock }
        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { eventKind.tableName == "log_head" }
        func databaseDidChange(with event: DatabaseEvent) {}
        func databaseDidCommit(_ db: Database) { clock.commits.add(1, ordering: .relaxed) }
        func databaseDidRollback(_ db: Database) {}
    }

    init() {}

    /// The current version of the register.
    func version(read: () async throws -> Int64) async throws -> Int64 {
        let commits = self.commits.load(ordering: .relaxed)
        let now = ContinuousClock.now
        if let last = last.withLock({ $0 }), last.commits == commits, now - last.at < Self.staleness {
            return last.version
        }
        let version = try await read()
        last.withLock { $0 = (version, commits, now) }
        return version
    }
}
