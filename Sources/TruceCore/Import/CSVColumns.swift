/// A CSV header: finds columns by name and turns records into rows whose fields are read by column name.
public struct CSVColumns: Sendable {
    /// The column names, in file order.
    public let names: [String]
    private let index: [String: Int]
    /// The file name used in errors.
    public let file: String

    /// Reads a header record, requiring the named columns.
    public init(header: CSVRecord, file: String, required: [String]) throws(InputError) {
        let names = header.fields.map { $0.trimmingPrefix("\u{FEFF}") }.map(String.init)
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            if index[name] != nil {
                throw InputError(file: file, line: header.line, field: name, message: "column appears twice in the header")
            }
            index[name] = i
        }
        for name in required where index[name] == nil {
            throw InputError(file: file, line: header.line, field: name, message: "required column is missing from the header")
        }
        self.names = names
        self.index = index
        self.file = file
    }

    /// Whether the header has a column.
    public func has(_ name: String) -> Bool { index[name] != nil }

    /// Checks the record's width and wraps it.
    public func row(_ record: CSVRecord) throws(InputError) -> CSVRow {
        guard record.fields.count == names.count else {
            throw InputError(
                file: file, line: record.line,
                message: "expected \(names.count) columns as in the header, found \(record.fields.count)")
        }
        return CSVRow(record: record, columns: self)
    }

    func position(_ name: String) -> Int? { index[name] }
}
