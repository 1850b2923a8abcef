/// What one mirror step did.
public enum MirrorOutcome: Sendable, Equatable {
    /// Nothing new: the log's checkpoint is the one already verified.
    case upToDate(size: UInt64)
    /// Entries `[from, to)` were copied and the new checkpoint verified.
    case advanced(from: UInt64, to: UInt64)
    /// The log contradicted itself; the mirror stopped.
    case fork(ForkReport)
}
