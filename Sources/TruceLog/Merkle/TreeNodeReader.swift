/// Where a proof builder reads the stored hashes of complete subtrees from (a database, a mirror, memory).
///
/// A complete subtree's hash never changes once all its leaves are appended, so any tree size up to the
/// current one can be proven from the same stored nodes.
public protocol TreeNodeReader {
    /// The hash of a complete subtree; throws if it is not stored.
    func hash(of node: TreeNode) throws -> TreeHash
}
