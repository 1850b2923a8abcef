/// A CSV record read by column name, with typed accessors whose errors name the line and column.
public struct CSVRow: Sendable {
    /// The record.
    public let record: CSVRecord
    let columns: CSVColumns

    /// The field in a column, or the empty string when the header lacks the column.
    public subscript(_ name: String) -> String {
        guard let i = columns.position(name) else { return "" }
        return record.fields[i]
    }

    /// The field, or `nil` when empty or absent.
    public func optional(_ name: String) -> String? {
        let value = self[name]
        return value.isEmpty ? nil : value
    }

    /// An error about a column of this row.
    public func error(_ name: String, _ message: String) -> InputError {
        InputError(file: columns.file, line: record.line, field: name, message: message)
    }

    /// A required non-empty field.
    public func required(_ name: String) throws(InputError) -> String {
        guard let value = optional(name) else { throw error(name, "is required") }
        return value
    }

    /// A required number.
    public func double(_ name: String) throws(InputError) -> Double {
        let text = try required(name)
        guard let value = Double(text), value.isFinite else { throw error(name, "'\(text.prefix(40))' is not a number") }
        return value
    }

    /// An optional number.
    public func optionalDouble(_ name: String) throws(InputError) -> Double? {
        guard optional(name) != nil else { return nil }
        return try double(name)
    }

    /// An optional whole number, at least zero.
    public func optionalCount(_ name: String) throws(InputError) -> Int? {
        guard let text = optional(name) else { return nil }
        guard let value = Int(text), value >= 0 else {
            throw error(name, "'\(text.prefix(40))' is not a whole number of zero or more")
        }
        return value
    }
}
