import Foundation
import GRDB
import Synchronization
import TruceCore

/// Decoded agreements and their adjudicators, by the SHA-256 of the stored source, so a transaction that
/// adjudicates many incidents decodes the agreement once.
enum AgreementCache {
    private static let entries = Mutex<[String: Adjudicator]>([:])

    /// The adjudicator of an agreement stored in the database.
    static func adjudicator(for agreementID: String, in db: Database) throws -> Adjudicator {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT source, source_sha256 FROM agreement WHERE id = ?"),
                arguments: [agreementID])
        else { throw WorkflowError.notFound(what: "agreement \(agreementID)") }
        let digest: String = row["source_sha256"]
        if let cached = entries.withLock({ $0[digest] }) { return cached }
        let agreement = try AgreementDecoder().decode(row["source"], file: "agreement/\(agreementID)")
        let adjudicator = Adjudicator(agreement: agreement)
        entries.withLock { $0[digest] = adjudicator }
        return adjudicator
    }
}
