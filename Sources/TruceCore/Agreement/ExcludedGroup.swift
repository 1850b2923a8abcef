/// A group outside the agreement: fighting against it is not a violation.
public struct ExcludedGroup: Sendable, Hashable {
    /// Stable identifier (e.g. `isil`).
    public var id: String
    /// Full name.
    public var name: String
    /// Other names, spellings and transliterations.
    public var aliases: [String]

    /// Creates an excluded group.
    public init(id: String, name: String, aliases: [String]) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }
}
