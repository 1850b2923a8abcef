import Foundation

/// An area with its own regime: a de-escalation area, a withdrawal line's buffer, a security belt.
public struct Zone: Sendable, Hashable {
    /// Stable identifier (e.g. `eastern-ghouta`).
    public var id: String
    /// Name.
    public var name: String
    /// The area.
    public var geometry: ZoneGeometry
    /// When the zone's regime starts; `nil` means with the agreement (or the amendment that adds it).
    public var inForceFrom: Date?
    /// When the zone's regime ends (exclusive); `nil` means open-ended.
    public var inForceUntil: Date?
    /// Clauses that hold inside the zone only.
    public var clauses: [Clause]
    /// True when the outline is an approximation; every face that draws the zone must say so.
    public var approximate: Bool
    /// A note shown beside the zone (e.g. where the outline comes from).
    public var note: String?

    /// Creates a zone.
    public init(
        id: String, name: String, geometry: ZoneGeometry, inForceFrom: Date? = nil, inForceUntil: Date? = nil,
        clauses: [Clause] = [], approximate: Bool = false, note: String? = nil
    ) {
        self.id = id
        self.name = name
        self.geometry = geometry
        self.inForceFrom = inForceFrom
        self.inForceUntil = inForceUntil
        self.clauses = clauses
        self.approximate = approximate
        self.note = note
    }

    /// Whether the zone's own period covers the instant.
    public func isInForce(at instant: Date) -> Bool {
        if let from = inForceFrom, instant < from { return false }
        if let until = inForceUntil, instant >= until { return false }
        return true
    }
}
