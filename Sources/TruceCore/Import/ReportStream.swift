/// A stream of reports read from a file, one validated report at a time, with the line it came from.
public protocol ReportStream {
    /// The next report, or `nil` at the end. Rows a stream filters out (e.g. outside a period) are skipped.
    mutating func next() throws -> (report: Report, line: Int)?
}

/// Reports from a CSV file in Truce's reports format.
public struct ReportCSVStream: ReportStream {
    private var reader: CSVReader
    private var columns: CSVColumns?
    private var layout: ReportCSVLayout?
    private let validator: ReportValidator

    /// Creates a stream over a CSV source.
    public init(reader: CSVReader, validator: ReportValidator) {
        self.reader = reader
        self.validator = validator
    }

    public mutating func next() throws -> (report: Report, line: Int)? {
        if columns == nil {
            guard let header = try reader.next() else {
                throw InputError(file: reader.file, line: 1, message: "the file is empty; expected a header row")
            }
            let found = try CSVColumns(header: header, file: reader.file, required: ReportDraft.requiredCSVColumns)
            for name in found.names where !ReportDraft.csvColumns.contains(name) {
                throw InputError(
                    file: reader.file, line: header.line, field: name,
                    message: "unknown column; expected some of: \(ReportDraft.csvColumns.joined(separator: ", "))")
            }
            columns = found
            layout = ReportCSVLayout(found)
        }
        guard let columns, let layout, let record = try reader.next() else { return nil }
        let row = try columns.row(record)
        let draft = try ReportDraft.fromCSV(row, layout: layout)
        return (try validator.report(from: draft, file: reader.file, line: record.line), record.line)
    }
}

/// Reports from a JSON Lines file: one report object per line, blank lines skipped.
public struct ReportJSONLStream: ReportStream {
    private var reader: LineReader
    private let validator: ReportValidator

    /// Creates a stream over a JSON Lines source.
    public init(reader: LineReader, validator: ReportValidator) {
        self.reader = reader
        self.validator = validator
    }

    public mutating func next() throws -> (report: Report, line: Int)? {
        while let (bytes, line) = try reader.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let draft = try ReportDraft.fromJSON(bytes, file: reader.file, line: line)
            return (try validator.report(from: draft, file: reader.file, line: line), line)
        }
        return nil
    }
}

/// Reports from a UCDP GED CSV file, optionally limited to events starting in a period.
public struct UCDPStream: ReportStream {
    private var reader: CSVReader
    private var columns: CSVColumns?
    private let mapper: UCDPEventMapper
    private let from: Int64?
    private let until: Int64?

    /// Creates a stream; `from` and `until` (exclusive) are epoch seconds of local midnights.
    public init(reader: CSVReader, mapper: UCDPEventMapper, from: Int64? = nil, until: Int64? = nil) {
        self.reader = reader
        self.mapper = mapper
        self.from = from
        self.until = until
    }

    public mutating func next() throws -> (report: Report, line: Int)? {
        if columns == nil {
            guard let header = try reader.next() else {
                throw InputError(file: reader.file, line: 1, message: "the file is empty; expected a header row")
            }
            columns = try CSVColumns(header: header, file: reader.file, required: UCDPEventMapper.requiredColumns)
        }
        while let record = try reader.next() {
            let row = try columns!.row(record)
            let day = try mapper.startDay(row)
            if let from, day < from { continue }
            if let until, day >= until { continue }
            return (try mapper.report(row), record.line)
        }
        return nil
    }
}
