extension MerkleVerifier {
    /// Verifies an inclusion proof received as raw bytes (as a client gets it off the wire): every hash must be
    /// 32 bytes.
    public static func verifyInclusion(index: UInt64, size: UInt64, leafHash: [UInt8], proof: [[UInt8]], root: [UInt8])
        throws(ProofError)
    {
        try verifyInclusion(index: index, size: size, leafHash: hash(leafHash), proof: hashes(proof), root: hash(root))
    }

    /// Verifies a consistency proof received as raw bytes.
    ///
    /// Equal sizes are decided before the hashes are decoded, as transparency-dev/merkle decides them: an empty
    /// proof and byte-equal roots, whatever their length, since two identical roots of one tree size are
    /// trivially consistent. Otherwise every hash must be 32 bytes.
    public static func verifyConsistency(size1: UInt64, size2: UInt64, proof: [[UInt8]], root1: [UInt8], root2: [UInt8])
        throws(ProofError)
    {
        guard size1 <= size2 else { throw .sizesOutOfOrder(size1: size1, size2: size2) }
        guard size1 > 0 else { throw .emptyTree }
        if size1 == size2 {
            guard proof.isEmpty else { throw .wrongLength(got: proof.count, expected: "0") }
            guard root1 == root2 else { throw .rootMismatch(size: size2) }
            return
        }
        try verifyConsistency(size1: size1, size2: size2, proof: hashes(proof), root1: hash(root1), root2: hash(root2))
    }

    /// Verifies a subtree inclusion proof received as raw bytes.
    public static func verifySubtreeInclusion(
        index: UInt64, start: UInt64, end: UInt64, leafHash: [UInt8], proof: [[UInt8]], subtreeHash: [UInt8]
    ) throws(ProofError) {
        try verifySubtreeInclusion(
            index: index, start: start, end: end, leafHash: hash(leafHash), proof: hashes(proof),
            subtreeHash: hash(subtreeHash))
    }

    /// Verifies a subtree consistency proof received as raw bytes.
    ///
    /// Two cases are decided before the hashes are decoded, as transparency-dev/merkle decides them: the empty
    /// range `[s, s)` (inside a tree of at least `s` leaves, its hash must be `SHA-256("")` and the proof empty:
    /// it claims nothing about the tree) and the whole tree `[0, size)` (an empty proof and byte-equal hashes).
    public static func verifySubtreeConsistency(
        start: UInt64, end: UInt64, size: UInt64, proof: [[UInt8]], subtreeHash: [UInt8], root: [UInt8]
    ) throws(ProofError) {
        if start == end {
            guard end <= size else { throw .sizesOutOfOrder(size1: end, size2: size) }
            guard proof.isEmpty else { throw .wrongLength(got: proof.count, expected: "0") }
            guard subtreeHash == TreeHash.emptyTree.bytes else { throw .rootMismatch(size: 0) }
            return
        }
        if start == 0 && end == size {
            guard proof.isEmpty else { throw .wrongLength(got: proof.count, expected: "0") }
            guard subtreeHash == root else { throw .rootMismatch(size: size) }
            return
        }
        try verifySubtreeConsistency(
            start: start, end: end, size: size, proof: hashes(proof), subtreeHash: hash(subtreeHash), root: hash(root))
    }
}
