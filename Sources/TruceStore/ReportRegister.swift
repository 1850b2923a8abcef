import TruceCore

/// The storage protocol every register backend satisfies: the embedded SQLite store now, PostgreSQL later.
///
/// Each write method is one transaction: it happens whole or not at all.
public protocol ReportRegister: Sendable {
    /// Stores an agreement's source text under its id (a new revision when the text changed).
    /// Returns false when the same text was already stored.
    /// The change is recorded in the log (`agreement.loaded` or `agreement.amended`) in the same transaction.
    func saveAgreement(_ agreement: Agreement, source: String, actor: String) async throws -> Bool

    /// Every stored agreement's latest source text.
    func agreementSources() async throws -> [StoredAgreementSource]

    /// Registers reports in one transaction; a report whose content hash is already stored is skipped.
    /// Each new report opens its own incident (correlation comes later) and appends its log entry in the same
    /// transaction. Submissions carry their content hash and entry, computed by the caller so that bulk imports
    /// can prepare them off the writer's thread.
    func register(_ submissions: [ReportSubmission]) async throws -> RegistrationOutcome

    /// Incidents matching the query's stored columns, in time order.
    func incidents(_ query: IncidentQuery) async throws -> [Incident]

    /// How much the register holds.
    func counts() async throws -> RegisterCounts
}

extension ReportRegister {
    /// Registers reports in one transaction, preparing them first.
    public func register(_ reports: [Report], receivedAt: Int64, actor: String) async throws -> RegistrationOutcome {
        try await register(reports.map { ReportSubmission($0, receivedAt: receivedAt, actor: actor) })
    }
}
