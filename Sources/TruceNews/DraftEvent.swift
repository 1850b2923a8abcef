/// An event coded from one sentence, before article-level rules (headline, lede, repeats) and output.
struct DraftEvent: Sendable {
    var code: String
    var source: Mention
    var target: Mention?
    var date: NewsDay?
    var location: EventLocation?
    /// A statement with nothing more specific in it (010 "said …"): repeats by the same speaker merge.
    var statement: Bool
    /// The other members of a coordinated subject ("Russia, Turkey and Iran agreed"): a cooperative act among them
    /// is coded once per partner, with the first member as source.
    var otherPartners: [Mention] = []

    /// This event and one copy per other partner, each with that partner as target.
    var expanded: [DraftEvent] {
        var all = [self]
        for partner in otherPartners {
            var copy = self
            copy.target = partner
            copy.otherPartners = []
            all.append(copy)
        }
        all[0].otherPartners = []
        return all
    }
}
