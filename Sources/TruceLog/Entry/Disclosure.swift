import Foundation

/// A confidential value of a log entry revealed with its salt: anyone can check it against the entry's
/// `sha256:` commitment with ``matches(digest:)``.
public struct Disclosure: Sendable, Hashable {
    /// The field path inside the entry's content (e.g. `report.source.reporter`).
    public var field: String
    /// The salt.
    public var salt: [UInt8]
    /// The value's canonical JSON text.
    public var canonicalValue: String

    /// A disclosure.
    public init(field: String, salt: [UInt8], canonicalValue: String) {
        self.field = field
        self.salt = salt
        self.canonicalValue = canonicalValue
    }

    /// Whether this salt and value are what the digest committed to.
    public func matches(digest: String) -> Bool {
        Commitment.digest(salt: salt, canonicalValue: Array(canonicalValue.utf8)) == digest
    }
}
