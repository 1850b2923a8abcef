import Foundation
import GRDB
import GRDBSQLite
import TruceLog

extension SQLiteLog {
    /// Recomputes the whole tree from the stored entries and checks it against every stored subtree hash and
    /// every checkpoint (its signature by the log key, and its root), stopping at the first difference, which it
    /// names.
    ///
    /// - Parameters:
    ///   - key: the log key to trust; the key recorded in the database when nil.
    ///   - progress: told the entries read so far, every 65,536 entries.
    public func audit(trusting key: NoteVerifierKey? = nil, progress: @Sendable (UInt64) -> Void = { _ in }) async throws
        -> LogAudit
    {
        try await writer.read { db in
            var audit = LogAudit(entries: 0, checkpoints: 0, firstBadEntry: nil, failures: [], root: nil)
            let head = try LogAppender.head(db)
            let checkpoints = try SQLiteLog.checkpoints(db, latestOnly: false)
            let trusted = try key ?? SQLiteLog.identity(db)
            if !checkpoints.isEmpty {
                guard let trusted else {
                    audit.failures.append("checkpoints are stored but no log key is known to check their signatures")
                    return audit
                }
                for stored in checkpoints {
                    do {
                        try stored.note.verify(with: [trusted])
                    } catch {
                        audit.failures.append("checkpoint \(stored.checkpoint.size): \(error)")
                        return audit
                    }
                }
            }
            var pending = checkpoints.makeIterator()
            var nextCheckpoint = pending.next()
            var lastGoodCheckpoint: UInt64 = 0
            var range = CompactRange()
            // Checks every checkpoint of the size reached; a mismatch means entries and nodes after the last
            // matching checkpoint were rewritten together.
            func checkpointProblem(_ range: CompactRange) -> String? {
                while let stored = nextCheckpoint, stored.checkpoint.size == range.size {
                    audit.checkpoints += 1
                    if stored.checkpoint.root != range.root {
                        audit.firstBadEntry = lastGoodCheckpoint
                        return
                            "checkpoint \(stored.checkpoint.size) signed root \(stored.checkpoint.root.base64), but the stored entries give \(range.root.base64): an entry in [\(lastGoodCheckpoint), \(stored.checkpoint.size)) was changed, and the stored tree with it"
                    }
                    lastGoodCheckpoint = stored.checkpoint.size
                    nextCheckpoint = pending.next()
                }
                return nil
            }
            if let problem = checkpointProblem(range) {
                audit.failures.append(problem)
                return audit
            }
            let failure = try SQLiteLog.recompute(db, range: &range, progress: progress, after: checkpointProblem)
            audit.entries = range.size
            if let failure {
                if let entry = failure.entry { audit.firstBadEntry = entry }
                audit.failures.append(failure.reason)
                return audit
            }
            audit.root = range.root
            if range.size != head.size {
                audit.firstBadEntry = range.size
                audit.failures.append(
                    "the log head records \(head.size) entries but \(range.size) are stored: entry \(range.size) is missing")
            } else if range.root != head.root {
                audit.failures.append("the log head's root differs from the recomputed root")
            } else if let stored = nextCheckpoint {
                audit.firstBadEntry = range.size
                audit.failures.append(
                    "checkpoint \(stored.checkpoint.size) was signed, but only \(range.size) entries are stored: entry \(range.size) is missing"
                )
            }
            progress(range.size)
            return audit
        }
    }

    /// A difference found by ``recompute(_:range:progress:after:)``: the entry it concerns (if one) and why.
    struct RecomputeFailure {
        var entry: UInt64?
        var reason: String
    }

    /// Extends `range` (the tree of the first `range.size` entries) with every stored entry from `range.size` on,
    /// recomputing each leaf hash and each complete subtree hash and comparing it with the stored one; `after` is
    /// asked after each entry whether the tree so far is wrong. Stops at the first difference.
    static func recompute(
        _ db: Database, range: inout CompactRange, progress: (UInt64) -> Void = { _ in },
        after: (CompactRange) -> String? = { _ in nil }
    ) throws -> RecomputeFailure? {
        let nodes = try SQLiteTreeNodeReader(db, keepsChunks: true)
        let statement = try db.makeStatement(sql: "SELECT idx, data FROM log_entry WHERE idx >= ? ORDER BY idx")
        let handle = statement.sqliteStatement
        sqlite3_bind_int64(handle, 1, Int64(range.size))
        defer { sqlite3_reset(handle) }
        var nodeFailure: (TreeNode, String)?
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return nil }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            let index = UInt64(sqlite3_column_int64(handle, 0))
            guard index == range.size else {
                return RecomputeFailure(
                    entry: range.size, reason: "entry \(range.size) is missing (the next stored entry is \(index))")
            }
            let count = Int(sqlite3_column_bytes(handle, 1))
            let leaf: TreeHash =
                if let bytes = sqlite3_column_blob(handle, 1) {
                    TreeHash.leaf(UnsafeRawBufferPointer(start: bytes, count: count))
                } else {
                    TreeHash.leaf([UInt8]())
                }
            range.append(leaf) { node, hash in
                guard nodeFailure == nil else { return }
                guard let stored = try? nodes.hash(of: node) else {
                    nodeFailure = (node, "its subtree hash (level \(node.level)) is not stored")
                    return
                }
                if stored != hash {
                    nodeFailure = (
                        node,
                        node.level == 0
                            ? "its bytes do not hash to the leaf hash stored for it"
                            : "the stored subtree hash over entries [\(node.firstLeaf), \(node.endLeaf)) differs from the recomputed one"
                    )
                }
            }
            if let (node, reason) = nodeFailure {
                let entry = node.level == 0 ? node.index : node.firstLeaf
                return RecomputeFailure(entry: entry, reason: "entry \(entry): \(reason)")
            }
            if let problem = after(range) { return RecomputeFailure(entry: nil, reason: problem) }
            if range.size % 65_536 == 0 { progress(range.size) }
        }
    }
}
