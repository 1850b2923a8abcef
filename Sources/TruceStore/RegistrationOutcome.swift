/// What a registration did.
public struct RegistrationOutcome: Sendable {
    /// The new reports' ids with the incidents they opened, in input order.
    public var registered: [(report: Int64, incident: Int64)]
    /// How many reports were already stored (same content hash) and were skipped.
    public var duplicates: Int

    /// Creates an outcome.
    public init(registered: [(report: Int64, incident: Int64)], duplicates: Int) {
        self.registered = registered
        self.duplicates = duplicates
    }
}
