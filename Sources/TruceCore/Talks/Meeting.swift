/// A meeting within a round: its format, day, place, participants and agenda.
public struct Meeting: Sendable, Hashable {
    /// Stable identifier.
    public var id: String
    /// Format.
    public var kind: MeetingKind
    /// Day, `YYYY-MM-DD`, within the round.
    public var date: String
    /// Place.
    public var place: String?
    /// Participants: the round's delegation ids, or `mediator` for the process's mediators.
    public var participants: [String]
    /// Agenda items (e.g. the four Geneva "baskets").
    public var agenda: [String]
    /// Whether the detail is illustrative (reconstructed for the demo, not sourced line by line).
    public var illustrative: Bool
}
