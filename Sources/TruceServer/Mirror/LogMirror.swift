import Foundation
import TruceLog
import TruceStore

/// Follows a log over HTTP into a local copy, checking every step: each checkpoint's signature by the pinned log
/// key, a consistency proof from the last verified checkpoint, and the root recomputed from the copied entries.
public struct LogMirror: Sendable {
    /// The log followed.
    public let client: LogClient
    /// The local copy (its own database).
    public let local: SQLiteLog

    /// A mirror of a log into a local database.
    public init(client: LogClient, local: SQLiteLog) {
        self.client = client
        self.local = local
    }

    /// Pins the log key: the given one, else the one pinned before, else (trust on first use) the one the log
    /// serves. A log key that differs from the pinned one is refused.
    public func pinKey(_ given: NoteVerifierKey?) async throws -> NoteVerifierKey {
        if let given {
            try await local.pin(verifierKey: given)
            return given
        }
        if let pinned = try await local.verifierKey() { return pinned }
        let served = try await client.verifierKey()
        try await local.pin(verifierKey: served)
        return served
    }

    /// Copies what is new and verifies it; returns a fork report instead when the log contradicts itself.
    public func step(key: NoteVerifierKey, progress: @Sendable (UInt64, UInt64) -> Void = { _, _ in }) async throws
        -> MirrorOutcome
    {
        let note = try await client.checkpoint()
        try note.verify(with: [key])
        let checkpoint = try Checkpoint(body: note.text)
        guard checkpoint.origin == key.name else {
            throw LogClientError.malformed("the checkpoint's origin \(checkpoint.origin) is not the key's \(key.name)")
        }
        let verified = try await local.latestCheckpoint()
        if let verified {
            let old = verified.checkpoint
            func fork(_ reason: String, proof: [[UInt8]] = []) async throws -> MirrorOutcome {
                let report = ForkReport(
                    origin: checkpoint.origin, reason: reason, earlier: verified.servedNote.serialized,
                    later: note.serialized, proof: proof.map { Data($0).base64EncodedString() },
                    detectedAt: ISO8601DateFormatter().string(from: Date()))
                try await local.recordFork(report.json)
                return .fork(report)
            }
            if checkpoint.size < old.size {
                return try await fork("the log's checkpoint of size \(checkpoint.size) is older than the verified \(old.size)")
            }
            if checkpoint.size == old.size {
                guard checkpoint.root == old.root else {
                    return try await fork("two checkpoints of size \(old.size) with different roots")
                }
                try await local.record(checkpoint: note)
                return .upToDate(size: old.size)
            }
            if old.size > 0 {
                let proof = try await client.consistencyProof(from: old.size, to: checkpoint.size)
                do {
                    try MerkleVerifier.verifyConsistency(
                        size1: old.size, size2: checkpoint.size, proof: try MerkleVerifier.hashes(proof),
                        root1: old.root, root2: checkpoint.root)
                } catch {
                    return try await fork(
                        "the consistency proof from \(old.size) to \(checkpoint.size) does not verify: \(error)", proof: proof)
                }
            }
        }
        let start = try await local.size()
        var next = start
        while next < checkpoint.size {
            let page = try await client.entries(start: next, end: checkpoint.size)
            guard let first = page.first, first.index == next,
                page.enumerated().allSatisfy({ $0.element.index == next + UInt64($0.offset) })
            else { throw LogClientError.malformed("the log answered entries out of order from \(next)") }
            try await local.append(page.map(Self.prepared))
            next += UInt64(page.count)
            progress(next, checkpoint.size)
        }
        let root = try await local.root(size: checkpoint.size)
        guard root == checkpoint.root else {
            // Keep only what was verified: the copied entries do not give the signed root.
            try await local.truncate(to: start)
            let report = ForkReport(
                origin: checkpoint.origin,
                reason: "the entries the log served give root \(root.base64), not the signed \(checkpoint.root.base64)",
                earlier: verified?.servedNote.serialized ?? "", later: note.serialized, proof: [],
                detectedAt: ISO8601DateFormatter().string(from: Date()))
            try await local.recordFork(report.json)
            return .fork(report)
        }
        try await local.record(checkpoint: note)
        return .advanced(from: start, to: checkpoint.size)
    }

    /// An entry copied from the log, with its type read from its JSON when it has one.
    static func prepared(_ record: LogEntryRecord) -> PreparedLogEntry {
        var type = "unknown"
        if let object = try? JSONSerialization.jsonObject(with: Data(record.data)) as? [String: Any],
            let text = object["type"] as? String
        {
            type = text
        }
        return PreparedLogEntry(type: type, subject: nil, data: record.data, leafHash: TreeHash.leaf(record.data), secrets: [:])
    }
}
