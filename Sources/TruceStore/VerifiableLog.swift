import TruceLog

/// What the log serves to readers, witnesses' clients and mirrors, whatever stores it.
public protocol VerifiableLog: Sendable {
    /// The number of entries.
    func size() async throws -> UInt64
    /// The entries `[start, end)`, at most `limit` of them (a reader asks again for the rest).
    func entries(start: UInt64, end: UInt64, limit: Int) async throws -> [LogEntryRecord]
    /// The inclusion proof of entry `index` in the tree of `size` entries.
    func inclusionProof(index: UInt64, size: UInt64) async throws -> [TreeHash]
    /// The consistency proof between two tree sizes.
    func consistencyProof(from: UInt64, to: UInt64) async throws -> [TreeHash]
    /// The latest signed checkpoint with its cosignatures.
    func latestCheckpoint() async throws -> StoredCheckpoint?
    /// The log's verifier key.
    func verifierKey() async throws -> NoteVerifierKey?
}

extension SQLiteLog: VerifiableLog {}
