/// An event coded from one sentence, before article-level rules (headline, lede, repeats) and output.
struct DraftEvent: Sendable {
    var code: String
    var source: Mention
    var target: Mention?
    var date: NewsDay?
    var location: EventLocation?
    /// A statement with nothing more specific in it (010 "said …"): repeats by the same speaker merge.
    var statement: Bool
}
