/// Why a Merkle proof could not be built or did not verify.
public enum ProofError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The leaf index is not inside the tree.
    case indexOutOfRange(index: UInt64, size: UInt64)
    /// The second tree is smaller than the first.
    case sizesOutOfOrder(size1: UInt64, size2: UInt64)
    /// A consistency proof from the empty tree proves nothing and is refused.
    case emptyTree
    /// A hash is not 32 bytes.
    case malformedHash
    /// The proof has the wrong number of hashes for these sizes.
    case wrongLength(got: Int, expected: String)
    /// The `[start, end)` range is not a valid subtree (start a multiple of the bit-ceiling of its width).
    case invalidSubtree(start: UInt64, end: UInt64)
    /// The proof recomputes a different root (or first root) than the one given.
    case rootMismatch(size: UInt64)
    /// A stored node needed for the proof could not be read.
    case unreadable(String)

    public var description: String {
        switch self {
        case .indexOutOfRange(let index, let size): "leaf index \(index) is not inside a tree of \(size) leaves"
        case .sizesOutOfOrder(let size1, let size2): "tree size \(size1) is larger than \(size2)"
        case .emptyTree: "a consistency proof from the empty tree proves nothing"
        case .malformedHash: "a hash is not 32 bytes"
        case .wrongLength(let got, let expected): "the proof has \(got) hashes, expected \(expected)"
        case .invalidSubtree(let start, let end): "[\(start), \(end)) is not a valid subtree"
        case .rootMismatch(let size): "the proof does not lead to the root hash of the tree of size \(size)"
        case .unreadable(let reason): "a stored tree node could not be read: \(reason)"
        }
    }
}
