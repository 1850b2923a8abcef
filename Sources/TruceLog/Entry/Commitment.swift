import Crypto
import Foundation

/// A salted SHA-256 commitment to confidential content: the public log carries only
/// `sha256:<hex of SHA-256(salt ‖ canonical JSON of the value)>`, and disclosing the salt and value later proves
/// they are what was logged. The 32-byte random salt keeps guessable values (a name, a town) from being found
/// by trying candidates.
public struct Commitment: Sendable, Hashable {
    /// The value committed to.
    public let value: JSONValue
    /// The random salt.
    public let salt: [UInt8]

    /// Commits to a value with a fresh random salt.
    public init(value: JSONValue) {
        var generator = SystemRandomNumberGenerator()
        self.init(value: value, salt: (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// A commitment with a known salt (to check a disclosure).
    public init(value: JSONValue, salt: [UInt8]) {
        self.value = value
        self.salt = salt
    }

    /// The public form, `sha256:<hex>`.
    public var digest: String {
        Self.digest(salt: salt, canonicalValue: CanonicalJSON.encode(value))
    }

    /// `sha256:<hex of SHA-256(salt ‖ canonical value bytes)>`.
    public static func digest(salt: [UInt8], canonicalValue: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(data: salt)
        hasher.update(data: canonicalValue)
        return "sha256:" + hasher.finalize().withUnsafeBytes { Hex.encode($0) }
    }

    /// Whether a disclosed salt and value match a logged digest.
    public static func matches(digest: String, value: JSONValue, salt: [UInt8]) -> Bool {
        Commitment(value: value, salt: salt).digest == digest
    }
}
