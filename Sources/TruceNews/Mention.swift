/// An actor mentioned in a sentence: a run of tokens ("Russian Deputy Foreign Minister Mikhail Bogdanov") with
/// the country and role it codes to.
struct Mention: Sendable {
    /// Pronoun kinds that need resolving against the article.
    enum Pronoun: Sendable {
        /// he, she.
        case personal
        /// it, they, we, I (stand for the speaker or subject in a complement).
        case other
        /// his team, its forces, their delegation.
        case possessive
        /// "the three countries", "the guarantors": the members of the article's last list of actors.
        case group
    }

    /// First token.
    var first: Int
    /// Token just past the mention.
    var end: Int
    /// Country code.
    var country: String?
    /// CAMEO role.
    var role: String?
    /// Canonical name of a known person or organisation (for coreference and de-duplication).
    var identity: String?
    /// Whether the mention names a person.
    var isPerson = false
    /// The pronoun kind, for pronouns.
    var pronoun: Pronoun?
    /// Text to show instead of the tokens (a pronoun's antecedent).
    var display: String?
    /// Tokens to show instead of the mention's own (an antecedent in the same sentence).
    var displayTokens: Range<Int>?
    /// Whether the mention is the plural pronoun "they", which may stand for a list of actors.
    var plural = false
    /// Whether the mention is only a state's adjective ("Hungarian"), which may modify a later head noun.
    var bareAdjective = false

    /// Takes a remembered actor's country, role, identity and name: the pronoun or reference is resolved.
    mutating func adopt(_ known: DocumentMemory.Known) {
        country = known.country
        role = known.role
        identity = known.identity
        display = known.display
        pronoun = nil
    }
}
