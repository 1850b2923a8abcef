/// What an import did.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// Reports read and validated from the file.
    public var read: Int
    /// Reports newly registered.
    public var registered: Int
    /// Reports already in the register (skipped).
    public var duplicates: Int
    /// Transactions committed.
    public var batches: Int

    /// Creates a summary.
    public init(read: Int, registered: Int, duplicates: Int, batches: Int) {
        self.read = read
        self.registered = registered
        self.duplicates = duplicates
        self.batches = batches
    }
}
