import TruceCore
import TruceStore

extension SQLiteRegister {
    /// An agreement's talks for the API and the pages, or "not found" (404) when none are loaded.
    func servedTalks(agreement: String) async throws -> TalksRecord {
        guard let talks = try await talks(agreement: agreement) else {
            throw WorkflowError.notFound(what: "talks for agreement \(agreement) (load them with `truce talks load`)")
        }
        return talks
    }
}
