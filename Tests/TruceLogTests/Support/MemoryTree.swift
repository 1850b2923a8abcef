import TruceLog

/// A Merkle tree held in memory the way a log stores it: a ``CompactRange`` for the right edge, and every node
/// hash that `CompactRange.append` reports, read back by ``MerkleProofs`` through ``TreeNodeReader``.
struct MemoryTree: TreeNodeReader {
    /// A node that was never reported by `append`.
    struct MissingNode: Error, CustomStringConvertible {
        /// The node asked for.
        let node: TreeNode

        var description: String { "node level \(node.level) index \(node.index) is not stored" }
    }

    /// The right edge.
    private(set) var range = CompactRange()
    /// Every stored node hash.
    private(set) var nodes: [TreeNode: TreeHash] = [:]

    /// An empty tree.
    init() {}

    /// A tree of the given leaf hashes, appended in order.
    init(leafHashes: [TreeHash]) {
        for hash in leafHashes { append(hash) }
    }

    /// The number of leaves.
    var size: UInt64 { range.size }

    /// Appends a leaf hash, storing every node the append completes (a node is written once, never changed).
    mutating func append(_ leafHash: TreeHash) {
        var reported: [(TreeNode, TreeHash)] = []
        range.append(leafHash) { node, hash in reported.append((node, hash)) }
        for (node, hash) in reported {
            precondition(nodes[node] == nil, "node \(node) reported twice")
            nodes[node] = hash
        }
    }

    func hash(of node: TreeNode) throws -> TreeHash {
        guard let hash = nodes[node] else { throw MissingNode(node: node) }
        return hash
    }

    /// A proof builder over this tree.
    var proofs: MerkleProofs<MemoryTree> { MerkleProofs(reader: self) }
}
