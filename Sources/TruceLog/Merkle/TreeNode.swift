/// The address of a complete (perfect) subtree: `level` 0 is a leaf; node `(level, index)` covers the leaves
/// `[index · 2^level, (index + 1) · 2^level)`.
public struct TreeNode: Sendable, Hashable {
    /// The height above the leaves.
    public var level: Int
    /// The position among the nodes of that level, from the left.
    public var index: UInt64

    /// Addresses a node.
    @inlinable
    public init(level: Int, index: UInt64) {
        self.level = level
        self.index = index
    }

    /// The first leaf the node covers.
    public var firstLeaf: UInt64 { index << UInt64(level) }

    /// The leaf after the last one the node covers.
    public var endLeaf: UInt64 { (index + 1) << UInt64(level) }
}
