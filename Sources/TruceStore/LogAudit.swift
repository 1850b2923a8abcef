import TruceLog

/// What `truce log verify` found: the whole tree recomputed from the stored entries and checked against every
/// stored node and every checkpoint.
public struct LogAudit: Sendable, Hashable {
    /// Entries read.
    public var entries: UInt64
    /// Checkpoints checked (signature and root).
    public var checkpoints: Int
    /// The first entry that does not match, if any.
    public var firstBadEntry: UInt64?
    /// What did not match; empty when the log verifies.
    public var failures: [String]
    /// The recomputed root of all entries.
    public var root: TreeHash?

    /// Whether everything matched.
    public var verified: Bool { failures.isEmpty }

    /// An audit result.
    public init(entries: UInt64, checkpoints: Int, firstBadEntry: UInt64?, failures: [String], root: TreeHash?) {
        self.entries = entries
        self.checkpoints = checkpoints
        self.firstBadEntry = firstBadEntry
        self.failures = failures
        self.root = root
    }
}
