import Foundation

/// Proof that a log showed two histories that cannot both be true: both signed notes and the failing proof, as
/// Go's checksum database client keeps them (`SECURITY ERROR`). Anyone can re-check it with the log's key.
public struct ForkReport: Sendable, Codable, Equatable {
    /// The log's origin.
    public var origin: String
    /// What does not fit.
    public var reason: String
    /// The checkpoint the mirror had verified before (signed note text with signatures).
    public var earlier: String
    /// The checkpoint that contradicts it.
    public var later: String
    /// The consistency proof the log served between them (base64), if any.
    public var proof: [String]
    /// When the mirror noticed (RFC 3339).
    public var detectedAt: String

    enum CodingKeys: String, CodingKey {
        case origin, reason, earlier, later, proof
        case detectedAt = "detected_at"
    }

    /// The report as pretty JSON.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
