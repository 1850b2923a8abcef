import TruceCore

/// What a registration did.
public struct RegistrationOutcome: Sendable {
    /// The new reports' ids with the incidents they belong to, in input order.
    public var registered: [(report: Int64, incident: Int64)]
    /// What correlation did with each new report, in the same order.
    public var placements: [ReportPlacement]
    /// How many reports were already stored (same content hash) and were skipped.
    public var duplicates: Int

    /// Creates an outcome.
    public init(registered: [(report: Int64, incident: Int64)], placements: [ReportPlacement] = [], duplicates: Int) {
        self.registered = registered
        self.placements = placements
        self.duplicates = duplicates
    }
}
