import TruceLog

/// The RFC 9162 §2.1 definitions written as literally as possible over an array of leaf hashes: `MTH`, `PATH`
/// (§2.1.3.1) and `PROOF`/`SUBPROOF` (§2.1.4.1), and the Merkle Tree Certificates draft's `SUBTREE_PROOF`.
/// Subtree hashes are memoised by range, which changes nothing in the definitions but keeps the exhaustive tests
/// fast.
struct NaiveMerkle {
    private struct Span: Hashable {
        let lo: Int
        let hi: Int
    }

    /// `D[0:n]`, as leaf hashes.
    let leaves: [TreeHash]
    private var cache: [Span: TreeHash] = [:]

    /// The definitions over these leaf hashes.
    init(leaves: [TreeHash]) {
        self.leaves = leaves
    }

    /// The largest power of two smaller than `n` (n > 1).
    static func split(_ n: Int) -> Int {
        var k = 1
        while k * 2 < n { k *= 2 }
        return k
    }

    /// `MTH(D[lo:hi])`.
    mutating func mth(_ lo: Int, _ hi: Int) -> TreeHash {
        if let known = cache[Span(lo: lo, hi: hi)] { return known }
        let n = hi - lo
        let result: TreeHash
        if n == 0 {
            result = TreeHash.emptyTree
        } else if n == 1 {
            result = leaves[lo]
        } else {
            let k = Self.split(n)
            result = TreeHash.node(mth(lo, lo + k), mth(lo + k, hi))
        }
        cache[Span(lo: lo, hi: hi)] = result
        return result
    }

    /// `PATH(m, D[lo:hi])`, `m` relative to `lo`.
    mutating func path(_ m: Int, _ lo: Int, _ hi: Int) -> [TreeHash] {
        let n = hi - lo
        if n == 1 { return [] }
        let k = Self.split(n)
        if m < k { return path(m, lo, lo + k) + [mth(lo + k, hi)] }
        return path(m - k, lo + k, hi) + [mth(lo, lo + k)]
    }

    /// `PROOF(m, D[0:n])`.
    mutating func proof(_ m: Int, _ n: Int) -> [TreeHash] {
        subproof(m, 0, n, true)
    }

    /// `SUBPROOF(m, D[lo:hi], b)`.
    mutating func subproof(_ m: Int, _ lo: Int, _ hi: Int, _ b: Bool) -> [TreeHash] {
        let n = hi - lo
        if m == n { return b ? [] : [mth(lo, hi)] }
        let k = Self.split(n)
        if m <= k { return subproof(m, lo, lo + k, b) + [mth(lo + k, hi)] }
        return subproof(m - k, lo + k, hi, false) + [mth(lo, lo + k)]
    }

    /// The draft's `SUBTREE_SUBPROOF(start, end, D[lo:hi], known)`, `start` and `end` relative to `lo`.
    mutating func subtreeProof(_ start: Int, _ end: Int, _ lo: Int, _ hi: Int, _ known: Bool) -> [TreeHash] {
        let n = hi - lo
        if start == 0 && end == n { return known ? [] : [mth(lo, hi)] }
        let k = Self.split(n)
        if end <= k { return subtreeProof(start, end, lo, lo + k, known) + [mth(lo + k, hi)] }
        if k <= start { return subtreeProof(start - k, end - k, lo + k, hi, known) + [mth(lo, lo + k)] }
        return subtreeProof(0, end - k, lo + k, hi, false) + [mth(lo, lo + k)]
    }
}
