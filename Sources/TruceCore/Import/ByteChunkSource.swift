/// Something that yields a file's bytes chunk by chunk, so parsers never hold a whole file in memory.
public protocol ByteChunkSource {
    /// The next chunk, or `nil` at the end. Chunks are never empty.
    mutating func nextChunk() throws -> [UInt8]?
}

/// Bytes already in memory, handed out in chunks of a given size (all at once by default).
public struct InMemoryChunkSource: ByteChunkSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    /// Wraps bytes.
    public init(_ bytes: [UInt8], chunkSize: Int = .max) {
        precondition(chunkSize > 0)
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    /// Wraps the UTF-8 of a string.
    public init(_ text: String, chunkSize: Int = .max) { self.init(Array(text.utf8), chunkSize: chunkSize) }

    public mutating func nextChunk() throws -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = offset + min(chunkSize, bytes.count - offset)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
