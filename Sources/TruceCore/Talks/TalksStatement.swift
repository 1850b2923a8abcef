/// Something said on the record about the talks: who said it, for whom, when, the words, and where it is reported.
public struct TalksStatement: Sendable, Hashable {
    /// Stable identifier.
    public var id: String
    /// The speaker, as named in the source.
    public var speaker: String
    /// The agreement actor or platform the speaker speaks for, if any.
    public var speaksFor: String?
    /// The day, `YYYY-MM-DD`.
    public var date: String
    /// The words, quoted as the source gives them.
    public var quote: String
    /// The round, meeting or document it belongs to, if any.
    public var madeIn: String?
    /// Where it is reported.
    public var source: String
    /// Whether it is illustrative.
    public var illustrative: Bool
}
