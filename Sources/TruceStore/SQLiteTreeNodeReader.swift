import Foundation
import GRDB
import TruceLog

/// Reads complete-subtree hashes from the `log_node` chunks of one database connection, keeping the chunks
/// it read (a proof reads at most one chunk per level, an audit walks them in order).
final class SQLiteTreeNodeReader: TreeNodeReader {
    private let db: Database
    private var chunks: [Int: (chunk: UInt64, hashes: [UInt8])] = [:]
    private let select: Statement

    init(_ db: Database) throws {
        self.db = db
        self.select = try db.cachedStatement(sql: "SELECT hashes FROM log_node WHERE level = ? AND chunk = ?")
    }

    func hash(of node: TreeNode) throws -> TreeHash {
        let chunk = node.index / LogAppender.chunkWidth
        let offset = Int(node.index % LogAppender.chunkWidth) * TreeHash.byteCount
        if let cached = chunks[node.level], cached.chunk == chunk, cached.hashes.count >= offset + TreeHash.byteCount {
            return TreeHash(bytes: Array(cached.hashes[offset..<offset + TreeHash.byteCount]))!
        }
        guard let data = try Data.fetchOne(select, arguments: [node.level, Int64(chunk)]) else {
            throw LogStoreError.corrupt("no stored hash for node (\(node.level), \(node.index))")
        }
        let hashes = Array(data)
        chunks[node.level] = (chunk, hashes)
        guard hashes.count >= offset + TreeHash.byteCount else {
            throw LogStoreError.corrupt("no stored hash for node (\(node.level), \(node.index))")
        }
        return TreeHash(bytes: Array(hashes[offset..<offset + TreeHash.byteCount]))!
    }
}
