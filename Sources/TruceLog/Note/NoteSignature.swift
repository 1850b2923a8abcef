import Foundation

/// One signature line of a signed note: `— <name> base64(keyID[4] ‖ signature)`.
public struct NoteSignature: Sendable, Hashable {
    /// The key name.
    public var name: String
    /// The first four bytes of the key's hash, big-endian.
    public var keyID: UInt32
    /// The signature bytes after the key ID (64 for Ed25519, 72 for a timestamped cosignature).
    public var signature: [UInt8]

    /// A signature line's parts.
    public init(name: String, keyID: UInt32, signature: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.signature = signature
    }

    /// The line, ending in a newline.
    public var line: String {
        var bytes = withUnsafeBytes(of: keyID.bigEndian) { Array($0) }
        bytes += signature
        return "\u{2014} \(name) \(Data(bytes).base64EncodedString())\n"
    }

    /// Parses one line without its newline.
    public init(line: Substring) throws(NoteError) {
        let prefix = "\u{2014} "
        guard line.hasPrefix(prefix) else { throw .malformedNote("a signature line must start with \"— \"") }
        let rest = line.dropFirst(prefix.count)
        let parts = rest.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else {
            throw .malformedNote("a signature line must be \"— <name> <base64>\"")
        }
        guard let data = Data(base64Encoded: String(parts[1])), data.count > 4 else {
            throw .malformedNote("signature of \(parts[0]) is not base64 of a key ID and a signature")
        }
        let bytes = Array(data)
        self.name = String(parts[0])
        self.keyID = bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
        self.signature = Array(bytes[4...])
    }
}
