import Foundation
import TruceCore

/// Reads a file (or standard input, for `-`) in 1 MiB chunks.
public struct FileChunkSource: ByteChunkSource {
    private let handle: FileHandle
    private let chunkSize: Int

    /// Opens a file for reading; `-` means standard input.
    public init(path: String, chunkSize: Int = 1 << 20) throws(FileAccessError) {
        self.chunkSize = chunkSize
        if path == "-" {
            handle = FileHandle.standardInput
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileAccessError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw FileAccessError(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileAccessError(path: path, reason: "cannot be opened for reading")
        }
        self.handle = handle
    }

    public mutating func nextChunk() throws -> [UInt8]? {
        guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else { return nil }
        return Array(data)
    }
}
