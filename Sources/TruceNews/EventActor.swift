/// The source or target of an event as the output contract has it: the words, the country and the role.
public struct EventActor: Sendable, Hashable, Codable {
    /// The words of the article naming the actor (for a pronoun, the name it stands for).
    public var text: String
    /// ISO 3166-1 alpha-3 code, `IGO` or `NGO`, or `nil` when unknown.
    public var country: String?
    /// CAMEO role (`GOV`, `MIL`, `REB`, `OPP`, `IGO`, `MED`, `CVL`, …), or `nil`.
    public var role: String?

    /// Creates an actor.
    public init(text: String, country: String?, role: String?) {
        self.text = text
        self.country = country
        self.role = role
    }

    enum CodingKeys: String, CodingKey { case text, country, role }

    /// Encodes missing country and role as explicit `null`s.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(country, forKey: .country)
        try c.encode(role, forKey: .role)
    }
}
