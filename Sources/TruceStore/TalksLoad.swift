/// What loading a talks file did.
public struct TalksLoad: Sendable, Hashable {
    /// The agreement the talks are about.
    public var agreementID: String
    /// Whether anything changed (false: the same file was already loaded).
    public var changed: Bool
    /// Whether it replaced an earlier file.
    public var replaced: Bool
    /// The SHA-256 of the file, hex.
    public var sha256: String
    /// The log entry that records it (the existing one when nothing changed).
    public var logIndex: Int64
    /// Counts: rounds, meetings, delegations, commitments, statements, documents.
    public var counts: [String: Int]
}
