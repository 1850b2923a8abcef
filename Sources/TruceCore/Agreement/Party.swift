import Foundation

/// A side bound by the agreement.
public struct Party: Sendable, Hashable {
    /// Stable identifier used in reports and findings (e.g. `syrian-government`).
    public var id: String
    /// Full name.
    public var name: String
    /// Which side it is on (e.g. `government`, `opposition`).
    public var side: String
    /// Other names, spellings and transliterations, including those used by event data sets.
    public var aliases: [String]
    /// When it became bound by the agreement.
    public var joined: Date

    /// Creates a party.
    public init(id: String, name: String, side: String, aliases: [String], joined: Date) {
        self.id = id
        self.name = name
        self.side = side
        self.aliases = aliases
        self.joined = joined
    }
}
