/// Verifies RFC 9162 inclusion and consistency proofs (§2.1.3.2, §2.1.4.2), and the subtree proofs of the
/// Merkle Tree Certificates draft that transparency-dev/merkle also tests.
///
/// Rules where the RFC leaves a choice: a consistency proof from size 0 is refused, even to size 0 (there is
/// nothing to be consistent with; a witness treats `old 0` on its own, without calling this); equal sizes need
/// an empty proof and equal roots. Every hash must be exactly 32 bytes and every proof exactly as long as the
/// sizes require: extra hashes before or after are refused.
public enum MerkleVerifier {
    /// Checks that `leafHash` is leaf `index` of the tree of `size` leaves whose root is `root`.
    public static func verifyInclusion(
        index: UInt64, size: UInt64, leafHash: TreeHash, proof: [TreeHash], root: TreeHash
    ) throws(ProofError) {
        let computed = try rootFromInclusion(index: index, size: size, leafHash: leafHash, proof: proof)
        guard computed == root else { throw .rootMismatch(size: size) }
    }

    /// The root an inclusion proof leads to.
    public static func rootFromInclusion(index: UInt64, size: UInt64, leafHash: TreeHash, proof: [TreeHash])
        throws(ProofError) -> TreeHash
    {
        guard index < size else { throw .indexOutOfRange(index: index, size: size) }
        var fn = index
        var sn = size - 1
        var result = leafHash
        for sibling in proof {
            guard sn > 0 else { throw .wrongLength(got: proof.count, expected: "fewer") }
            if fn & 1 == 1 || fn == sn {
                result = TreeHash.node(sibling, result)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                result = TreeHash.node(result, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        guard sn == 0 else { throw .wrongLength(got: proof.count, expected: "more") }
        return result
    }

    /// Checks that the tree of `size2` leaves with root `root2` extends the tree of `size1` leaves with `root1`.
    public static func verifyConsistency(
        size1: UInt64, size2: UInt64, proof: [TreeHash], root1: TreeHash, root2: TreeHash
    ) throws(ProofError) {
        guard size1 <= size2 else { throw .sizesOutOfOrder(size1: size1, size2: size2) }
        guard size1 > 0 else { throw .emptyTree }
        if size1 == size2 {
            guard proof.isEmpty else { throw .wrongLength(got: proof.count, expected: "0") }
            guard root1 == root2 else { throw .rootMismatch(size: size2) }
            return
        }
        guard !proof.isEmpty else { throw .wrongLength(got: 0, expected: "at least 1") }
        var path = proof
        if size1 & (size1 - 1) == 0 { path.insert(root1, at: 0) }
        var fn = size1 - 1
        var sn = size2 - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            guard sn > 0 else { throw .wrongLength(got: proof.count, expected: "fewer") }
            if fn & 1 == 1 || fn == sn {
                fr = TreeHash.node(c, fr)
                sr = TreeHash.node(c, sr)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                sr = TreeHash.node(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        guard sn == 0 else { throw .wrongLength(got: proof.count, expected: "more") }
        guard fr == root1 else { throw .rootMismatch(size: size1) }
        guard sr == root2 else { throw .rootMismatch(size: size2) }
    }

    /// Whether `[start, end)` is a subtree in the sense of the Merkle Tree Certificates draft: non-empty, and
    /// `start` a multiple of the smallest power of two at least `end - start`.
    public static func isValidSubtree(start: UInt64, end: UInt64) -> Bool {
        guard start < end else { return false }
        if start == 0 { return true }
        let width = end - start
        let ceilingBits = width == 1 ? 0 : 64 - (width - 1).leadingZeroBitCount
        return start.trailingZeroBitCount >= ceilingBits
    }

    /// Checks that `leafHash` is leaf `index` of the subtree `[start, end)` whose hash is `subtreeHash`.
    public static func verifySubtreeInclusion(
        index: UInt64, start: UInt64, end: UInt64, leafHash: TreeHash, proof: [TreeHash], subtreeHash: TreeHash
    ) throws(ProofError) {
        guard isValidSubtree(start: start, end: end) else { throw .invalidSubtree(start: start, end: end) }
        guard index >= start, index < end else { throw .indexOutOfRange(index: index, size: end) }
        try verifyInclusion(index: index - start, size: end - start, leafHash: leafHash, proof: proof, root: subtreeHash)
    }

    /// Checks that the subtree `[start, end)` with hash `subtreeHash` is part of the tree of `size` leaves with
    /// root `root` (the draft's subtree consistency proof).
    public static func verifySubtreeConsistency(
        start: UInt64, end: UInt64, size: UInt64, proof: [TreeHash], subtreeHash: TreeHash, root: TreeHash
    ) throws(ProofError) {
        guard isValidSubtree(start: start, end: end) else { throw .invalidSubtree(start: start, end: end) }
        guard end <= size else { throw .sizesOutOfOrder(size1: end, size2: size) }
        var fn = start
        var sn = end - 1
        var tn = size - 1
        func shift() {
            fn >>= 1
            sn >>= 1
            tn >>= 1
        }
        if sn == tn {
            while fn != sn { shift() }
        } else {
            while fn != sn && sn & 1 == 1 { shift() }
        }
        var fr: TreeHash
        var sr: TreeHash
        var rest = proof[...]
        if fn == sn {
            fr = subtreeHash
            sr = subtreeHash
        } else {
            guard let first = rest.popFirst() else { throw .wrongLength(got: 0, expected: "at least 1") }
            fr = first
            sr = first
        }
        for c in rest {
            guard tn > 0 else { throw .wrongLength(got: proof.count, expected: "fewer") }
            if sn & 1 == 1 || sn == tn {
                if fn < sn { fr = TreeHash.node(c, fr) }
                sr = TreeHash.node(c, sr)
                while sn & 1 == 0 && sn != 0 { shift() }
            } else {
                sr = TreeHash.node(sr, c)
            }
            shift()
        }
        guard tn == 0 else { throw .wrongLength(got: proof.count, expected: "more") }
        guard fr == subtreeHash else { throw .rootMismatch(size: end - start) }
        guard sr == root else { throw .rootMismatch(size: size) }
    }
}

extension MerkleVerifier {
    /// Decodes raw hashes (as a client receives them), refusing any that is not 32 bytes.
    public static func hashes(_ raw: [[UInt8]]) throws(ProofError) -> [TreeHash] {
        var result: [TreeHash] = []
        result.reserveCapacity(raw.count)
        for bytes in raw {
            guard let hash = TreeHash(bytes: bytes) else { throw .malformedHash }
            result.append(hash)
        }
        return result
    }

    /// Decodes one raw hash, refusing it unless it is 32 bytes.
    public static func hash(_ raw: [UInt8]) throws(ProofError) -> TreeHash {
        guard let hash = TreeHash(bytes: raw) else { throw .malformedHash }
        return hash
    }
}
