/// Bad input: names the file, line, column and field at fault and says what is wrong.
///
/// Every parser in Truce throws this for malformed, oversized or hostile input, so the CLI can print one clear
/// line and exit with 65 (`EX_DATAERR`) and the API can answer with a problem document naming the same place.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or `-` for standard input, or a request part such as `body`).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// The field, as a path (`parties[2].id`, `killed_best`), when the fault is in one.
    public var field: String?
    /// What is wrong, for people.
    public var message: String

    /// Creates an input error.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `FILE:LINE:COLUMN: field 'F': MESSAGE`, omitting what is unknown.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        if let field { return "\(place): field '\(field)': \(message)" }
        return "\(place): \(message)"
    }
}
