/// The right edge of a growing tree: the roots of the perfect subtrees that make up `[0, size)`, largest first.
///
/// Appending a leaf pushes its hash and merges equal-height neighbours, yielding each complete node it creates,
/// so an append costs O(log n) hashes and at most log n new stored nodes (one on average).
public struct CompactRange: Sendable, Equatable {
    /// The number of leaves covered.
    public private(set) var size: UInt64
    /// The perfect subtree roots, left to right (heights strictly decreasing).
    public private(set) var hashes: [TreeHash]

    /// The empty tree.
    public init() {
        self.size = 0
        self.hashes = []
    }

    /// A range restored from storage; nil unless `hashes` has one hash per set bit of `size`.
    public init?(size: UInt64, hashes: [TreeHash]) {
        guard size.nonzeroBitCount == hashes.count else { return nil }
        self.size = size
        self.hashes = hashes
    }

    /// The perfect subtrees of `[0, size)`, left to right: the nodes whose hashes a range of that size holds.
    public static func nodes(size: UInt64) -> [TreeNode] {
        var nodes: [TreeNode] = []
        var start: UInt64 = 0
        for level in stride(from: 63, through: 0, by: -1) where size & (UInt64(1) << UInt64(level)) != 0 {
            nodes.append(TreeNode(level: level, index: start >> UInt64(level)))
            start += UInt64(1) << UInt64(level)
        }
        return nodes
    }

    /// Appends one leaf hash; calls `store` for the leaf and every complete interior node it completes.
    public mutating func append(_ leafHash: TreeHash, store: (TreeNode, TreeHash) throws -> Void) rethrows {
        var node = TreeNode(level: 0, index: size)
        var hash = leafHash
        try store(node, hash)
        var merged = size
        while merged & 1 == 1 {
            let left = hashes.removeLast()
            hash = TreeHash.node(left, hash)
            node = TreeNode(level: node.level + 1, index: node.index >> 1)
            try store(node, hash)
            merged >>= 1
        }
        hashes.append(hash)
        size += 1
    }

    /// `MTH(D[0:size])`: the perfect subtree roots folded from the right.
    public var root: TreeHash {
        guard var result = hashes.last else { return TreeHash.emptyTree }
        for hash in hashes.dropLast().reversed() {
            result = TreeHash.node(hash, result)
        }
        return result
    }
}
