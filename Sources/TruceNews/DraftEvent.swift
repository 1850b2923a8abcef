/// An event coded from one sentence, before article-level rules (headline, lede, repeats) and output.
struct DraftEvent: Sendable {
    var code: String
    var source: Mention
    var target: Mention?
    var date: NewsDay?
    var location: EventLocation?
    /// A statement with nothing more specific in it (010 "said …"): repeats by the same speaker merge.
    var statement: Bool
    /// Further counterparts of the same act ("met Russia, Turkey and the UN", "Russia, Turkey and Iran signed"):
    /// one record each, as coders record one dyad per record.
    var moreTargets: [Mention] = []
    /// Further actors of the same act toward the same target ("France and Britain requested a meeting").
    var moreSources: [Mention] = []
    /// The act goes both ways ("exchanged accusations", "accused each other"): the target also did it to the source.
    var mutual = false
    /// Dated by the day the story last named, not by a day of its own sentence.
    var storyDated = false

    /// Further acts of the same source in the same clause ("announced a ceasefire and called for talks").
    var also: [DraftEvent] = []

    /// One draft per dyad: the first actor to each counterpart, each further actor to the target, and the reverse
    /// of a mutual act.
    var dyads: [DraftEvent] {
        var plain = self
        plain.moreTargets = []
        plain.moreSources = []
        plain.mutual = false
        plain.also = []
        var out = [plain]
        for other in moreTargets {
            var copy = plain
            copy.target = other
            out.append(copy)
        }
        for other in moreSources {
            var copy = plain
            copy.source = other
            out.append(copy)
        }
        if mutual, let target {
            var copy = plain
            copy.source = target
            copy.target = source
            out.append(copy)
        }
        return out + also.flatMap(\.dyads)
    }
}
