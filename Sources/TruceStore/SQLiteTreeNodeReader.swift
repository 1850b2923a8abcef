import GRDB
import GRDBSQLite
import TruceLog

/// Reads complete-subtree hashes from the `log_node` chunks of one database connection, keeping the last chunk it
/// read of each level (a proof reads at most one chunk per level; an audit walks them in order).
///
/// It steps its prepared statement directly and copies each blob once: a proof reads a few dozen chunks, and
/// GRDB's row decoding would cost more than the reads.
final class SQLiteTreeNodeReader: TreeNodeReader {
    private let connection: OpaquePointer
    private let statement: OpaquePointer
    private var chunks: [Int: (chunk: UInt64, hashes: [UInt8])] = [:]

    init(_ db: Database) throws {
        self.connection = db.sqliteConnection!
        self.statement = try db.cachedStatement(sql: "SELECT hashes FROM log_node WHERE level = ? AND chunk = ?")
            .sqliteStatement
    }

    func hash(of node: TreeNode) throws -> TreeHash {
        let chunk = node.index / LogAppender.chunkWidth
        let offset = Int(node.index % LogAppender.chunkWidth) * TreeHash.byteCount
        if let cached = chunks[node.level], cached.chunk == chunk, cached.hashes.count >= offset + TreeHash.byteCount {
            return TreeHash(bytes: Array(cached.hashes[offset..<offset + TreeHash.byteCount]))!
        }
        let hashes = try read(level: node.level, chunk: chunk)
        chunks[node.level] = (chunk, hashes)
        guard hashes.count >= offset + TreeHash.byteCount else {
            throw LogStoreError.corrupt("no stored hash for node (\(node.level), \(node.index))")
        }
        return TreeHash(bytes: Array(hashes[offset..<offset + TreeHash.byteCount]))!
    }

    private func read(level: Int, chunk: UInt64) throws -> [UInt8] {
        sqlite3_reset(statement)
        defer { sqlite3_reset(statement) }
        sqlite3_bind_int64(statement, 1, Int64(level))
        sqlite3_bind_int64(statement, 2, Int64(chunk))
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { return [] }
        guard code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        let count = Int(sqlite3_column_bytes(statement, 0))
        guard count > 0, let blob = sqlite3_column_blob(statement, 0) else { return [] }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.initialize(from: blob.assumingMemoryBound(to: UInt8.self), count: count)
            initialized = count
        }
    }
}
