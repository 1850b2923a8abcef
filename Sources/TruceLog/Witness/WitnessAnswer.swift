/// A witness's HTTP answer to `add-checkpoint` (status, content type, body), as tlog-witness v1 defines them.
public struct WitnessAnswer: Sendable, Hashable {
    /// The HTTP status: 200, 400, 403, 404, 409 or 422.
    public var status: Int
    /// The content type of the body.
    public var contentType: String
    /// The body: cosignature lines (200), the last cosigned size (409), or the reason.
    public var body: String

    static func refusal(_ status: Int, _ reason: String) -> WitnessAnswer {
        WitnessAnswer(status: status, contentType: "text/plain; charset=utf-8", body: reason + "\n")
    }

    static func conflict(size: UInt64) -> WitnessAnswer {
        WitnessAnswer(status: 409, contentType: "text/x.tlog.size", body: "\(size)\n")
    }
}
