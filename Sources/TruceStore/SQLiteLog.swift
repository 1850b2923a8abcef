import Foundation
import GRDB
import GRDBSQLite
import TruceLog

/// The verifiable log kept in the register's SQLite file: entries, stored subtree hashes, signed checkpoints
/// and cosignatures.
///
/// Registers append through ``LogAppender`` in their own transactions; this type serves what readers, the
/// signer, witnesses and mirrors need. Every method is one transaction.
public struct SQLiteLog: Sendable {
    /// The database (shared with the register that writes it).
    public let writer: DatabasePool
    /// Upper-level node chunks kept between proofs.
    public let cache: NodeChunkCache

    /// A log over an open, migrated database.
    public init(writer: DatabasePool, cache: NodeChunkCache = NodeChunkCache()) {
        self.writer = writer
        self.cache = cache
    }

    /// The number of entries.
    public func size() async throws -> UInt64 {
        try await writer.read { db in try LogAppender.head(db).size }
    }

    /// The root hash of the first `size` entries (all of them when nil).
    public func root(size: UInt64? = nil) async throws -> TreeHash {
        try await writer.read { db in
            let head = try LogAppender.head(db)
            let size = size ?? head.size
            guard size <= head.size else { throw LogStoreError.outOfRange("the log has \(head.size) entries, not \(size)") }
            if size == head.size { return head.root }
            return try MerkleProofs(reader: SQLiteTreeNodeReader(db)).root(size: size)
        }
    }

    /// Appends entries in one transaction; returns the index of the first.
    @discardableResult
    public func append(_ entries: [PreparedLogEntry]) async throws -> UInt64 {
        try await writer.write { db in
            var appender = try LogAppender(db)
            let first = appender.size
            for entry in entries { try appender.append(entry) }
            try appender.finish()
            return first
        }
    }

    /// The benchmark's baseline: inserts the same entry rows as ``append(_:)`` (same statement, same binding),
    /// with no tree hashes, no nodes and no head. A log written this way does not verify; never use it otherwise.
    public func insertEntriesWithoutTree(_ entries: [PreparedLogEntry], startingAt first: UInt64) async throws {
        try await writer.write { db in
            let insert = try db.cachedStatement(sql: LogAppender.insertEntrySQL)
            for (offset, entry) in entries.enumerated() {
                try LogAppender.insert(entry, at: first + UInt64(offset), with: insert, in: db)
            }
        }
    }

    /// The entries `[start, end)`, at most `limit` of them.
    public func entries(start: UInt64, end: UInt64, limit: Int = 1_000) async throws -> [LogEntryRecord] {
        guard start <= end else { throw LogStoreError.outOfRange("start \(start) is after end \(end)") }
        return try await writer.read { db in
            let size = try LogAppender.head(db).size
            guard end <= size else { throw LogStoreError.outOfRange("end \(end) is beyond the log's \(size) entries") }
            let stop = min(end, start + UInt64(limit))
            return try Row.fetchAll(
                db, sql: "SELECT idx, data FROM log_entry WHERE idx >= ? AND idx < ? ORDER BY idx",
                arguments: [Int64(start), Int64(stop)]
            ).map { LogEntryRecord(index: UInt64($0["idx"] as Int64), data: Array($0["data"] as Data)) }
        }
    }

    /// The inclusion proof of entry `index` in the tree of `size` entries.
    public func inclusionProof(index: UInt64, size: UInt64) async throws -> [TreeHash] {
        try await writer.read { db in
            let head = try LogAppender.head(db)
            guard size <= head.size else {
                throw LogStoreError.outOfRange("size \(size) is beyond the log's \(head.size) entries")
            }
            return try MerkleProofs(reader: SQLiteTreeNodeReader(db, head: head, cache: cache)).inclusionProof(
                index: index, size: size)
        }
    }

    /// The consistency proof from the tree of `from` entries to the tree of `to` entries.
    public func consistencyProof(from: UInt64, to: UInt64) async throws -> [TreeHash] {
        try await writer.read { db in
            let head = try LogAppender.head(db)
            guard to <= head.size else { throw LogStoreError.outOfRange("to \(to) is beyond the log's \(head.size) entries") }
            return try MerkleProofs(reader: SQLiteTreeNodeReader(db, head: head, cache: cache)).consistencyProof(
                from: from, to: to)
        }
    }

    /// The log's verifier key, once a checkpoint was signed (or a mirror pinned it).
    public func verifierKey() async throws -> NoteVerifierKey? {
        try await writer.read { db in try SQLiteLog.identity(db) }
    }

    static func identity(_ db: Database) throws -> NoteVerifierKey? {
        guard let text = try String.fetchOne(db, sql: "SELECT verifier_key FROM log_identity WHERE id = 1") else {
            return nil
        }
        return try NoteVerifierKey(parsing: text)
    }

    /// Records the log's verifier key (a mirror pins the key of the log it follows).
    public func pin(verifierKey: NoteVerifierKey) async throws {
        try await writer.write { db in
            if let existing = try SQLiteLog.identity(db) {
                guard existing == verifierKey else {
                    throw LogStoreError.wrongKey("this database belongs to the log \(existing.encoded)")
                }
                return
            }
            try db.execute(
                sql: "INSERT INTO log_identity (id, verifier_key) VALUES (1, ?)", arguments: [verifierKey.encoded])
        }
    }

    /// The checkpoint of the largest size, with its cosignatures.
    public func latestCheckpoint() async throws -> StoredCheckpoint? {
        try await writer.read { db in try SQLiteLog.checkpoints(db, latestOnly: true).first }
    }

    static func checkpoints(_ db: Database, latestOnly: Bool) throws -> [StoredCheckpoint] {
        let sql =
            latestOnly
            ? "SELECT size, note FROM log_checkpoint ORDER BY size DESC LIMIT 1"
            : "SELECT size, note FROM log_checkpoint ORDER BY size"
        return try Row.fetchAll(db, sql: sql).map { row in
            let note = try SignedNote(parsing: row["note"])
            let lines = try String.fetchAll(
                db, sql: "SELECT line FROM log_cosignature WHERE size = ? ORDER BY name", arguments: [row["size"] as Int64])
            return StoredCheckpoint(
                note: note, checkpoint: try Checkpoint(body: note.text),
                cosignatures: try lines.map { try NoteSignature(line: Substring($0.dropLast())) })
        }
    }

    /// Signs a checkpoint of the current tree, unless that would contradict a checkpoint signed before.
    ///
    /// Before signing it rebuilds the tree of the latest checkpoint from the stored nodes (its root must still be
    /// the signed one), recomputes every entry appended since then and compares each leaf and subtree hash with
    /// the stored ones, and proves consistency from the stored nodes as a witness will. A tree that shrank, an
    /// entry or a stored hash that was changed is refused. Signing the same tree again returns the existing
    /// checkpoint.
    public func signCheckpoint(with signer: NoteSigner, at time: Int64 = Int64(Date().timeIntervalSince1970))
        async throws -> StoredCheckpoint
    {
        try await writer.write { db in
            if let identity = try SQLiteLog.identity(db) {
                guard identity == signer.verifier else {
                    throw LogStoreError.wrongKey(
                        "the key \(signer.verifier.encoded) is not this log's key \(identity.encoded)")
                }
            } else {
                try db.execute(
                    sql: "INSERT INTO log_identity (id, verifier_key) VALUES (1, ?)", arguments: [signer.verifier.encoded])
            }
            let head = try LogAppender.head(db)
            let latest = try SQLiteLog.checkpoints(db, latestOnly: true).first
            if let latest {
                let previous = latest.checkpoint
                guard previous.origin == signer.name else {
                    throw LogStoreError.wrongKey("the log's origin is \(previous.origin), not \(signer.name)")
                }
                if previous.size == head.size {
                    guard previous.root == head.root else {
                        throw LogStoreError.inconsistent(
                            "the tree of \(head.size) entries has root \(head.root.base64), but checkpoint \(previous.size) signed \(previous.root.base64)"
                        )
                    }
                    return latest
                }
                guard previous.size < head.size else {
                    throw LogStoreError.inconsistent(
                        "the log has \(head.size) entries but checkpoint \(previous.size) was signed before")
                }
            }
            // Recompute every entry appended since the last checkpoint on top of the stored tree of that checkpoint
            // (whose root must still be the signed one), comparing each leaf and subtree hash with the stored ones,
            // so that what is signed is exactly what the entries give and what proofs will be built from.
            let signedSize = latest?.checkpoint.size ?? 0
            let nodes = try SQLiteTreeNodeReader(db)
            guard
                var range = CompactRange(
                    size: signedSize, hashes: try CompactRange.nodes(size: signedSize).map { try nodes.hash(of: $0) })
            else { throw LogStoreError.corrupt("cannot rebuild the tree of the last checkpoint") }
            if let latest, range.root != latest.checkpoint.root {
                throw LogStoreError.inconsistent(
                    "the stored tree of \(signedSize) entries no longer has the root that checkpoint \(signedSize) signed")
            }
            if let failure = try SQLiteLog.recompute(db, range: &range) {
                throw LogStoreError.inconsistent("\(failure.reason) (since checkpoint \(signedSize))")
            }
            guard range.size == head.size, range.root == head.root else {
                throw LogStoreError.inconsistent(
                    "the stored entries give \(range.size) entries with root \(range.root.base64), the head records \(head.size) with \(head.root.base64)"
                )
            }
            if let previous = latest?.checkpoint, previous.size > 0 {
                // The same fact, as any witness will check it: a consistency proof from the stored nodes.
                do {
                    let proof = try MerkleProofs(reader: nodes).consistencyProof(from: previous.size, to: head.size)
                    try MerkleVerifier.verifyConsistency(
                        size1: previous.size, size2: head.size, proof: proof, root1: previous.root, root2: head.root)
                } catch {
                    throw LogStoreError.inconsistent(
                        "the tree of \(head.size) entries is not consistent with checkpoint \(previous.size): \(error)")
                }
            }
            let checkpoint = Checkpoint(origin: signer.name, size: head.size, root: head.root)
            let note = checkpoint.signed(by: signer)
            try db.execute(
                sql: "INSERT INTO log_checkpoint (size, root, note, recorded_at) VALUES (?, ?, ?, ?)",
                arguments: [Int64(head.size), Data(head.root.bytes), note.serialized, time])
            return StoredCheckpoint(note: note, checkpoint: checkpoint, cosignatures: [])
        }
    }

    /// Stores a checkpoint received from the log a mirror follows (already verified by the caller).
    public func record(checkpoint note: SignedNote, at time: Int64 = Int64(Date().timeIntervalSince1970)) async throws {
        let checkpoint = try Checkpoint(body: note.text)
        try await writer.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO log_checkpoint (size, root, note, recorded_at) VALUES (?, ?, ?, ?)",
                arguments: [Int64(checkpoint.size), Data(checkpoint.root.bytes), note.serialized, time])
        }
    }

    /// Keeps witnesses' cosignature lines for the checkpoint of `size` (one per witness name, the latest).
    public func addCosignatures(_ lines: [NoteSignature], size: UInt64, at time: Int64 = Int64(Date().timeIntervalSince1970))
        async throws
    {
        try await writer.write { db in
            for line in lines {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO log_cosignature (size, name, line, recorded_at) VALUES (?, ?, ?, ?)",
                    arguments: [Int64(size), line.name, line.line, time])
            }
        }
    }

    /// Records a fork report (a mirror's proof that the log it follows showed two inconsistent histories).
    public func recordFork(_ report: String, at time: Int64 = Int64(Date().timeIntervalSince1970)) async throws {
        try await writer.write { db in
            try db.execute(sql: "INSERT INTO log_fork (detected_at, report) VALUES (?, ?)", arguments: [time, report])
        }
    }

    /// Drops the entries from `size` on, with their subtree hashes, and rewinds the head. Only a mirror does this,
    /// to undo copied entries that did not give the root of the checkpoint they were copied for; a log never
    /// removes what it appended.
    public func truncate(to size: UInt64) async throws {
        defer { cache.clear() }
        try await writer.write { db in
            let head = try LogAppender.head(db)
            guard size < head.size else { return }
            let nodes = try SQLiteTreeNodeReader(db)
            let edge = try CompactRange.nodes(size: size).map { try nodes.hash(of: $0) }
            try db.execute(sql: "DELETE FROM log_secret WHERE entry_idx >= ?", arguments: [Int64(size)])
            try db.execute(sql: "DELETE FROM log_entry WHERE idx >= ?", arguments: [Int64(size)])
            for level in 0..<64 {
                // The complete nodes of this level inside [0, size) stay; the rest of their chunk goes.
                let kept = size >> UInt64(level)
                let chunk = Int64(kept / LogAppender.chunkWidth)
                let inChunk = Int(kept % LogAppender.chunkWidth)
                try db.execute(
                    sql: "DELETE FROM log_node WHERE level = ? AND chunk >= ?",
                    arguments: [level, inChunk == 0 ? chunk : chunk + 1])
                if inChunk > 0 {
                    try db.execute(
                        sql: "UPDATE log_node SET hashes = substr(hashes, 1, ?) WHERE level = ? AND chunk = ?",
                        arguments: [inChunk * TreeHash.byteCount, level, chunk])
                }
            }
            if size == 0 {
                try db.execute(sql: "DELETE FROM log_head")
            } else {
                try db.execute(
                    sql: "UPDATE log_head SET size = ?, edge = ? WHERE id = 1",
                    arguments: [Int64(size), Data(edge.flatMap(\.bytes))])
            }
        }
    }

    /// The fork reports a mirror recorded, oldest first.
    public func forkReports() async throws -> [String] {
        try await writer.read { db in try String.fetchAll(db, sql: "SELECT report FROM log_fork ORDER BY id") }
    }

    /// The confidential values of an entry with their salts, for a disclosure that anyone can check against
    /// the commitments in the entry.
    public func disclosures(index: UInt64) async throws -> [Disclosure] {
        try await writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT field, salt, value FROM log_secret WHERE entry_idx = ? ORDER BY field",
                arguments: [Int64(index)]
            ).map { Disclosure(field: $0["field"], salt: Array($0["salt"] as Data), canonicalValue: $0["value"]) }
        }
    }
}
