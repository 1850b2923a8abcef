import GRDB
import GRDBSQLite
import TruceLog

/// Reads complete-subtree hashes from the `log_node` chunks of one database connection.
///
/// It steps its prepared statement directly and copies each blob once: a proof reads a few dozen chunks, and
/// GRDB's row decoding would cost more than the reads.
final class SQLiteTreeNodeReader: TreeNodeReader {
    private let connection: OpaquePointer
    private let statement: OpaquePointer
    /// The last chunk read of each level (index = level), when chunks are kept.
    private var chunks: [(chunk: UInt64, hashes: [UInt8])?]
    private let keepsChunks: Bool
    /// Nodes already in memory: the head's right edge, which every proof against the current size needs.
    private let known: [TreeNode: TreeHash]

    /// Upper-level chunks shared between readers, if any.
    private let cache: NodeChunkCache?

    /// A reader over one connection. `keepsChunks` keeps the last chunk of each level for a reader that walks the
    /// nodes in order (an audit); a proof reads each chunk about once and copies only the hash it needs. The
    /// `head`'s right edge is answered from memory.
    init(_ db: Database, keepsChunks: Bool = false, head: CompactRange? = nil, cache: NodeChunkCache? = nil) throws {
        self.cache = cache
        self.connection = db.sqliteConnection!
        self.statement = try db.cachedStatement(sql: "SELECT hashes FROM log_node WHERE level = ? AND chunk = ?")
            .sqliteStatement
        self.keepsChunks = keepsChunks
        self.chunks = keepsChunks ? Array(repeating: nil, count: 64) : []
        var known: [TreeNode: TreeHash] = [:]
        if let head { for (node, hash) in zip(CompactRange.nodes(size: head.size), head.hashes) { known[node] = hash } }
        self.known = known
    }

    func hash(of node: TreeNode) throws -> TreeHash {
        if let hash = known[node] { return hash }
        let chunk = node.index / LogAppender.chunkWidth
        let offset = Int(node.index % LogAppender.chunkWidth) * TreeHash.byteCount
        if let cache, node.level >= cache.lowestLevel,
            let bytes = cache.bytes(level: node.level, chunk: chunk, covering: offset + TreeHash.byteCount)
        {
            return TreeHash(bytes: Array(bytes[offset..<offset + TreeHash.byteCount]))!
        }
        if keepsChunks, let cached = chunks[node.level], cached.chunk == chunk, cached.hashes.count >= offset + TreeHash.byteCount
        {
            return TreeHash(bytes: Array(cached.hashes[offset..<offset + TreeHash.byteCount]))!
        }
        sqlite3_reset(statement)
        defer { sqlite3_reset(statement) }
        sqlite3_bind_int64(statement, 1, Int64(node.level))
        sqlite3_bind_int64(statement, 2, Int64(chunk))
        let code = sqlite3_step(statement)
        guard code == SQLITE_ROW || code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        let count = code == SQLITE_ROW ? Int(sqlite3_column_bytes(statement, 0)) : 0
        guard count >= offset + TreeHash.byteCount, let blob = sqlite3_column_blob(statement, 0) else {
            throw LogStoreError.corrupt("no stored hash for node (\(node.level), \(node.index))")
        }
        let bytes = UnsafeRawBufferPointer(start: blob, count: count)
        if keepsChunks { chunks[node.level] = (chunk, Array(bytes)) }
        if let cache, node.level >= cache.lowestLevel { cache.keep(level: node.level, chunk: chunk, bytes: Array(bytes)) }
        return TreeHash(bytes: Array(bytes[offset..<offset + TreeHash.byteCount]))!
    }
}
