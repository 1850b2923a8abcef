/// The signature algorithm byte of a note key.
public enum NoteKeyType: UInt8, Sendable {
    /// An Ed25519 signature over the note text (signed-note v1).
    case ed25519 = 0x01
    /// An Ed25519 timestamped cosignature (tlog-cosignature v1).
    case cosignatureV1 = 0x04
}
