/// What a user of the mechanism may do, by the part they play in it.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Runs the system: every action.
    case admin
    /// A monitor of the mechanism: files reports, reviews and verifies incidents, attributes them.
    case monitor
    /// A guarantor state: publishes, escalates to the joint commission and decides.
    case guarantor
    /// A party to the agreement: files allegations and answers the ones against it.
    case party
    /// A mediator: reads the picture.
    case mediator
    /// Anyone: reads what is published.
    case `public`
}
