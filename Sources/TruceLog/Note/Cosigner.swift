/// Makes tlog-cosignature v1 signatures: a witness's statement that, as of a time, a checkpoint is the largest
/// consistent tree head it has seen for that log.
public struct Cosigner: Sendable {
    /// The witness key (type 0x04).
    public let signer: NoteSigner

    /// A cosigner with a cosignature key.
    public init(signer: NoteSigner) {
        precondition(signer.type == .cosignatureV1, "a cosigner needs a cosignature/v1 key")
        self.signer = signer
    }

    /// The signed message: `cosignature/v1`, `time <t>`, then the checkpoint body.
    public static func message(timestamp: UInt64, body: String) -> String {
        "cosignature/v1\ntime \(timestamp)\n" + body
    }

    /// The cosignature line over a checkpoint body at a time (seconds since the Unix epoch).
    public func cosign(body: String, timestamp: UInt64) -> NoteSignature {
        var signature = withUnsafeBytes(of: timestamp.bigEndian) { Array($0) }
        signature += signer.rawSignature(for: Self.message(timestamp: timestamp, body: body))
        return NoteSignature(name: signer.name, keyID: signer.verifier.keyID, signature: signature)
    }
}
