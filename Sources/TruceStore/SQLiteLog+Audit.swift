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
            let nodes = try SQLiteTreeNodeReader(db)
            var range = CompactRange()
            var nodeFailure: (TreeNode, String)?
            let statement = try db.makeStatement(sql: "SELECT idx, data FROM log_entry ORDER BY idx")
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }

            func checkCheckpoint() -> Bool {
                while let stored = nextCheckpoint, stored.checkpoint.size == range.size {
                    audit.checkpoints += 1
                    if stored.checkpoint.root != range.root {
                        audit.failures.append(
                            "checkpoint \(stored.checkpoint.size) signed root \(stored.checkpoint.root.base64), but the stored entries give \(range.root.base64): an entry before \(stored.checkpoint.size) was changed, and the stored tree with it"
                        )
                        return false
                    }
                    nextCheckpoint = pending.next()
                }
                return true
            }
            guard checkCheckpoint() else { return audit }
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(
                        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                let index = UInt64(sqlite3_column_int64(handle, 0))
                guard index == range.size else {
                    audit.firstBadEntry = range.size
                    audit.failures.append("entry \(range.size) is missing (the next stored entry is \(index))")
                    return audit
                }
                let count = Int(sqlite3_column_bytes(handle, 1))
                let leaf: TreeHash
                if let bytes = sqlite3_column_blob(handle, 1) {
                    leaf = TreeHash.leaf(UnsafeRawBufferPointer(start: bytes, count: count))
                } else {
                    leaf = TreeHash.leaf([UInt8]())
                }
                try range.append(leaf) { node, hash in
                    guard nodeFailure == nil else { return }
                    let stored: TreeHash
                    do {
                        stored = try nodes.hash(of: node)
                    } catch {
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
                    audit.entries = range.size
                    audit.firstBadEntry = node.level == 0 ? node.index : node.firstLeaf
                    audit.failures.append("entry \(audit.firstBadEntry!): \(reason)")
                    return audit
                }
                guard checkCheckpoint() else {
                    audit.entries = range.size
                    return audit
                }
                if range.size % 65_536 == 0 { progress(range.size) }
            }
            audit.entries = range.size
            audit.root = range.root
            if range.size != head.size {
                audit.firstBadEntry = range.size
                audit.failures.append(
                    "the log head records \(head.size) entries but \(range.size) are stored: entry \(range.size) is missing")
            } else if range.root != head.root {
                audit.failures.append("the log head's root differs from the recomputed root")
            } else if let stored = nextCheckpoint {
                audit.failures.append(
                    "checkpoint \(stored.checkpoint.size) was signed, but only \(range.size) entries are stored: entry \(range.size) is missing"
                )
                audit.firstBadEntry = range.size
            }
            progress(range.size)
            return audit
        }
    }
}
