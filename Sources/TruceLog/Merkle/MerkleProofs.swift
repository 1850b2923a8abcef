/// Builds RFC 9162 proofs from the stored hashes of complete subtrees, reading O(log n) nodes.
///
/// The recursions are those of RFC 9162 §2.1.3.1 (`PATH`) and §2.1.4.1 (`PROOF`/`SUBPROOF`); every subtree hash
/// they need is a complete node read from the reader or, at the right edge, folded from the complete nodes that
/// cover it.
///
/// The methods are inlinable so that each store's reader gets a specialised copy (no generic dispatch per node
/// read on the proof path).
public struct MerkleProofs<Reader: TreeNodeReader> {
    /// Where stored node hashes come from.
    public let reader: Reader

    /// Builds proofs over a reader.
    @inlinable
    public init(reader: Reader) {
        self.reader = reader
    }

    /// `MTH(D[lo:hi])` for a range the RFC recursion produces (`lo` aligned to the range's split).
    @inlinable
    public func rangeHash(_ lo: UInt64, _ hi: UInt64) throws -> TreeHash {
        precondition(lo <= hi)
        if lo == hi { return TreeHash.emptyTree }
        let size = hi - lo
        if size & (size - 1) == 0, lo % size == 0 {
            return try reader.hash(of: TreeNode(level: size.trailingZeroBitCount, index: lo >> UInt64(size.trailingZeroBitCount)))
        }
        let split = MerkleProofs.largestPowerOfTwo(below: size)
        return TreeHash.node(try rangeHash(lo, lo + split), try rangeHash(lo + split, hi))
    }

    /// The root of the tree of the first `size` leaves.
    @inlinable
    public func root(size: UInt64) throws -> TreeHash {
        try rangeHash(0, size)
    }

    /// The inclusion proof (audit path) of leaf `index` in the tree of `size` leaves, leaf to root.
    @inlinable
    public func inclusionProof(index: UInt64, size: UInt64) throws(ProofError) -> [TreeHash] {
        guard index < size else { throw .indexOutOfRange(index: index, size: size) }
        var proof: [TreeHash] = []
        do {
            try path(index, 0, size, into: &proof)
        } catch let error as ProofError {
            throw error
        } catch {
            throw .unreadable(String(describing: error))
        }
        return proof
    }

    /// The consistency proof from the tree of `size1` leaves to the tree of `size2` leaves.
    ///
    /// Requires `0 < size1 <= size2` (a proof from the empty tree is meaningless: see ``MerkleVerifier``).
    @inlinable
    public func consistencyProof(from size1: UInt64, to size2: UInt64) throws(ProofError) -> [TreeHash] {
        guard size1 <= size2 else { throw .sizesOutOfOrder(size1: size1, size2: size2) }
        guard size1 > 0 else { throw .emptyTree }
        var proof: [TreeHash] = []
        do {
            try subproof(size1, 0, size2, complete: true, into: &proof)
        } catch let error as ProofError {
            throw error
        } catch {
            throw .unreadable(String(describing: error))
        }
        return proof
    }

    @usableFromInline
    func path(_ m: UInt64, _ lo: UInt64, _ hi: UInt64, into proof: inout [TreeHash]) throws {
        let n = hi - lo
        if n <= 1 { return }
        let k = MerkleProofs.largestPowerOfTwo(below: n)
        if m < k {
            try path(m, lo, lo + k, into: &proof)
            proof.append(try rangeHash(lo + k, hi))
        } else {
            try path(m - k, lo + k, hi, into: &proof)
            proof.append(try rangeHash(lo, lo + k))
        }
    }

    @usableFromInline
    func subproof(_ m: UInt64, _ lo: UInt64, _ hi: UInt64, complete: Bool, into proof: inout [TreeHash]) throws {
        let n = hi - lo
        if m == n {
            if !complete { proof.append(try rangeHash(lo, hi)) }
            return
        }
        let k = MerkleProofs.largestPowerOfTwo(below: n)
        if m <= k {
            try subproof(m, lo, lo + k, complete: complete, into: &proof)
            proof.append(try rangeHash(lo + k, hi))
        } else {
            try subproof(m - k, lo + k, hi, complete: false, into: &proof)
            proof.append(try rangeHash(lo, lo + k))
        }
    }

    /// The largest power of two strictly less than `n` (n > 1).
    @inlinable
    static func largestPowerOfTwo(below n: UInt64) -> UInt64 {
        precondition(n > 1)
        return UInt64(1) << UInt64(63 - (n - 1).leadingZeroBitCount)
    }
}
