import GRDB

/// An inclusive range of local days (`YYYY-MM-DD`, either end open) as an SQL condition on a day column.
struct DayRange {
    /// First day, if any.
    var from: String?
    /// Last day, if any.
    var to: String?

    /// ` AND column >= ? AND column <= ?` for the ends given, and their arguments.
    func condition(_ column: String = "day") -> (sql: String, arguments: StatementArguments) {
        var sql = ""
        var arguments: StatementArguments = []
        if let from {
            sql += " AND \(column) >= ?"
            arguments += [from]
        }
        if let to {
            sql += " AND \(column) <= ?"
            arguments += [to]
        }
        return (sql, arguments)
    }
}
