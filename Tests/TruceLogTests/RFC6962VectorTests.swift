import Testing
import TruceLog

@Suite("RFC 6962 vectors from vectors.json")
struct RFC6962VectorTests {
    let vectors: VectorsFile
    /// The eight test leaves' bytes.
    let leaves: [[UInt8]]
    /// The tree of all eight, as stored by CompactRange.append.
    let tree: MemoryTree

    init() throws {
        vectors = try TestPaths.vectors()
        leaves = try vectors.eightLeaves.leavesHex.map { try #require(Hex.decode($0)) }
        tree = MemoryTree(leafHashes: leaves.map { TreeHash.leaf($0) })
    }

    func hash(_ hex: String) throws -> TreeHash {
        try #require(TreeHash(hex: hex), "not a 32-byte hex hash: \(hex)")
    }

    func root(size: UInt64) throws -> TreeHash {
        try hash(vectors.eightLeaves.rootsBySize[Int(size)])
    }

    @Test("leaf hashes are SHA-256(0x00 ‖ leaf)")
    func leafHashes() throws {
        try #require(leaves.count == 8)
        for (index, leaf) in leaves.enumerated() {
            let expected = vectors.eightLeaves.leafHashes[index]
            #expect(TreeHash.leaf(leaf).hex == expected, "leaf \(index)")
            #expect(Hex.encode(ReferenceSHA256.hash([0x00] + leaf)) == expected, "reference leaf \(index)")
        }
    }

    @Test("the root of every size 0–8, from CompactRange and from MerkleProofs over the stored nodes")
    func roots() throws {
        var range = CompactRange()
        #expect(range.root.hex == vectors.eightLeaves.rootsBySize[0])
        #expect(try tree.proofs.root(size: 0).hex == vectors.eightLeaves.rootsBySize[0])
        for (index, leaf) in leaves.enumerated() {
            range.append(TreeHash.leaf(leaf)) { _, _ in }
            let size = UInt64(index + 1)
            #expect(range.size == size)
            #expect(range.root.hex == vectors.eightLeaves.rootsBySize[index + 1], "CompactRange root of size \(size)")
            #expect(try tree.proofs.root(size: size).hex == vectors.eightLeaves.rootsBySize[index + 1], "size \(size)")
            // The range's hashes are exactly the stored nodes it names, and it restores from them.
            let stored = try CompactRange.nodes(size: size).map { try tree.hash(of: $0) }
            #expect(stored == range.hashes, "size \(size)")
            #expect(CompactRange(size: size, hashes: range.hashes) == range)
            #expect(CompactRange(size: size, hashes: range.hashes + [TreeHash.emptyTree]) == nil)
        }
        // A tree stores one node per leaf and one per completed interior node: 8 + 4 + 2 + 1, each the MTH of the
        // leaves it covers.
        #expect(tree.nodes.count == 15)
        var naive = NaiveMerkle(leaves: leaves.map { TreeHash.leaf($0) })
        for (node, hash) in tree.nodes {
            #expect(node.endLeaf - node.firstLeaf == UInt64(1) << UInt64(node.level))
            #expect(hash == naive.mth(Int(node.firstLeaf), Int(node.endLeaf)), "node \(node)")
        }
    }

    @Test("hasher unit vectors: empty tree, leaf('') and leaf('L123456'), node('N123','N456')")
    func hasherUnits() throws {
        let units = vectors.hasherUnits
        #expect(TreeHash.emptyTree.hex == units.emptyRoot)
        #expect(TreeHash.leaf([UInt8]()).hex == units.leafEmpty)
        #expect(TreeHash.leaf(Array("L123456".utf8)).hex == units.leafL123456)
        // TreeHash.node only combines 32-byte hashes, so SHA-256(0x01 ‖ "N123" ‖ "N456") cannot go through it: the
        // vector checks the reference SHA-256 instead, which then checks TreeHash.node on real hashes.
        #expect(Hex.encode(ReferenceSHA256.hash([0x01] + Array("N123N456".utf8))) == units.nodeN123N456)
        #expect(Hex.encode(ReferenceSHA256.hash([])) == units.emptyRoot)
        for index in 0..<7 {
            let left = TreeHash.leaf(leaves[index])
            let right = TreeHash.leaf(leaves[index + 1])
            #expect(TreeHash.node(left, right).bytes == ReferenceSHA256.hash([0x01] + left.bytes + right.bytes))
        }
    }

    @Test("inclusion proofs (upstream and all of n ≤ 8) are built exactly, verify, and refuse any flipped bit")
    func inclusion() throws {
        let cases = vectors.inclusionUpstream.cases + vectors.inclusionDerived
        #expect(vectors.inclusionDerived.count == 36)
        for vector in cases {
            let label = "leaf \(vector.leafIndex) of \(vector.treeSize)"
            let expected = try vector.path.map(hash)
            let built = try tree.proofs.inclusionProof(index: vector.leafIndex, size: vector.treeSize)
            #expect(built == expected, "\(label)")
            let leafHash = TreeHash.leaf(leaves[Int(vector.leafIndex)])
            let root = try root(size: vector.treeSize)
            #expect(throws: Never.self, "\(label)") {
                try MerkleVerifier.verifyInclusion(
                    index: vector.leafIndex, size: vector.treeSize, leafHash: leafHash, proof: expected, root: root)
            }
            for position in expected.indices {
                var corrupted = expected
                corrupted[position] = corrupted[position].flipping()
                #expect(throws: ProofError.self, "\(label), hash \(position) flipped") {
                    try MerkleVerifier.verifyInclusion(
                        index: vector.leafIndex, size: vector.treeSize, leafHash: leafHash, proof: corrupted, root: root)
                }
            }
            #expect(throws: ProofError.self, "\(label), flipped leaf") {
                try MerkleVerifier.verifyInclusion(
                    index: vector.leafIndex, size: vector.treeSize, leafHash: leafHash.flipping(), proof: expected,
                    root: root)
            }
        }
    }

    @Test("consistency proofs (upstream and all of n ≤ 8) are built exactly, verify, and refuse any flipped bit")
    func consistency() throws {
        let cases = vectors.consistencyUpstream.cases + vectors.consistencyDerived
        #expect(vectors.consistencyDerived.count == 28)
        for vector in cases {
            let label = "\(vector.size1) → \(vector.size2)"
            let expected = try vector.proof.map(hash)
            let built = try tree.proofs.consistencyProof(from: vector.size1, to: vector.size2)
            #expect(built == expected, "\(label)")
            let root1 = try root(size: vector.size1)
            let root2 = try root(size: vector.size2)
            #expect(throws: Never.self, "\(label)") {
                try MerkleVerifier.verifyConsistency(
                    size1: vector.size1, size2: vector.size2, proof: expected, root1: root1, root2: root2)
            }
            for position in expected.indices {
                var corrupted = expected
                corrupted[position] = corrupted[position].flipping()
                #expect(throws: ProofError.self, "\(label), hash \(position) flipped") {
                    try MerkleVerifier.verifyConsistency(
                        size1: vector.size1, size2: vector.size2, proof: corrupted, root1: root1, root2: root2)
                }
            }
            #expect(throws: ProofError.self, "\(label), flipped first root") {
                try MerkleVerifier.verifyConsistency(
                    size1: vector.size1, size2: vector.size2, proof: expected, root1: root1.flipping(), root2: root2)
            }
        }
    }
}
