import Crypto
import TruceCore

extension Array where Element == UInt8 {
    /// Lower-case hex SHA-256 of the bytes.
    var sha256Hex: String { SHA256.hash(data: self).hexString }
}
