/// Streams lines from a ``ByteChunkSource`` with a bound on line length; used for JSON Lines.
public struct LineReader {
    /// The longest line accepted, in bytes.
    public let maximumLineBytes: Int
    /// The file name used in errors.
    public let file: String

    private var source: any ByteChunkSource
    private var chunk: [UInt8] = []
    private var position = 0
    private var finished = false
    private var lineNumber = 0

    /// Creates a reader.
    public init(source: some ByteChunkSource, file: String, maximumLineBytes: Int = 1 << 20) {
        self.source = source
        self.file = file
        self.maximumLineBytes = maximumLineBytes
    }

    /// The next line's bytes (without the line break) and its 1-based number, or `nil` at the end.
    public mutating func next() throws -> (bytes: [UInt8], line: Int)? {
        var line: [UInt8] = []
        var sawAny = false
        while true {
            if position == chunk.count {
                guard !finished, let next = try source.nextChunk() else {
                    finished = true
                    if !sawAny { return nil }
                    lineNumber += 1
                    return (line, lineNumber)
                }
                chunk = next
                position = 0
            }
            sawAny = true
            let start = position
            while position < chunk.count, chunk[position] != 0x0A { position += 1 }
            line.append(contentsOf: chunk[start..<position])
            if line.count > maximumLineBytes {
                throw InputError(
                    file: file, line: lineNumber + 1, message: "line is longer than the limit of \(maximumLineBytes) bytes")
            }
            if position < chunk.count {
                position += 1
                lineNumber += 1
                if line.last == 0x0D { line.removeLast() }
                return (line, lineNumber)
            }
        }
    }
}
