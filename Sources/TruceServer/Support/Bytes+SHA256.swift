import Crypto
import TruceCore

extension Array where Element == UInt8 {
    /// Lower-case hex SHA-256 (the fingerprint of a request kept with its idempotency key).
    var sha256HexForIdempotency: String { SHA256.hash(data: self).hexString }
}
