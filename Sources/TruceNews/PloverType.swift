/// A PLOVER event type and mode, as mapped from a CAMEO code.
public struct PloverType: Sendable, Hashable, Codable {
    /// The event type (`AGREE`, `CONSULT`, …, `ASSAULT`).
    public var type: String
    /// The mode (`visit`, `aerial`, …), or `nil` when the table gives none.
    public var mode: String?

    /// Creates a type.
    public init(type: String, mode: String?) {
        self.type = type
        self.mode = mode
    }

    enum CodingKeys: String, CodingKey { case type, mode }

    /// Encodes `mode` as an explicit `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(mode, forKey: .mode)
    }
}
