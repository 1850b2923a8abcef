/// What earlier sentences of an article established: names seen with a title (so "Bogdanov" later codes like
/// "Russian Deputy Foreign Minister Mikhail Bogdanov"), the last person (for "he"), and the last place per country
/// (for "the Swiss city").
struct DocumentMemory: Sendable {
    /// A remembered actor.
    struct Known: Sendable {
        var country: String?
        var role: String?
        var identity: String
        var display: String
    }

    var names: [String: Known] = [:]
    var lastPerson: Known?
    /// The members of the last list of actors that did something ("Russia, Turkey and Iran agreed"), one per country
    /// and role, for "the three countries" and "the two sides" later.
    var lastGroup: [Known] = []
    var lastPlaceByCountry: [String: EventLocation] = [:]
    var lastPlace: EventLocation?
    /// The source of the last attack coded (for "called the attack a violation" in a later sentence).
    var lastAttacker: Known?
    /// The last organisation named under each of its name's last words ("coalition" → the Saudi-led coalition).
    var organisations: [String: Known] = [:]
    /// The country the article is mostly about (for "the opposition", "rebels").
    var focusCountry: String?
    /// The speaker of the last quotation or statement, and how many sentences ago it was coded (a quotation standing
    /// alone right after is the same speaker's).
    private(set) var lastSpeaker: Mention?
    private(set) var sentencesSinceSpeaker = Int.max

    /// Remembers who spoke in the sentence being coded.
    mutating func heard(_ speaker: Mention) {
        lastSpeaker = speaker
        sentencesSinceSpeaker = 0
    }

    /// Names the last speaker where the sentence that set it gave no name of its own.
    mutating func nameSpeaker(_ display: String) { lastSpeaker?.display = display }

    /// Counts one more sentence since the last speaker.
    mutating func endSentence() {
        if sentencesSinceSpeaker < Int.max { sentencesSinceSpeaker += 1 }
    }

    private static let particles: Set<String> = [
        "al", "el", "de", "da", "di", "van", "von", "der", "bin", "ibn", "abu", "la", "le", "du", "del", "dos", "ben",
    ]

    /// Remembers a name (its token keys) under every suffix that is still a name: "staffan de mistura",
    /// "de mistura", "mistura".
    mutating func remember(nameKeys: [String], _ known: Known) {
        guard !nameKeys.isEmpty else { return }
        for start in 0..<nameKeys.count {
            let suffix = nameKeys[start...]
            if suffix.count == 1, let only = suffix.first, Self.particles.contains(only) || only.count < 3 { continue }
            names[suffix.joined(separator: " ")] = known
        }
    }

    /// The longest remembered name starting at `tokens[start]`: its end and what is known.
    func lookup(_ tokens: [Token], at start: Int, limit: Int) -> (end: Int, known: Known)? {
        guard !names.isEmpty else { return nil }
        var key = ""
        var best: (Int, Known)?
        var i = start
        while i < limit && i < start + 4 && tokens[i].kind == .word
            && (tokens[i].capitalized || Self.particles.contains(tokens[i].key))
        {
            key += (key.isEmpty ? "" : " ") + tokens[i].key
            if let known = names[key] { best = (i + 1, known) }
            i += 1
        }
        return best
    }

    static func isParticle(_ key: String) -> Bool { particles.contains(key) }
}
