/// An answer kept for an `Idempotency-Key`.
public struct StoredAnswer: Sendable, Hashable {
    /// The SHA-256 of the request it answered (method, path and body).
    public var requestSHA256: String
    /// The HTTP status.
    public var status: Int
    /// The content type.
    public var contentType: String
    /// The body.
    public var body: [UInt8]

    /// An answer.
    public init(requestSHA256: String, status: Int, contentType: String, body: [UInt8]) {
        self.requestSHA256 = requestSHA256
        self.status = status
        self.contentType = contentType
        self.body = body
    }
}
