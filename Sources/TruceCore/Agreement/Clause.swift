/// A term of the agreement that prohibits categories of acts.
public struct Clause: Sendable, Hashable {
    /// Stable identifier (e.g. `art-1`).
    public var id: String
    /// The clause's text, as agreed.
    public var text: String
    /// The categories of acts it prohibits.
    public var prohibits: [ReportCategory]
    /// The parties it binds, by id; empty means every party.
    public var appliesTo: [String]

    /// Creates a clause.
    public init(id: String, text: String, prohibits: [ReportCategory], appliesTo: [String] = []) {
        self.id = id
        self.text = text
        self.prohibits = prohibits
        self.appliesTo = appliesTo
    }
}
