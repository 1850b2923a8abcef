import Testing
import TruceLog

@Suite("Merkle proof refusals")
struct MerkleRefusalTests {
    let tree = MemoryTree(leafHashes: (0..<13).map { TreeHash.leaf(Array("entry \($0)".utf8)) })

    @Test("proofs outside the tree are refused when built")
    func buildingRefusals() throws {
        let proofs = tree.proofs
        #expect(throws: ProofError.indexOutOfRange(index: 13, size: 13)) {
            try proofs.inclusionProof(index: 13, size: 13)
        }
        #expect(throws: ProofError.indexOutOfRange(index: 0, size: 0)) { try proofs.inclusionProof(index: 0, size: 0) }
        #expect(throws: ProofError.emptyTree) { try proofs.consistencyProof(from: 0, to: 5) }
        #expect(throws: ProofError.sizesOutOfOrder(size1: 6, size2: 5)) { try proofs.consistencyProof(from: 6, to: 5) }
        #expect(try proofs.consistencyProof(from: 7, to: 7).isEmpty)
    }

    @Test("a node missing from storage is reported as unreadable, not as a wrong proof")
    func missingNode() throws {
        #expect(throws: ProofError.self) { try tree.proofs.inclusionProof(index: 0, size: 14) }
        do {
            _ = try tree.proofs.consistencyProof(from: 3, to: 20)
            Issue.record("a proof needing nodes that are not stored was built")
        } catch {
            guard case .unreadable = error else {
                Issue.record("expected .unreadable, got \(error)")
                return
            }
        }
    }

    @Test("the verifier refuses sizes it cannot check")
    func verifierRefusals() throws {
        let root = try tree.proofs.root(size: 13)
        let leaf = TreeHash.leaf(Array("entry 0".utf8))
        #expect(throws: ProofError.indexOutOfRange(index: 13, size: 13)) {
            try MerkleVerifier.verifyInclusion(index: 13, size: 13, leafHash: leaf, proof: [], root: root)
        }
        #expect(throws: ProofError.emptyTree) {
            try MerkleVerifier.verifyConsistency(size1: 0, size2: 0, proof: [], root1: .emptyTree, root2: .emptyTree)
        }
        #expect(throws: ProofError.emptyTree) {
            try MerkleVerifier.verifyConsistency(size1: 0, size2: 13, proof: [], root1: .emptyTree, root2: root)
        }
        #expect(throws: ProofError.sizesOutOfOrder(size1: 14, size2: 13)) {
            try MerkleVerifier.verifyConsistency(size1: 14, size2: 13, proof: [], root1: root, root2: root)
        }
        #expect(throws: ProofError.rootMismatch(size: 13)) {
            try MerkleVerifier.verifyConsistency(size1: 13, size2: 13, proof: [], root1: root, root2: root.flipping())
        }
        #expect(throws: ProofError.wrongLength(got: 1, expected: "0")) {
            try MerkleVerifier.verifyConsistency(size1: 13, size2: 13, proof: [root], root1: root, root2: root)
        }
    }

    @Test("raw hashes must be exactly 32 bytes")
    func rawHashes() throws {
        #expect(throws: ProofError.malformedHash) { try MerkleVerifier.hash(Array(repeating: 7, count: 31)) }
        #expect(throws: ProofError.malformedHash) { try MerkleVerifier.hash(Array(repeating: 7, count: 33)) }
        #expect(throws: ProofError.malformedHash) { try MerkleVerifier.hashes([Array(repeating: 7, count: 32), []]) }
        #expect(try MerkleVerifier.hash(Array(repeating: 7, count: 32)).bytes == Array(repeating: 7, count: 32))
        #expect(TreeHash(hex: String(repeating: "ab", count: 31)) == nil)
        #expect(TreeHash(hex: String(repeating: "zz", count: 32)) == nil)
        #expect(TreeHash(base64: "AAAA") == nil)
        let hash = TreeHash.leaf(Array("x".utf8))
        #expect(TreeHash(hex: hash.hex.uppercased()) == hash)
        #expect(TreeHash(base64: hash.base64) == hash)
    }

    @Test("subtree ranges follow the Merkle Tree Certificates rule")
    func subtreeValidity() {
        #expect(MerkleVerifier.isValidSubtree(start: 0, end: 13))
        #expect(MerkleVerifier.isValidSubtree(start: 8, end: 13))
        #expect(MerkleVerifier.isValidSubtree(start: 8, end: 16))
        #expect(!MerkleVerifier.isValidSubtree(start: 8, end: 17))
        #expect(!MerkleVerifier.isValidSubtree(start: 4, end: 4))
        #expect(!MerkleVerifier.isValidSubtree(start: 5, end: 4))
        #expect(!MerkleVerifier.isValidSubtree(start: 1, end: UInt64.max))
        #expect(MerkleVerifier.isValidSubtree(start: 1 << 63, end: UInt64.max))
    }
}
