/// Something that yields a file's bytes chunk by chunk, so parsers never hold a whole file in memory.
public protocol ByteChunkSource {
    /// The next chunk, or `nil` at the end. Chunks are never empty.
    mutating func nextChunk() throws -> [UInt8]?
}

/// Bytes already in memory, handed out in one chunk.
public struct InMemoryChunkSource: ByteChunkSource {
    private var bytes: [UInt8]?

    /// Wraps bytes.
    public init(_ bytes: [UInt8]) { self.bytes = bytes.isEmpty ? nil : bytes }

    /// Wraps the UTF-8 of a string.
    public init(_ text: String) { self.init(Array(text.utf8)) }

    public mutating func nextChunk() throws -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}
