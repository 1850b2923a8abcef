/// Reports from a UCDP GED CSV file, optionally limited to events starting in a period.
public struct UCDPReader: ReportRecordReader {
    private var reader: CSVReader
    private let mapper: UCDPEventMapper
    private let from: Int64?
    private let until: Int64?

    /// Creates a reader; `from` and `until` (exclusive) are epoch seconds of local midnights.
    public init(reader: CSVReader, mapper: UCDPEventMapper, from: Int64? = nil, until: Int64? = nil) {
        self.reader = reader
        self.mapper = mapper
        self.from = from
        self.until = until
    }

    public mutating func start() throws -> Interpreter {
        guard let header = try reader.next() else {
            throw InputError(file: reader.file, line: 1, message: "the file is empty; expected a header row")
        }
        let columns = try CSVColumns(header: header, file: reader.file, required: UCDPEventMapper.requiredColumns)
        return Interpreter(columns: columns, mapper: mapper, from: from, until: until)
    }

    public mutating func next() throws -> CSVRecord? { try reader.next() }

    /// Maps rows of one file, skipping those outside the period.
    public struct Interpreter: ReportRecordInterpreter {
        let columns: CSVColumns
        let mapper: UCDPEventMapper
        let from: Int64?
        let until: Int64?

        public func report(_ record: CSVRecord) throws -> Report? {
            let row = try columns.row(record)
            let day = try mapper.startDay(row)
            if let from, day < from { return nil }
            if let until, day >= until { return nil }
            return try mapper.report(row)
        }
    }
}
