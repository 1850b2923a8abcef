import TruceCore
import TruceLog

/// A report ready to register: its content hash and its log entry computed ahead of the writing transaction.
public struct ReportSubmission: Sendable {
    /// The report.
    public var report: Report
    /// ``Report/contentHash``.
    public var contentHash: String
    /// The `report.registered` entry appended if the report is new.
    public var entry: PreparedLogEntry
    /// When the register received it (seconds since the Unix epoch).
    public var receivedAt: Int64
    /// Who submitted it (a user, or `import:<file>`).
    public var actor: String

    /// Prepares a report received at a time from an actor (a user, or `import:<file>`).
    public init(_ report: Report, receivedAt: Int64, actor: String) {
        let hash = report.contentHash
        self.report = report
        self.contentHash = hash
        self.entry = report.logEntry(contentHash: hash, receivedAt: receivedAt, actor: actor).prepared
        self.receivedAt = receivedAt
        self.actor = actor
    }
}
