import GRDB
import GRDBSQLite

/// Something a row's values are written to, column by column: a statement's parameters, or text fields.
protocol RowSink {
    mutating func bind(_ value: String?)
    mutating func bind(_ value: Int64?)
    mutating func bind(_ value: Double)
    mutating func bind(bytes: [UInt8])
}

extension RowSink {
    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }
    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }
}

/// Collects a row's values as text (`nil` for NULL), as another tool's CSV import of the same rows needs.
struct TextRow: RowSink {
    var fields: [String?] = []
    mutating func bind(_ value: String?) { fields.append(value) }
    mutating func bind(_ value: Int64?) { fields.append(value.map { String($0) }) }
    mutating func bind(_ value: Double) { fields.append(String(value)) }
    mutating func bind(bytes: [UInt8]) { fields.append(String(decoding: bytes, as: UTF8.self)) }
}

/// Binds values straight onto a prepared SQLite statement and steps it: the hot path of bulk registration,
/// where boxing each value into GRDB's `StatementArguments` cost a quarter of an import's time.
///
/// Positions count from 1, as in SQLite. Text is copied by SQLite (`SQLITE_TRANSIENT`).
struct RowBinder: RowSink {
    private let statement: OpaquePointer
    private let connection: OpaquePointer
    private var position: Int32 = 0

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Prepares to bind a GRDB statement of a database connection from its first parameter.
    init(_ statement: Statement, in db: Database) {
        self.statement = statement.sqliteStatement
        self.connection = db.sqliteConnection!
        sqlite3_reset(self.statement)
    }

    mutating func bind(_ value: String?) {
        position += 1
        guard var value else {
            sqlite3_bind_null(statement, position)
            return
        }
        value.withUTF8 { buffer in
            if let base = buffer.baseAddress {
                _ = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    sqlite3_bind_text(statement, position, $0, Int32(buffer.count), Self.transient)
                }
            } else {
                _ = sqlite3_bind_text(statement, position, "", 0, Self.transient)
            }
        }
    }

    mutating func bind(_ value: Int64?) {
        position += 1
        if let value { sqlite3_bind_int64(statement, position, value) } else { sqlite3_bind_null(statement, position) }
    }

    mutating func bind(_ value: Double) {
        position += 1
        sqlite3_bind_double(statement, position, value)
    }

    mutating func bind(bytes: [UInt8]) {
        position += 1
        bytes.withUnsafeBytes { buffer in
            _ = sqlite3_bind_blob(
                statement, position, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count), Self.transient)
        }
    }

    /// Runs the statement; returns the number of rows it changed.
    func step() throws -> Int {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(statement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        return Int(sqlite3_changes(connection))
    }
}
