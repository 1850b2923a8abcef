/// One event coded from an article: who did what to whom, where and when, with the sentence it came from.
public struct CodedEvent: Sendable, Hashable, Codable {
    /// The event's day (`YYYY-MM-DD`), or `nil` when it cannot be resolved.
    public var date: String?
    /// The actor doing the act.
    public var source: EventActor?
    /// The actor acted upon.
    public var target: EventActor?
    /// The CAMEO code (3–4 digits).
    public var cameo: String
    /// The PLOVER type and mode from CAMEO2PLOVER-2021.txt.
    public var plover: PloverType?
    /// Where it happened.
    public var location: EventLocation?
    /// The sentence the event was coded from.
    public var sentence: String
    /// Unicode-scalar offsets `[start, end)` of the sentence in the article text (for HTML, in its plain text).
    public var offsets: [Int]
    /// The words quoted in the sentence and their speaker (the source), if the sentence quotes someone.
    public var quote: EventQuote?

    /// Creates an event.
    public init(
        date: String?, source: EventActor?, target: EventActor?, cameo: String, plover: PloverType?,
        location: EventLocation?, sentence: String, offsets: [Int], quote: EventQuote? = nil
    ) {
        self.date = date
        self.source = source
        self.target = target
        self.cameo = cameo
        self.plover = plover
        self.location = location
        self.sentence = sentence
        self.offsets = offsets
        self.quote = quote
    }

    /// The CAMEO root (first two digits).
    public var root: String { String(cameo.prefix(2)) }

    enum CodingKeys: String, CodingKey { case date, source, target, cameo, plover, location, sentence, offsets, quote }

    /// Encodes every field, missing ones as explicit `null`s.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(plover, forKey: .plover)
        try c.encode(location, forKey: .location)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(offsets, forKey: .offsets)
        try c.encode(quote, forKey: .quote)
    }
}
