/// What a dictionary knows about an actor phrase: its country, CAMEO role and kind, and when it applies.
public struct ActorInfo: Sendable, Hashable {
    /// The kind of phrase.
    public enum Kind: String, Sendable, Hashable {
        /// A state's name ("Russia").
        case state
        /// A state's adjective or demonym ("Russian", "Palestinians").
        case adjective
        /// A metonym for a government ("Damascus", "the Kremlin").
        case metonym
        /// A person ("Vladimir Putin").
        case person
        /// An organisation, party, platform, armed group or outlet ("HNC", "YPG", "Ria Novosti").
        case organisation
        /// A role noun ("president", "rebels", "opposition"); its country comes from the words around it.
        case role
    }

    /// The canonical name (the first name listed).
    public var name: String
    /// ISO 3166-1 alpha-3 code, `IGO`, `NGO`, or `nil` when the phrase carries no country.
    public var country: String?
    /// CAMEO role (`GOV`, `MIL`, `REB`, `OPP`, `IGO`, `MED`, `CVL`, …) or `nil`.
    public var role: String?
    /// The kind.
    public var kind: Kind
    /// First day the entry applies (inclusive), if bounded.
    public var from: NewsDay?
    /// Last day the entry applies (inclusive), if bounded.
    public var to: NewsDay?
    /// Whether the phrase is an upper-case acronym ("US", "UN", "IS") that only matches upper-case text.
    public var acronym = false

    /// Creates an entry.
    public init(name: String, country: String?, role: String?, kind: Kind, from: NewsDay? = nil, to: NewsDay? = nil) {
        self.name = name
        self.country = country
        self.role = role
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// Whether the entry applies on `day` (always, when the day is unknown or the entry unbounded).
    public func applies(on day: NewsDay?) -> Bool {
        guard let day else { return true }
        if let from, day < from { return false }
        if let to, day > to { return false }
        return true
    }
}
