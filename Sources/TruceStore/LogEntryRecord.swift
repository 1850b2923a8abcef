/// One stored log entry: its index and exact leaf bytes.
public struct LogEntryRecord: Sendable, Hashable {
    /// The position in the log, from 0.
    public var index: UInt64
    /// The exact leaf bytes.
    public var data: [UInt8]

    /// An entry.
    public init(index: UInt64, data: [UInt8]) {
        self.index = index
        self.data = data
    }
}
