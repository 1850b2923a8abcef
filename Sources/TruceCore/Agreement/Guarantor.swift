import Foundation

/// A state that monitors the agreement and answers for compliance.
public struct Guarantor: Sendable, Hashable {
    /// Stable identifier (e.g. `russia`).
    public var id: String
    /// Name.
    public var name: String
    /// Other names.
    public var aliases: [String]
    /// When it became a guarantor.
    public var joined: Date

    /// Creates a guarantor.
    public init(id: String, name: String, aliases: [String], joined: Date) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.joined = joined
    }
}
