/// A position in the incident listing (time, then id), as opaque pagination cursors encode it.
public struct IncidentCursor: Sendable, Hashable {
    /// The last listed incident's observed time.
    public var observedAt: Int64
    /// The last listed incident's id.
    public var id: Int64

    /// A cursor.
    public init(observedAt: Int64, id: Int64) {
        self.observedAt = observedAt
        self.id = id
    }

    /// The opaque text form: `<observed>.<id>`, which clients pass back unchanged.
    public var token: String { "\(observedAt).\(id)" }

    /// Parses the text form.
    public init?(token: String) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let at = Int64(parts[0]), let id = Int64(parts[1]), id > 0 else { return nil }
        self.init(observedAt: at, id: id)
    }
}
