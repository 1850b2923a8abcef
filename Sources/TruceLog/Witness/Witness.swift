/// The tlog-witness v1 decision: checks an add-checkpoint request against the logs the witness trusts and its
/// durable state, and cosigns only a checkpoint consistent with everything it cosigned before.
public struct Witness<Store: WitnessStateStore>: Sendable {
    /// The witness's cosignature key.
    public let cosigner: Cosigner
    /// The trusted log keys; a log's origin is its key name.
    public let logKeys: [NoteVerifierKey]
    /// Where the last cosigned checkpoints are kept.
    public let store: Store
    /// The clock, in seconds since the Unix epoch.
    public let now: @Sendable () -> UInt64

    /// A witness.
    public init(cosigner: Cosigner, logKeys: [NoteVerifierKey], store: Store, now: @escaping @Sendable () -> UInt64) {
        self.cosigner = cosigner
        self.logKeys = logKeys
        self.store = store
        self.now = now
    }

    /// Answers one request body.
    public func addCheckpoint(body: String) async throws -> WitnessAnswer {
        let request: AddCheckpointRequest
        do {
            request = try AddCheckpointRequest(parsing: body)
        } catch {
            return .refusal(400, error.description)
        }
        let checkpoint: Checkpoint
        do {
            checkpoint = try Checkpoint(body: request.note.text)
        } catch {
            return .refusal(400, error.description)
        }
        let keys = logKeys.filter { $0.name == checkpoint.origin }
        guard !keys.isEmpty else { return .refusal(404, "unknown log origin \(checkpoint.origin)") }
        do {
            try request.note.verify(with: keys)
        } catch {
            return .refusal(403, error.description)
        }
        guard request.oldSize <= checkpoint.size else {
            return .refusal(400, "old size \(request.oldSize) is larger than the checkpoint size \(checkpoint.size)")
        }
        let current = try await store.record(origin: checkpoint.origin)
        guard request.oldSize == (current?.size ?? 0) else { return .conflict(size: current?.size ?? 0) }
        if let current, current.size == checkpoint.size {
            guard current.root == checkpoint.root else { return .conflict(size: current.size) }
            guard request.proof.isEmpty else { return .refusal(422, "equal sizes need an empty proof") }
        } else if let current, current.size > 0 {
            do {
                try MerkleVerifier.verifyConsistency(
                    size1: current.size, size2: checkpoint.size, proof: request.proof, root1: current.root,
                    root2: checkpoint.root)
            } catch {
                return .refusal(422, "consistency proof from \(current.size): \(error.description)")
            }
        } else if !request.proof.isEmpty {
            // Nothing cosigned yet, or only the empty tree: every tree extends it, and the proof is empty.
            return .refusal(422, "a proof from size 0 must be empty")
        }
        let new = WitnessRecord(size: checkpoint.size, root: checkpoint.root)
        if new != current {
            if let found = try await store.compareAndSwap(origin: checkpoint.origin, expected: current, new: new) {
                return .conflict(size: found?.size ?? 0)
            }
        }
        // Cosign the exact text the log signed (re-serializing the parsed checkpoint could differ from it).
        let line = cosigner.cosign(body: request.note.text, timestamp: now()).line
        return WitnessAnswer(status: 200, contentType: "text/plain; charset=utf-8", body: line)
    }
}
