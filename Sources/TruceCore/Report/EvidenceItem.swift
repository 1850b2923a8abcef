/// A piece of evidence, committed by its digest: the file itself is kept outside the register.
public struct EvidenceItem: Sendable, Hashable, Codable {
    /// Lower-case hexadecimal SHA-256 of the file's bytes (64 characters).
    public var sha256: String
    /// The IANA media type, e.g. `image/jpeg`.
    public var mediaType: String

    /// Creates an evidence reference.
    public init(sha256: String, mediaType: String) {
        self.sha256 = sha256
        self.mediaType = mediaType
    }

    enum CodingKeys: String, CodingKey {
        case sha256
        case mediaType = "media_type"
    }
}
