import Crypto
import Foundation

/// A public key that verifies note signatures, in the C2SP form `name+hex(keyID)+base64(type ‖ key)`.
public struct NoteVerifierKey: Sendable, Hashable {
    /// The key name (for a log: its origin).
    public let name: String
    /// The algorithm.
    public let type: NoteKeyType
    /// The 32-byte Ed25519 public key.
    public let publicKey: [UInt8]

    /// A key from its parts.
    public init(name: String, type: NoteKeyType, publicKey: [UInt8]) throws(NoteError) {
        try Self.checkName(name)
        guard publicKey.count == 32 else { throw .malformedKey("an Ed25519 public key is 32 bytes") }
        self.name = name
        self.type = type
        self.publicKey = publicKey
    }

    /// Parses a verifier key string (split on the first two `+` only: base64 contains `+`).
    public init(parsing text: String) throws(NoteError) {
        let parts = try NoteKeyText(parsing: Substring(text))
        try self.init(name: parts.name, type: parts.type, publicKey: parts.material)
        guard keyID == parts.keyID else { throw .malformedKey("the key ID does not match the key") }
    }

    static func checkName(_ name: String) throws(NoteError) {
        guard !name.isEmpty, !name.contains("+"),
            !name.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 })
        else { throw .malformedKey("a key name must be non-empty, without spaces or '+'") }
    }

    /// `SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4]`, big-endian.
    public var keyID: UInt32 {
        Self.keyID(name: name, type: type, publicKey: publicKey)
    }

    static func keyID(name: String, type: NoteKeyType, publicKey: [UInt8]) -> UInt32 {
        var bytes = Array(name.utf8)
        bytes.append(0x0A)
        bytes.append(type.rawValue)
        bytes += publicKey
        return Array(SHA256.hash(data: bytes)).prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The key string.
    public var encoded: String {
        "\(name)+\(Hex.keyID(keyID))+\(Data([type.rawValue] + publicKey).base64EncodedString())"
    }

    /// Whether `signature` signs `text` under this key (for a cosignature key: the timestamped message).
    public func isValid(signature: [UInt8], for text: String) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        switch type {
        case .ed25519:
            return signature.count == 64 && key.isValidSignature(signature, for: Array(text.utf8))
        case .cosignatureV1:
            guard signature.count == 72 else { return false }
            let timestamp = signature[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            guard timestamp <= UInt64(Int64.max) else { return false }
            let message = Cosigner.message(timestamp: timestamp, body: text)
            return key.isValidSignature(Array(signature[8...]), for: Array(message.utf8))
        }
    }
}
