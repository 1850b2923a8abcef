import Crypto
import Foundation

/// An Ed25519 signing key for notes, stored in the Go/C2SP form `PRIVATE+KEY+name+hexkeyid+base64(type ‖ seed)`.
public struct NoteSigner: Sendable {
    /// The key name (for a log: its origin).
    public let name: String
    /// The algorithm of signatures this key makes.
    public let type: NoteKeyType
    private let key: Curve25519.Signing.PrivateKey

    /// A new random key.
    public static func generate(name: String, type: NoteKeyType = .ed25519) throws(NoteError) -> NoteSigner {
        try NoteSigner(name: name, type: type, seed: Array(Curve25519.Signing.PrivateKey().rawRepresentation))
    }

    /// A key from its 32-byte seed.
    public init(name: String, type: NoteKeyType = .ed25519, seed: [UInt8]) throws(NoteError) {
        try NoteVerifierKey.checkName(name)
        guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
            throw .malformedKey("an Ed25519 seed is 32 bytes")
        }
        self.name = name
        self.type = type
        self.key = key
    }

    /// Parses a private key string.
    public init(parsing text: String) throws(NoteError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = "PRIVATE+KEY+"
        guard trimmed.hasPrefix(prefix) else { throw .malformedKey("a signing key starts with PRIVATE+KEY+") }
        let parts = try NoteKeyText(parsing: trimmed.dropFirst(prefix.count))
        try self.init(name: parts.name, type: parts.type, seed: parts.material)
        guard verifier.keyID == parts.keyID else { throw .malformedKey("the key ID does not match the key") }
    }

    /// The private key string (keep it secret: the file is written with mode 0600).
    public var encoded: String {
        "PRIVATE+KEY+\(name)+\(Hex.keyID(verifier.keyID))+"
            + Data([type.rawValue] + Array(key.rawRepresentation)).base64EncodedString()
    }

    /// The matching verifier key.
    public var verifier: NoteVerifierKey {
        // The name was checked and the key is 32 bytes, so this cannot fail.
        try! NoteVerifierKey(name: name, type: type, publicKey: Array(key.publicKey.rawRepresentation))
    }

    /// Signs raw bytes.
    func rawSignature(for message: String) -> [UInt8] {
        // Ed25519 signing of bytes in memory does not fail.
        Array(try! key.signature(for: Array(message.utf8)))
    }

    /// The signature line for a note's text (an Ed25519 key only).
    public func sign(text: String) -> NoteSignature {
        precondition(type == .ed25519, "a cosignature key signs with Cosigner")
        return NoteSignature(name: name, keyID: verifier.keyID, signature: rawSignature(for: text))
    }
}
