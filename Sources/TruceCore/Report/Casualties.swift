/// The human cost a report alleges.
public struct Casualties: Sendable, Hashable, Codable {
    /// People killed, if the report says.
    public var killed: Estimate?
    /// People injured, if the report says.
    public var injured: Estimate?
    /// Civilians among the killed (best estimate), if the report says.
    public var civiliansKilled: Int?
    /// Civilians among the injured (best estimate), if the report says.
    public var civiliansInjured: Int?

    /// Creates a casualty record.
    public init(killed: Estimate? = nil, injured: Estimate? = nil, civiliansKilled: Int? = nil, civiliansInjured: Int? = nil) {
        self.killed = killed
        self.injured = injured
        self.civiliansKilled = civiliansKilled
        self.civiliansInjured = civiliansInjured
    }

    /// No casualties reported.
    public static let none = Casualties()
}
