/// The first stage of reading a report file: its raw records, in order (CSV rows, JSON lines).
///
/// Reading is split from interpreting (``ReportRecordInterpreter``) so that an import can read the next records on
/// one core while it validates the last ones on another.
public protocol ReportRecordReader {
    /// One raw record.
    associatedtype Record: Sendable
    /// What turns records into reports.
    associatedtype Interpreter: ReportRecordInterpreter<Record>

    /// Reads what comes before the records (a header) and returns the interpreter for them.
    mutating func start() throws -> Interpreter

    /// The next record, or `nil` at the end.
    mutating func next() throws -> Record?
}

/// The second stage of reading a report file: validates one raw record into a report.
public protocol ReportRecordInterpreter<Record>: Sendable {
    /// One raw record.
    associatedtype Record: Sendable

    /// The record's report, or `nil` when the file's filter leaves it out (e.g. outside a period).
    func report(_ record: Record) throws -> Report?
}
