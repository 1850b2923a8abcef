/// How far a commitment is implemented: the Kroc Peace Accords Matrix scale, plus broken.
public enum CommitmentStatus: String, Sendable, Hashable, CaseIterable {
    /// 0: not initiated.
    case notInitiated = "0"
    /// 1: minimal implementation.
    case minimal = "1"
    /// 2: intermediate.
    case intermediate = "2"
    /// 3: full implementation.
    case full = "3"
    /// Broken: done against, or withdrawn.
    case broken
}
