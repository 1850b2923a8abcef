import Foundation
import GRDB
import TruceLog

/// A witness's durable memory in its own SQLite file: the last cosigned checkpoint of each log.
///
/// The compare-and-swap is one immediate transaction with `synchronous = FULL`: the new record is on disk
/// before the witness answers, so a witness killed at any moment restarts from a record it really cosigned, and
/// two requests can never both pass the check against the same old size.
public final class SQLiteWitnessState: WitnessStateStore {
    private let queue: DatabaseQueue

    /// Opens (creating if needed) the witness's database.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-witness") { db in
            try db.execute(
                sql: """
                    CREATE TABLE witnessed_log (
                        origin TEXT PRIMARY KEY NOT NULL,
                        size INTEGER NOT NULL,
                        root BLOB NOT NULL,
                        updated_at INTEGER NOT NULL
                    )
                    """)
        }
        try migrator.migrate(queue)
    }

    public func record(origin: String) async throws -> WitnessRecord? {
        try await queue.read { db in try Self.record(origin: origin, in: db) }
    }

    private static func record(origin: String, in db: Database) throws -> WitnessRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT size, root FROM witnessed_log WHERE origin = ?", arguments: [origin])
        else { return nil }
        guard let root = TreeHash(bytes: Array(row["root"] as Data)) else {
            throw LogStoreError.corrupt("the witness's stored root for \(origin) is not 32 bytes")
        }
        return WitnessRecord(size: UInt64(row["size"] as Int64), root: root)
    }

    public func compareAndSwap(origin: String, expected: WitnessRecord?, new: WitnessRecord) async throws -> WitnessRecord?? {
        try await queue.write { db in
            let found = try Self.record(origin: origin, in: db)
            guard found == expected else { return .some(found) }
            try db.execute(
                sql: """
                    INSERT INTO witnessed_log (origin, size, root, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(origin) DO UPDATE SET size = excluded.size, root = excluded.root, updated_at = excluded.updated_at
                    """,
                arguments: [origin, Int64(new.size), Data(new.root.bytes), Int64(Date().timeIntervalSince1970)])
            return .none
        }
    }
}
