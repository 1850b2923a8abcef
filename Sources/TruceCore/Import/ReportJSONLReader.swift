/// Reports from a JSON Lines file: one report object per line, blank lines skipped.
public struct ReportJSONLReader: ReportRecordReader {
    /// One line of the file.
    public struct Line: Sendable {
        /// The line's bytes, without the line break.
        public var bytes: [UInt8]
        /// Its 1-based number.
        public var number: Int
    }

    private var reader: LineReader
    private let validator: ReportValidator

    /// Creates a reader over a JSON Lines source.
    public init(reader: LineReader, validator: ReportValidator) {
        self.reader = reader
        self.validator = validator
    }

    public mutating func start() throws -> Interpreter { Interpreter(file: reader.file, validator: validator) }

    public mutating func next() throws -> Line? {
        while let (bytes, number) = try reader.next() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return Line(bytes: bytes, number: number)
        }
        return nil
    }

    /// Validates lines.
    public struct Interpreter: ReportRecordInterpreter {
        let file: String
        let validator: ReportValidator

        public func report(_ line: Line) throws -> Report? {
            let draft = try ReportDraft.fromJSON(line.bytes, file: file, line: line.number)
            return try validator.report(from: draft, file: file, line: line.number)
        }
    }
}
