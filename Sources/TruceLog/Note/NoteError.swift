/// Why a signed note, key or checkpoint was refused.
public enum NoteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The note is not text ending in a newline, a blank line and signature lines.
    case malformedNote(String)
    /// A key string is not `name+hexkeyid+base64(type ‖ key)` (or its private form).
    case malformedKey(String)
    /// A signature by a known key does not verify.
    case badSignature(name: String)
    /// No signature verifies against any known key.
    case unverified
    /// A checkpoint body is not origin, size, root hash and extension lines.
    case malformedCheckpoint(String)

    public var description: String {
        switch self {
        case .malformedNote(let reason): "malformed signed note: \(reason)"
        case .malformedKey(let reason): "malformed key: \(reason)"
        case .badSignature(let name): "the signature by \(name) does not verify"
        case .unverified: "no signature on the note verifies against a known key"
        case .malformedCheckpoint(let reason): "malformed checkpoint: \(reason)"
        }
    }
}
