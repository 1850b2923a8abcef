/// A log entry's exact bytes and leaf hash, computed ahead of the transaction that appends it.
public struct PreparedLogEntry: Sendable, Hashable {
    /// The entry type.
    public var type: String
    /// What the entry is about (an index key beside the log, not part of the bytes).
    public var subject: String?
    /// The leaf bytes.
    public var data: [UInt8]
    /// `SHA-256(0x00 ‖ data)`.
    public var leafHash: TreeHash
    /// Confidential values committed to, by field path.
    public var secrets: [String: Commitment]

    /// An entry ready to append.
    public init(type: String, subject: String?, data: [UInt8], leafHash: TreeHash, secrets: [String: Commitment]) {
        self.type = type
        self.subject = subject
        self.data = data
        self.leafHash = leafHash
        self.secrets = secrets
    }
}
