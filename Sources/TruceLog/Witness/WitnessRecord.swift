/// What a witness remembers of one log: the last checkpoint it cosigned.
public struct WitnessRecord: Sendable, Hashable {
    /// The tree size.
    public var size: UInt64
    /// The root hash.
    public var root: TreeHash

    /// A record.
    public init(size: UInt64, root: TreeHash) {
        self.size = size
        self.root = root
    }
}
