import Foundation
import GRDB
import GRDBSQLite
import TruceLog

/// Appends entries to the verifiable log inside the caller's transaction, so a change and its entry commit
/// together or not at all.
///
/// It reads the head (size and right edge) once, appends each entry's row and the complete-subtree hashes the
/// append creates into the open 256-node chunk of each level, and writes the touched chunks and the new head in
/// ``finish()``. An appender that is not finished leaves the transaction's log writes incomplete: callers always
/// finish before committing.
struct LogAppender {
    private let db: Database
    private var range: CompactRange
    /// The open chunk of each level (index = level), mutated in place.
    private var open: [OpenChunk?] = Array(repeating: nil, count: 64)
    private let insertEntry: Statement
    private let insertSecret: Statement
    private let startSize: UInt64

    /// The entry row insert (shared with the benchmark's baseline).
    static let insertEntrySQL = "INSERT INTO log_entry (idx, type, subject, data) VALUES (?, ?, ?, ?)"

    /// Nodes per stored chunk.
    static let chunkWidth: UInt64 = 256

    private struct OpenChunk {
        var chunk: UInt64
        var hashes: [UInt8]
    }

    /// Starts appending in a transaction of `db`.
    init(_ db: Database) throws {
        self.db = db
        self.range = try LogAppender.head(db)
        self.startSize = range.size
        self.insertEntry = try db.cachedStatement(sql: Self.insertEntrySQL)
        self.insertSecret = try db.cachedStatement(
            sql: "INSERT INTO log_secret (entry_idx, field, salt, value) VALUES (?, ?, ?, ?)")
    }

    /// The stored head (the empty tree if nothing was ever appended).
    ///
    /// Every proof and append reads it, so it steps its cached statement directly rather than decoding a GRDB row.
    static func head(_ db: Database) throws -> CompactRange {
        let statement = try db.cachedStatement(sql: "SELECT size, edge FROM log_head WHERE id = 1").sqliteStatement
        sqlite3_reset(statement)
        defer { sqlite3_reset(statement) }
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { return CompactRange() }
        guard code == SQLITE_ROW else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        let size = sqlite3_column_int64(statement, 0)
        let count = Int(sqlite3_column_bytes(statement, 1))
        var hashes: [TreeHash] = []
        if count > 0, let blob = sqlite3_column_blob(statement, 1) {
            let edge = UnsafeRawBufferPointer(start: blob, count: count)
            for offset in stride(from: 0, to: count - TreeHash.byteCount + 1, by: TreeHash.byteCount) {
                hashes.append(TreeHash(bytes: Array(edge[offset..<offset + TreeHash.byteCount]))!)
            }
        }
        guard size >= 0, count % TreeHash.byteCount == 0, let range = CompactRange(size: UInt64(size), hashes: hashes)
        else {
            throw LogStoreError.corrupt("the log head's right edge does not match its size \(size)")
        }
        return range
    }

    /// The tree size so far, including entries appended by this appender.
    var size: UInt64 { range.size }

    /// Appends one entry; returns its index.
    @discardableResult
    mutating func append(_ entry: PreparedLogEntry) throws -> UInt64 {
        let index = range.size
        try Self.insert(entry, at: index, with: insertEntry, in: db)
        for (field, commitment) in entry.secrets.sorted(by: { $0.key < $1.key }) {
            var secret = RowBinder(insertSecret, in: db)
            secret.bind(Int64(index))
            secret.bind(field)
            secret.bind(bytes: commitment.salt)
            secret.bind(String(decoding: CanonicalJSON.encode(commitment.value), as: UTF8.self))
            _ = try secret.step()
        }
        var grown = range
        var created: [(TreeNode, TreeHash)] = []
        grown.append(entry.leafHash) { node, hash in created.append((node, hash)) }
        range = grown
        for (node, hash) in created { try store(node, hash) }
        return index
    }

    /// Inserts an entry's row (``insertEntrySQL``), binding straight onto the statement.
    static func insert(_ entry: PreparedLogEntry, at index: UInt64, with statement: Statement, in db: Database) throws {
        var row = RowBinder(statement, in: db)
        row.bind(Int64(index))
        row.bind(entry.type)
        row.bind(entry.subject)
        row.bind(bytes: entry.data)
        _ = try row.step()
    }

    private mutating func store(_ node: TreeNode, _ hash: TreeHash) throws {
        let chunk = node.index / Self.chunkWidth
        if open[node.level]?.chunk == chunk {
            open[node.level]!.hashes.append(contentsOf: hash.bytes)
            return
        }
        if let full = open[node.level] { try write(level: node.level, full) }
        var hashes: [UInt8] = []
        hashes.reserveCapacity(Int(Self.chunkWidth) * TreeHash.byteCount)
        if node.index % Self.chunkWidth != 0 {
            // The chunk was partly filled by an earlier transaction.
            let stored = try Data.fetchOne(
                db, sql: "SELECT hashes FROM log_node WHERE level = ? AND chunk = ?",
                arguments: [node.level, Int64(chunk)])
            hashes += stored ?? Data()
            guard hashes.count == Int(node.index % Self.chunkWidth) * TreeHash.byteCount else {
                throw LogStoreError.corrupt("stored node chunk (\(node.level), \(chunk)) has the wrong length")
            }
        }
        hashes += hash.bytes
        open[node.level] = OpenChunk(chunk: chunk, hashes: hashes)
    }

    private func write(level: Int, _ chunk: OpenChunk) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO log_node (level, chunk, hashes) VALUES (?, ?, ?)",
            arguments: [level, Int64(chunk.chunk), Data(chunk.hashes)])
    }

    /// Writes the touched chunks and the new head. Call once, before the transaction commits.
    mutating func finish() throws {
        guard range.size != startSize else { return }
        for (level, chunk) in open.enumerated() {
            if let chunk { try write(level: level, chunk) }
        }
        open = Array(repeating: nil, count: 64)
        try db.execute(
            sql: "INSERT OR REPLACE INTO log_head (id, size, edge) VALUES (1, ?, ?)",
            arguments: [Int64(range.size), Data(range.hashes.flatMap(\.bytes))])
    }
}
