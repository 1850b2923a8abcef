/// How far an import has come.
public struct ImportProgress: Sendable, Hashable {
    /// The two passes of an import.
    public enum Phase: String, Sendable, Hashable {
        /// Reading and checking every row; nothing written yet.
        case validating
        /// Writing batches.
        case registering
    }

    /// The pass.
    public var phase: Phase
    /// Reports done in this pass.
    public var done: Int
    /// Reports in the file, once known.
    public var total: Int?
}
