/// Where an incident stands in verification.
///
/// reported → under review → verified | unverified | unfounded; verified incidents may be published, and any
/// closed incident archived. Transitions and the roles allowed to make them come with the verification workflow.
public enum VerificationState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Registered from one or more reports; nobody has looked yet.
    case reported
    /// A monitor is examining it.
    case underReview = "under-review"
    /// Confirmed by the mechanism.
    case verified
    /// Not enough evidence to confirm or refute.
    case unverified
    /// Shown not to have happened as alleged.
    case unfounded
    /// Verified and released to the public face.
    case published
    /// Closed and kept for the record.
    case archived
}
