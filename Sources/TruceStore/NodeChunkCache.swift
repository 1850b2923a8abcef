import Foundation
import TruceLog

/// The node chunks of the upper levels of the tree, kept in memory between proofs.
///
/// Stored hashes never change once written (the log only appends), so a chunk read once stays right for every
/// node inside the part that was read; a chunk that has grown since is read again. Only levels from
/// ``lowestLevel`` up are kept: they are few (a 10,000,000-entry log has about 1,200 such chunks, 10 MB), while the
/// lower levels would be most of the tree. A mirror that rolls its copy back clears the cache.
public final class NodeChunkCache: @unchecked Sendable {
    /// The lowest level kept.
    public let lowestLevel: Int
    /// The most chunks kept; past it the cache starts afresh.
    public let capacity: Int
    private let lock = NSLock()
    private var chunks: [TreeNode: [UInt8]] = [:]

    /// A cache of the levels from `lowestLevel` up.
    public init(lowestLevel: Int = 6, capacity: Int = 4_096) {
        self.lowestLevel = lowestLevel
        self.capacity = capacity
    }

    /// The stored bytes of a chunk (addressed as level and chunk number), if kept and long enough.
    func bytes(level: Int, chunk: UInt64, covering end: Int) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        guard let bytes = chunks[TreeNode(level: level, index: chunk)], bytes.count >= end else { return nil }
        return bytes
    }

    /// Keeps a chunk's bytes.
    func keep(level: Int, chunk: UInt64, bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        if chunks.count >= capacity { chunks.removeAll(keepingCapacity: true) }
        chunks[TreeNode(level: level, index: chunk)] = bytes
    }

    /// Forgets everything (after a mirror's rollback).
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        chunks.removeAll()
    }
}
