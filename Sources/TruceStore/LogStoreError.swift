/// Why the stored log refused an operation.
public enum LogStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stored log data is damaged or was changed.
    case corrupt(String)
    /// A request names entries or sizes the log does not have.
    case outOfRange(String)
    /// The log will not sign: its tree is not consistent with a checkpoint it signed before.
    case inconsistent(String)
    /// The signing key does not belong to this log.
    case wrongKey(String)

    public var description: String {
        switch self {
        case .corrupt(let reason): "the stored log is damaged: \(reason)"
        case .outOfRange(let reason): reason
        case .inconsistent(let reason): "refusing to sign: \(reason)"
        case .wrongKey(let reason): reason
        }
    }
}
