/// Reports from a CSV file in Truce's reports format (docs/report-format.md).
public struct ReportCSVReader: ReportRecordReader {
    private var reader: CSVReader
    private let validator: ReportValidator

    /// Creates a reader over a CSV source.
    public init(reader: CSVReader, validator: ReportValidator) {
        self.reader = reader
        self.validator = validator
    }

    public mutating func start() throws -> Interpreter {
        guard let header = try reader.next() else {
            throw InputError(file: reader.file, line: 1, message: "the file is empty; expected a header row")
        }
        let columns = try CSVColumns(header: header, file: reader.file, required: ReportDraft.requiredCSVColumns)
        for name in columns.names where !ReportDraft.csvColumns.contains(name) {
            throw InputError(
                file: reader.file, line: header.line, field: name,
                message: "unknown column; expected some of: \(ReportDraft.csvColumns.joined(separator: ", "))")
        }
        return Interpreter(columns: columns, layout: ReportCSVLayout(columns), validator: validator)
    }

    public mutating func next() throws -> CSVRecord? { try reader.next() }

    /// Validates rows of one file's layout.
    public struct Interpreter: ReportRecordInterpreter {
        let columns: CSVColumns
        let layout: ReportCSVLayout
        let validator: ReportValidator

        public func report(_ record: CSVRecord) throws -> Report? {
            let row = try columns.row(record)
            let draft = try ReportDraft.fromCSV(row, layout: layout)
            return try validator.report(from: draft, file: columns.file, line: record.line)
        }
    }
}
