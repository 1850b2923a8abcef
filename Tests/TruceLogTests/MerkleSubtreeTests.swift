import Testing
import TruceLog

@Suite("Subtree proofs (Merkle Tree Certificates draft), every subtree of trees to 40 leaves")
struct MerkleSubtreeTests {
    static let maxSize = 40
    let leafHashes = (0..<maxSize).map { TreeHash.leaf(Array("leaf \($0)".utf8)) }

    /// Every valid subtree `[start, end)` with `end <= size`, by the draft's definition written out here: `start`
    /// a multiple of the smallest power of two at least `end - start`.
    static func subtrees(upTo size: Int) -> [(start: Int, end: Int)] {
        var result: [(Int, Int)] = []
        for start in 0..<size {
            for end in (start + 1)...size {
                var ceiling = 1
                while ceiling < end - start { ceiling *= 2 }
                if start % ceiling == 0 { result.append((start, end)) }
            }
        }
        return result
    }

    @Test("validity agrees with the definition")
    func validity() {
        for size in 1...Self.maxSize {
            let valid = Set(Self.subtrees(upTo: size).map { "\($0.start)-\($0.end)" })
            for start in 0...size {
                for end in start...size {
                    #expect(
                        MerkleVerifier.isValidSubtree(start: UInt64(start), end: UInt64(end))
                            == valid.contains("\(start)-\(end)"),
                        "[\(start), \(end))")
                }
            }
        }
    }

    @Test("subtree consistency proofs verify, and refuse a flipped hash, a dropped or an extra hash")
    func consistency() {
        var naive = NaiveMerkle(leaves: leafHashes)
        var log = CheckLog()
        for size in 1...Self.maxSize {
            let root = naive.mth(0, size)
            for (start, end) in Self.subtrees(upTo: size) {
                let (s, e, n) = (UInt64(start), UInt64(end), UInt64(size))
                let subtree = naive.mth(start, end)
                let proof = naive.subtreeProof(start, end, 0, size, true)
                let label = "[\(start), \(end)) in \(size)"
                log.expectAccepted("\(label)") {
                    try MerkleVerifier.verifySubtreeConsistency(
                        start: s, end: e, size: n, proof: proof, subtreeHash: subtree, root: root)
                }
                for position in proof.indices {
                    var corrupted = proof
                    corrupted[position] = corrupted[position].flipping()
                    log.expectRefused("\(label), hash \(position) flipped") {
                        try MerkleVerifier.verifySubtreeConsistency(
                            start: s, end: e, size: n, proof: corrupted, subtreeHash: subtree, root: root)
                    }
                }
                if !proof.isEmpty {
                    log.expectRefused("\(label), last hash dropped") {
                        try MerkleVerifier.verifySubtreeConsistency(
                            start: s, end: e, size: n, proof: Array(proof.dropLast()), subtreeHash: subtree, root: root)
                    }
                }
                log.expectRefused("\(label), root appended") {
                    try MerkleVerifier.verifySubtreeConsistency(
                        start: s, end: e, size: n, proof: proof + [root], subtreeHash: subtree, root: root)
                }
                log.expectRefused("\(label), subtree hash flipped") {
                    try MerkleVerifier.verifySubtreeConsistency(
                        start: s, end: e, size: n, proof: proof, subtreeHash: subtree.flipping(), root: root)
                }
            }
        }
        log.report()
    }

    @Test("subtree inclusion proofs are PATH inside the subtree: they verify, and refuse a flipped hash")
    func inclusion() {
        var naive = NaiveMerkle(leaves: leafHashes)
        var log = CheckLog()
        for (start, end) in Self.subtrees(upTo: Self.maxSize) {
            let subtree = naive.mth(start, end)
            for index in start..<end {
                let proof = naive.path(index - start, start, end)
                let label = "leaf \(index) of [\(start), \(end))"
                log.expectAccepted("\(label)") {
                    try MerkleVerifier.verifySubtreeInclusion(
                        index: UInt64(index), start: UInt64(start), end: UInt64(end), leafHash: leafHashes[index],
                        proof: proof, subtreeHash: subtree)
                }
                for position in proof.indices {
                    var corrupted = proof
                    corrupted[position] = corrupted[position].flipping()
                    log.expectRefused("\(label), hash \(position) flipped") {
                        try MerkleVerifier.verifySubtreeInclusion(
                            index: UInt64(index), start: UInt64(start), end: UInt64(end), leafHash: leafHashes[index],
                            proof: corrupted, subtreeHash: subtree)
                    }
                }
            }
            log.expectRefused("leaf \(end) outside [\(start), \(end))") {
                try MerkleVerifier.verifySubtreeInclusion(
                    index: UInt64(end), start: UInt64(start), end: UInt64(end), leafHash: leafHashes[start], proof: [],
                    subtreeHash: subtree)
            }
        }
        log.report()
    }
}
