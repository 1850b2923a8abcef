import Foundation
import TruceCore
import TruceStore

extension StoreOptions {
    /// The agreement in use and its talks as stored in the register, or an error saying how to load them.
    func storedTalks(from register: SQLiteRegister) async throws -> (agreement: Agreement, talks: TalksRecord) {
        let agreement = try await loadAgreement(from: register)
        guard let talks = try await register.talks(agreement: agreement.id) else {
            throw InputError(
                file: db, message: "no talks are loaded for \(agreement.id); run `truce talks load [--file FILE]` first")
        }
        return (agreement, talks)
    }
}
