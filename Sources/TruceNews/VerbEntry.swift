/// A verb or noun phrase that signals an event, with its CAMEO code.
public struct VerbEntry: Sendable, Hashable {
    /// How the phrase works in a sentence.
    public enum Kind: String, Sendable, Hashable {
        /// A verb phrase ("held talks", "shelled"): its subject is the source, its object the target.
        case verb
        /// A speech verb ("said", "warned"): the event is what the complement says, or the verb's own code.
        case speech
        /// A noun phrase that names an event by itself ("air strikes", "clashes").
        case noun
    }

    /// The CAMEO code (3–4 digits).
    public var code: String
    /// The kind.
    public var kind: Kind
    /// The phrase as written in the dictionary, for explanations.
    public var pattern: String

    /// Creates an entry.
    public init(code: String, kind: Kind, pattern: String) {
        self.code = code
        self.kind = kind
        self.pattern = pattern
    }
}
