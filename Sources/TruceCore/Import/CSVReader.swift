/// Streams RFC 4180 CSV records from a ``ByteChunkSource``, with bounded memory.
///
/// Quoted fields may hold commas, doubled quotes and line breaks; both `\n` and `\r\n` end records. Errors name
/// the line: a record longer than ``maximumRecordBytes`` (so a 50 MB line is refused after reading at most that
/// much of it), text that is not UTF-8, a stray quote inside an unquoted field, a quote left open at the end.
/// CSV.swift and SwiftCSV do neither bounding nor line numbers, which bad-input handling needs; hence this reader.
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

    private mutating func nextByte() throws -> UInt8? {
        if position == chunk.count {
            guard !finished, let next = try source.nextChunk() else {
                finished = true
                return nil
            }
            chunk = next
            position = 0
        }
        defer { position += 1 }
        return chunk[position]
    }

    private mutating func peekByte() throws -> UInt8? {
        guard let byte = try nextByte() else { return nil }
        position -= 1
        return byte
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

        func finishField() throws -> String {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw InputError(
                    file: file, line: startLine, field: "column \(fields.count + 1)", message: "text is not valid UTF-8")
            }
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
            return text
        }

        while true {
            guard let byte = try nextByte() else {
                if quoted {
                    throw InputError(
                        file: file, line: startLine, field: "column \(fields.count + 1)",
                        message: "a quoted field is not closed before the end of the file")
                }
                if fields.isEmpty && field.isEmpty && !fieldStarted { return nil }
                fields.append(try finishField())
                return CSVRecord(fields: fields, line: startLine)
            }
            recordBytes += 1
            if recordBytes > maximumRecordBytes {
                throw InputError(
                    file: file, line: startLine,
                    message: "record is longer than the limit of \(maximumRecordBytes) bytes")
            }
            if quoted {
                if byte == 0x22 {
                    if try peekByte() == 0x22 {
                        _ = try nextByte()
                        field.append(0x22)
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x2C:  // ,
                fields.append(try finishField())
                fieldStarted = true
            case 0x0A:  // \n
                line += 1
                if fields.isEmpty && field.isEmpty && !fieldStarted {
                    recordBytes = 0
                    startLine = line
                    continue
                }
                fields.append(try finishField())
                return CSVRecord(fields: fields, line: startLine)
            case 0x0D:  // \r, expected before \n
                if try peekByte() != 0x0A { field.append(byte) }
            case 0x22:  // "
                if field.isEmpty {
                    quoted = true
                    fieldStarted = true
                } else {
                    throw InputError(
                        file: file, line: startLine, field: "column \(fields.count + 1)",
                        message: "a quote inside an unquoted field (quote the whole field and double inner quotes)")
                }
            default:
                field.append(byte)
                fieldStarted = true
            }
        }
    }
}
