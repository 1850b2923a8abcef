import Testing
import TruceLog

@Suite("Merkle proofs against the RFC 9162 definitions, every size to 100")
struct MerkleExhaustiveTests {
    static let maxSize = 100
    let leafHashes = (0..<maxSize).map { TreeHash.leaf(Array("leaf \($0)".utf8)) }

    @Test("roots from MerkleProofs and CompactRange equal MTH")
    func roots() throws {
        var tree = MemoryTree()
        var naive = NaiveMerkle(leaves: leafHashes)
        #expect(tree.range.root == naive.mth(0, 0))
        for (index, leafHash) in leafHashes.enumerated() {
            tree.append(leafHash)
            let expected = naive.mth(0, index + 1)
            #expect(tree.range.root == expected, "size \(index + 1)")
            #expect(try tree.proofs.root(size: UInt64(index + 1)) == expected, "size \(index + 1)")
        }
        // Every earlier size is still provable from the same stored nodes.
        for size in 0...Self.maxSize {
            #expect(try tree.proofs.root(size: UInt64(size)) == naive.mth(0, size), "size \(size)")
        }
    }

    @Test("every inclusion proof equals PATH(m, D[n]), verifies, and refuses every corruption")
    func inclusion() throws {
        let tree = MemoryTree(leafHashes: leafHashes)
        var naive = NaiveMerkle(leaves: leafHashes)
        var log = CheckLog()
        for size in 1...Self.maxSize {
            let root = naive.mth(0, size)
            let n = UInt64(size)
            for index in 0..<size {
                let m = UInt64(index)
                let leaf = leafHashes[index]
                let label = "leaf \(index) of \(size)"
                let proof = try tree.proofs.inclusionProof(index: m, size: n)
                log.expect(proof == naive.path(index, 0, size), "\(label): not PATH")
                log.expectAccepted(label) {
                    try MerkleVerifier.verifyInclusion(index: m, size: n, leafHash: leaf, proof: proof, root: root)
                }
                for position in proof.indices {
                    var corrupted = proof
                    corrupted[position] = corrupted[position].flipping(byte: position % 32, bit: position % 8)
                    log.expectRefused("\(label), hash \(position) flipped") {
                        try MerkleVerifier.verifyInclusion(index: m, size: n, leafHash: leaf, proof: corrupted, root: root)
                    }
                }
                if !proof.isEmpty {
                    log.expectRefused("\(label), last hash dropped") {
                        try MerkleVerifier.verifyInclusion(
                            index: m, size: n, leafHash: leaf, proof: Array(proof.dropLast()), root: root)
                    }
                    log.expectRefused("\(label), first hash dropped") {
                        try MerkleVerifier.verifyInclusion(
                            index: m, size: n, leafHash: leaf, proof: Array(proof.dropFirst()), root: root)
                    }
                }
                log.expectRefused("\(label), root appended") {
                    try MerkleVerifier.verifyInclusion(index: m, size: n, leafHash: leaf, proof: proof + [root], root: root)
                }
                log.expectRefused("\(label), leaf prepended") {
                    try MerkleVerifier.verifyInclusion(index: m, size: n, leafHash: leaf, proof: [leaf] + proof, root: root)
                }
                log.expectRefused("\(label), another leaf") {
                    try MerkleVerifier.verifyInclusion(
                        index: m, size: n, leafHash: leafHashes[(index + 1) % Self.maxSize], proof: proof, root: root)
                }
                if index + 1 < size {
                    log.expectRefused("\(label), at index + 1") {
                        try MerkleVerifier.verifyInclusion(index: m + 1, size: n, leafHash: leaf, proof: proof, root: root)
                    }
                }
                if index > 0 {
                    log.expectRefused("\(label), at index - 1") {
                        try MerkleVerifier.verifyInclusion(index: m - 1, size: n, leafHash: leaf, proof: proof, root: root)
                    }
                }
            }
        }
        log.report()
        #expect(log.count > Self.maxSize * (Self.maxSize + 1) / 2 * 8)
    }

    @Test("every consistency proof equals PROOF(m, D[n]), verifies, and refuses every corruption")
    func consistency() throws {
        let tree = MemoryTree(leafHashes: leafHashes)
        var naive = NaiveMerkle(leaves: leafHashes)
        var log = CheckLog()
        for size2 in 1...Self.maxSize {
            let root2 = naive.mth(0, size2)
            for size1 in 1...size2 {
                let root1 = naive.mth(0, size1)
                let (m, n) = (UInt64(size1), UInt64(size2))
                let label = "\(size1) → \(size2)"
                let proof = try tree.proofs.consistencyProof(from: m, to: n)
                log.expect(proof == naive.proof(size1, size2), "\(label): not PROOF")
                log.expectAccepted(label) {
                    try MerkleVerifier.verifyConsistency(size1: m, size2: n, proof: proof, root1: root1, root2: root2)
                }
                for position in proof.indices {
                    var corrupted = proof
                    corrupted[position] = corrupted[position].flipping(byte: position % 32, bit: position % 8)
                    log.expectRefused("\(label), hash \(position) flipped") {
                        try MerkleVerifier.verifyConsistency(
                            size1: m, size2: n, proof: corrupted, root1: root1, root2: root2)
                    }
                }
                if !proof.isEmpty {
                    log.expectRefused("\(label), last hash dropped") {
                        try MerkleVerifier.verifyConsistency(
                            size1: m, size2: n, proof: Array(proof.dropLast()), root1: root1, root2: root2)
                    }
                    log.expectRefused("\(label), first hash dropped") {
                        try MerkleVerifier.verifyConsistency(
                            size1: m, size2: n, proof: Array(proof.dropFirst()), root1: root1, root2: root2)
                    }
                }
                log.expectRefused("\(label), second root appended") {
                    try MerkleVerifier.verifyConsistency(
                        size1: m, size2: n, proof: proof + [root2], root1: root1, root2: root2)
                }
                log.expectRefused("\(label), first root prepended") {
                    try MerkleVerifier.verifyConsistency(
                        size1: m, size2: n, proof: [root1] + proof, root1: root1, root2: root2)
                }
                log.expectRefused("\(label), first root flipped") {
                    try MerkleVerifier.verifyConsistency(
                        size1: m, size2: n, proof: proof, root1: root1.flipping(), root2: root2)
                }
                log.expectRefused("\(label), second root flipped") {
                    try MerkleVerifier.verifyConsistency(
                        size1: m, size2: n, proof: proof, root1: root1, root2: root2.flipping())
                }
                if size1 < size2 {
                    log.expectRefused("\(label), roots swapped") {
                        try MerkleVerifier.verifyConsistency(size1: m, size2: n, proof: proof, root1: root2, root2: root1)
                    }
                }
            }
        }
        log.report()
        #expect(log.count > Self.maxSize * (Self.maxSize + 1) / 2 * 8)
    }
}
