/// Streams RFC 4180 CSV records from a ``ByteChunkSource``, with bounded memory.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; both `\n` and `\r\n` end records. Errors name
/// the line: a record longer than ``maximumRecordBytes`` (so a 50 MB line is refused after reading at most that
/// much of it), text that is not UTF-8, a stray quote inside an unquoted field, a quote left open at the end.
/// CSV.swift and SwiftCSV do neither bounding nor line numbers, which bad-input handling needs; hence this reader.
/// It scans each chunk for the next special byte and copies the runs between them whole.
public struct CSVReader {
    /// The longest record accepted, in bytes.
    public let maximumRecordBytes: Int
    /// The file name used in errors.
    public let file: String

    private var source: any ByteChunkSource
    private var chunk: [UInt8] = []
    private var position = 0
    private var line = 1
    private var finished = false

    /// Creates a reader.
    public init(source: some ByteChunkSource, file: String, maximumRecordBytes: Int = 1 << 20) {
        self.source = source
        self.file = file
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// The 1-based line the reader has reached.
    public var currentLine: Int { line }

    /// Makes sure at least one unread byte is in `chunk`; false at the end of the input.
    private mutating func fill() throws -> Bool {
        if position < chunk.count { return true }
        guard !finished, let next = try source.nextChunk() else {
            finished = true
            return false
        }
        chunk = next
        position = 0
        return true
    }

    /// Consumes bytes up to (not including) the first byte `stop` accepts, appending them to `field`;
    /// returns how many were consumed.
    private mutating func run(into field: inout [UInt8], until stop: (UInt8) -> Bool) -> Int {
        let start = position
        let end = chunk.withUnsafeBufferPointer { buffer -> Int in
            var i = start
            while i < buffer.count && !stop(buffer[i]) { i += 1 }
            return i
        }
        field.append(contentsOf: chunk[start..<end])
        position = end
        return end - start
    }

    private func text(_ bytes: [UInt8], column: Int, line: Int) throws -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(file: file, line: line, field: "column \(column)", message: "text is not valid UTF-8")
        }
        return text
    }

    /// The next record, or `nil` at the end of the input. Blank lines are skipped.
    public mutating func next() throws -> CSVRecord? {
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(64)
        var recordBytes = 0
        var quoted = false
        var fieldStarted = false
        var startLine = line

        func checkLength(_ added: Int) throws {
            recordBytes += added
            if recordBytes > maximumRecordBytes {
                throw InputError(
                    file: file, line: startLine, message: "record is longer than the limit of \(maximumRecordBytes) bytes")
            }
        }
        func finishField() throws {
            fields.append(try text(field, column: fields.count + 1, line: startLine))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }

        while true {
            guard try fill() else {
                if quoted {
                    throw InputError(
                        file: file, line: startLine, field: "column \(fields.count + 1)",
                        message: "a quoted field is not closed before the end of the file")
                }
                if fields.isEmpty && field.isEmpty && !fieldStarted { return nil }
                try finishField()
                return CSVRecord(fields: fields, line: startLine)
            }
            if quoted {
                let copied = run(into: &field) { $0 == 0x22 || $0 == 0x0A }
                try checkLength(copied)
                guard position < chunk.count else { continue }  // the run reached the chunk's end
                let byte = chunk[position]
                position += 1
                try checkLength(1)
                if byte == 0x0A {
                    line += 1
                    field.append(byte)
                } else if try fill(), chunk[position] == 0x22 {  // a doubled quote
                    position += 1
                    try checkLength(1)
                    field.append(0x22)
                } else {
                    quoted = false
                }
                continue
            }
            let copied = run(into: &field) { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D || $0 == 0x22 }
            if copied > 0 { fieldStarted = true }
            try checkLength(copied)
            guard position < chunk.count else { continue }  // the run reached the chunk's end
            let byte = chunk[position]
            position += 1
            try checkLength(1)
            switch byte {
            case 0x2C:  // ,
                try finishField()
                fieldStarted = true
            case 0x0A:  // \n
                line += 1
                if fields.isEmpty && field.isEmpty && !fieldStarted {
                    recordBytes = 0
                    startLine = line
                    continue
                }
                try finishField()
                return CSVRecord(fields: fields, line: startLine)
            case 0x0D:  // \r, expected before \n
                if try !fill() || chunk[position] != 0x0A { field.append(byte) }
            default:  // "
                if field.isEmpty {
                    quoted = true
                    fieldStarted = true
                } else {
                    throw InputError(
                        file: file, line: startLine, field: "column \(fields.count + 1)",
                        message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")
                }
            }
        }
    }
}
