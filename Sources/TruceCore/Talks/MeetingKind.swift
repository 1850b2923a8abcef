/// The format of a meeting.
public enum MeetingKind: String, Sendable, Hashable, CaseIterable {
    /// All delegations together.
    case plenary
    /// Two sides face to face.
    case bilateral
    /// The mediator meets each side in turn (shuttle).
    case proximity
    /// Experts on a technical subject.
    case technical
}
