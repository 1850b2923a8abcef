import Synchronization
import TruceCore

/// Decoded talks files by the SHA-256 of the talks source and of the agreement they were read against, so pages
/// and answers do not parse the YAML again on every request.
enum TalksCache {
    private static let entries = Mutex<[String: TalksRecord]>([:])

    /// The talks decoded from a stored source.
    static func talks(
        source: String, sha256: String, file: String, agreement: Agreement, agreementSHA256: String
    ) throws -> TalksRecord {
        let key = sha256 + "/" + agreementSHA256
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let talks = try TalksDecoder().decode(source, file: file, agreement: agreement)
        entries.withLock { $0[key] = talks }
        return talks
    }
}
