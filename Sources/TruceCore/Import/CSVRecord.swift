/// One record of a CSV file: its fields and the line it starts on.
public struct CSVRecord: Sendable, Hashable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The 1-based line the record starts on.
    public var line: Int
}
