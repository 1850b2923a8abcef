import Foundation
import TruceCore

/// The news-intake pipeline: article text (plain or HTML) → boilerplate dropped → sentences → actors, verbs,
/// dates and places → CAMEO-coded events with PLOVER types.
///
/// Article-level rules: the headline codes nothing itself but lends its verb to the same speaker's plain "said" in
/// the body ("Putin hails …" makes "Putin said …" praise); a lede event restating a later body event by the same
/// source country is dropped; repeated plain statements by one speaker on one day are one speech act.
public struct EventExtractor: Sendable {
    /// The dictionaries.
    public let dictionary: NewsDictionary
    /// The CAMEO → PLOVER table.
    public let plover: CameoPloverMap
    /// The gazetteer for places, if any: the scenario's, with its villages and local spellings.
    public let gazetteer: Gazetteer?
    /// The world's larger places, a second layer for places the article's countries or the scenario do not settle
    /// (`WorldPlaces`).
    public var worldPlaces: Gazetteer?
    /// The country of the monitored conflict (alpha-3), used for "the opposition" when an article does not say.
    public var defaultCountry: String?
    /// The sentence splitter.
    public var splitter = SentenceSplitter()
    /// The boilerplate filter.
    public var filter = BoilerplateFilter()
    /// Sentences longer than this many Unicode scalars are not coded (they are not prose).
    public var maximumSentenceScalars = 2_000

    /// Creates an extractor.
    public init(dictionary: NewsDictionary, plover: CameoPloverMap, gazetteer: Gazetteer?, defaultCountry: String? = nil) {
        self.dictionary = dictionary
        self.plover = plover
        self.gazetteer = gazetteer
        self.defaultCountry =
            defaultCountry ?? gazetteer.flatMap { dictionary.alpha3(forAlpha2: $0.preferredCountry) }
    }

    /// The shipped dictionaries, table and world places, plus a user's extra dictionary files.
    public static func shipped(gazetteer: Gazetteer?, extraDictionaries: [URL] = []) throws(NewsError) -> EventExtractor {
        var extractor = EventExtractor(
            dictionary: try NewsDictionary.shipped(extra: extraDictionaries), plover: try CameoPloverMap.shipped(),
            gazetteer: gazetteer)
        extractor.worldPlaces = try WorldPlaces.shipped()
        return extractor
    }

    /// Extracts the events of an article file's bytes: refuses binary and oversized input with a typed error.
    public func extract(bytes: [UInt8], file: String, published: NewsDay) throws(NewsError) -> Extraction {
        extract(text: try ArticleText.decode(bytes, file: file), published: published)
    }

    /// Extracts the events of an article's text (plain or HTML) published on `published`.
    public func extract(text: String, published: NewsDay) -> Extraction {
        let article = ArticleText(text, filter: filter)
        var skipped = article.skipped
        var memory = DocumentMemory()
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var namedCounts: [String: Int] = [:]
        let coder = SentenceCoder(
            dictionary: dictionary, resolver: DateResolver(published: published, recapDays: DateResolver.articleRecapDays))
        let finder = MentionFinder(dictionary: dictionary, day: published)
        let placeFinder = PlaceFinder(gazetteer: gazetteer, dictionary: dictionary, world: worldPlaces)
        // Captions code nothing, but the people they name with a title ("South Sudan's President Salva Kiir") are
        // the article's people too.
        for range in article.captionRanges {
            _ = finder.mentions(Tokenizer.tokens(article.scalars, in: range), scalars: article.scalars, memory: &memory)
        }
        var summary: [(event: DraftEvent, role: ArticleBlock.Role)] = []
        var body: [(event: DraftEvent, range: Range<Int>, role: ArticleBlock.Role)] = []
        // The events of the last sentence that coded any (indices in `body` and `summary`).
        var lastBody: [Int] = []
        var lastSummary: [Int] = []
        // That sentence's tokens (its events are not re-dated if it named a day of its own).
        var lastTokens: [Token] = []
        // The day before publication when the story last named it for an act ("on Monday, Hezbollah fired …"):
        // later sentences that name no day go on telling that day ("Netanyahu called the attack a violation"). A
        // sentence whose act is dated by another day (the publication day, or a day further back, which is
        // background) ends it.
        var storyDay: NewsDay?
        // The country each country was last seen fighting in the article.
        var adversaries: [String: String] = [:]
        for block in article.blocks {
            for range in splitter.split(article.scalars, in: block.range) {
                if range.count > maximumSentenceScalars {
                    memory.endSentence()
                    skipped.append(SkippedBlock(text: article.text(range), reason: "too-long"))
                    continue
                }
                let tokens = Tokenizer.tokens(article.scalars, in: range)
                countCountries(tokens, &counts, &firstSeen, named: &namedCounts)
                memory.focusCountry = focus(counts, firstSeen, named: namedCounts)
                let places = placeFinder.places(tokens, scalars: article.scalars, memory: &memory, articleCountries: counts)
                let mentions = finder.mentions(tokens, scalars: article.scalars, memory: &memory)
                let coded = coder.code(tokens, mentions: mentions, places: places, memory: &memory)
                if memory.sentencesSinceSpeaker == 0, let speaker = memory.lastSpeaker, speaker.display == nil {
                    memory.nameSpeaker(mentionText(article.scalars, tokens, speaker))
                }
                memory.endSentence()
                // "he" in later sentences: the last person named here (after coding, so "he" here looks back).
                for m in mentions where m.isPerson && m.pronoun == nil {
                    if let identity = m.identity {
                        memory.lastPerson = DocumentMemory.Known(
                            country: m.country, role: m.role, identity: identity,
                            display: mentionText(article.scalars, tokens, m))
                    }
                }
                // "Hezbollah fired two missiles …" and then "Netanyahu called the attack a violation": the attacker.
                if let attack = coded, SentenceCoder.usesForce(attack.code), attack.source.country != nil {
                    memory.lastAttacker = DocumentMemory.Known(
                        country: attack.source.country, role: attack.source.role,
                        identity: attack.source.identity ?? (attack.source.country ?? "") + "/" + (attack.source.role ?? ""),
                        display: attack.source.display ?? mentionText(article.scalars, tokens, attack.source))
                }
                // The subject of the sentence's act is the likelier antecedent than a person named as its object.
                if let source = coded?.source, source.isPerson, let identity = source.identity {
                    memory.lastPerson = DocumentMemory.Known(
                        country: source.country, role: source.role, identity: identity,
                        display: source.display ?? mentionText(article.scalars, tokens, source))
                }
                guard let coded else {
                    // "Ghani made the announcement on Sunday": the day of the act the sentence before reported.
                    if let day = Self.announcementDay(tokens, coder.resolver),
                        !coder.resolver.find(lastTokens, in: 0..<lastTokens.count, future: false).contains(where: {
                            $0.day != nil && !$0.background
                        })
                    {
                        for k in lastBody where body[k].event.date == published && day < published {
                            body[k].event.date = day
                        }
                        for k in lastSummary where summary[k].event.date == published && day < published {
                            summary[k].event.date = day
                        }
                    }
                    lastBody = []
                    lastSummary = []
                    continue
                }
                lastBody = []
                lastSummary = []
                lastTokens = tokens
                let dyads = coded.dyads
                // Whether the sentence names a day of its own; only needed when the story has a day, or the sentence
                // dates an act by another day than the publication's.
                let namesDay =
                    (storyDay != nil || dyads.contains { $0.date != published })
                    && coder.resolver.find(tokens, in: 0..<tokens.count, future: false).contains {
                        $0.day != nil && !$0.background
                    }
                for dyad in dyads {
                    var draft = named(dyad, article.scalars, tokens)
                    if namesDay, block.role != .headline, let day = draft.date {
                        storyDay = day.ordinal == published.ordinal - 1 ? day : nil
                    } else if !namesDay, draft.date == published, let storyDay {
                        draft.date = storyDay
                        draft.storyDated = true
                    }
                    // An appeal or criticism with no one named is addressed to the conflict's country, as hand coders
                    // record it ("the UN called for calm" in an article about Libya).
                    if draft.target == nil, Self.addressedRoots.contains(String(draft.code.prefix(2))),
                        var focus = memory.focusCountry
                    {
                        // A state's own country is no addressee when the article has shown it fighting another
                        // country ("Israel struck Gaza … Netanyahu warned that Israel would respond").
                        if focus == draft.source.country, ["GOV", "MIL", nil].contains(draft.source.role),
                            let other = adversaries[focus]
                        {
                            focus = other
                        }
                        draft.target = Mention(
                            first: 0, end: 0, country: focus, display: dictionary.countries[focus]?.name ?? focus)
                    }
                    if SentenceCoder.usesForce(draft.code), let a = draft.source.country,
                        let b = draft.target?.country, a != b, a != "IGO", b != "IGO"
                    {
                        adversaries[a] = b
                        adversaries[b] = a
                    }
                    if block.role == .headline {
                        summary.append((draft, .headline))
                    } else {
                        if block.role == .lede {
                            lastSummary.append(summary.count)
                            summary.append((draft, .lede))
                        }
                        lastBody.append(body.count)
                        body.append((draft, range, block.role))
                    }
                }
            }
        }
        let events = finish(body: body, summary: summary, article: article)
        return Extraction(published: published.description, events: events, skipped: skipped)
    }

    /// Codes one sentence on its own, as coders are tested on single sentences: no headline, lede or re-dating rules,
    /// and no addressee from the article's country.
    public func extract(sentence: String, published: NewsDay) -> [CodedEvent] {
        let scalars = Array(sentence.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        var memory = DocumentMemory()
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        var namedCounts: [String: Int] = [:]
        countCountries(tokens, &counts, &firstSeen, named: &namedCounts)
        memory.focusCountry = focus(counts, firstSeen, named: namedCounts)
        let coder = SentenceCoder(dictionary: dictionary, resolver: DateResolver(published: published))
        let places = PlaceFinder(gazetteer: gazetteer, dictionary: dictionary, world: worldPlaces).places(
            tokens, scalars: scalars, memory: &memory, articleCountries: counts)
        let mentions = MentionFinder(dictionary: dictionary, day: published).mentions(tokens, scalars: scalars, memory: &memory)
        guard let coded = coder.code(tokens, mentions: mentions, places: places, memory: &memory) else { return [] }
        return coded.dyads.map { output(named($0, scalars, tokens), sentence: sentence, offsets: [0, scalars.count]) }
    }

    /// The draft with its actors' display texts taken from the sentence where they have none of their own.
    private func named(_ draft: DraftEvent, _ scalars: [Unicode.Scalar], _ tokens: [Token]) -> DraftEvent {
        var out = draft
        if out.source.display == nil { out.source.display = mentionText(scalars, tokens, out.source) }
        if let target = out.target, target.display == nil { out.target?.display = mentionText(scalars, tokens, target) }
        return out
    }

    /// CAMEO roots of acts addressed to someone (appeals, intents, demands, disapproval, rejection, threats,
    /// reductions of relations): with no one named, the conflict's country. Praise and yielding stay unaddressed (hand
    /// coders often leave them so).
    static let addressedRoots: Set<String> = ["02", "03", "10", "11", "12", "13", "16"]

    /// Nouns by which a sentence refers back to the act the sentence before reported.
    private static let actReferences: Set<String> = ["announcement", "development", "decision", "declaration"]

    /// The day of "X made the announcement on Sunday", "The development came on Friday": a sentence that refers back
    /// to the previous sentence's act and dates it.
    private static func announcementDay(_ tokens: [Token], _ resolver: DateResolver) -> NewsDay? {
        guard tokens.count <= 30,
            let noun = tokens.firstIndex(where: { actReferences.contains($0.key) }),
            noun > 0, ["the", "this", "his", "her", "its", "their"].contains(tokens[noun - 1].key),
            let verb = tokens.indices.first(where: {
                ["made", "came", "comes"].contains(tokens[$0].key) && ($0 < noun || $0 <= noun + 4)
            })
        else { return nil }
        // The day right after the verb or the noun ("made the announcement on Sunday", "came on Friday"), not one in
        // a later clause ("after talks that began on Thursday").
        let from = max(noun, verb) + 1
        return resolver.find(tokens, in: from..<min(tokens.count, from + 4), future: false).first(where: {
            $0.day != nil && !$0.background
        })?.day
    }

    // MARK: - Article-level rules

    /// Roots whose counterpart a lede names and a shorter restatement in the body may leave out.
    static let counterpartRoots: Set<String> = ["03", "04", "06", "07", "08"]

    private func finish(
        body: [(event: DraftEvent, range: Range<Int>, role: ArticleBlock.Role)],
        summary: [(event: DraftEvent, role: ArticleBlock.Role)], article: ArticleText
    ) -> [CodedEvent] {
        var kept: [(event: DraftEvent, range: Range<Int>, role: ArticleBlock.Role)] = []
        for item in body {
            var event = item.event
            // The headline or lede names the speech act a plain "said" in the body is.
            if event.statement && event.code.hasPrefix("01"), let identity = event.source.identity,
                let lead = summary.first(where: {
                    $0.event.source.identity == identity && !$0.event.code.hasPrefix("01")
                        && Self.verbalRoots.contains(String($0.event.code.prefix(2)))
                })
            {
                event.code = lead.event.code
                if event.target == nil { event.target = lead.event.target }
            }
            kept.append((event, item.range, item.role))
        }
        // Civilians and refugees who flee, leave or are killed are the news's subjects, not its actors: only their
        // words and protests are events.
        kept = kept.filter { item in
            guard let role = item.event.source.role, role == "CVL" || role == "REF" else { return true }
            return ["01", "14"].contains(item.event.code.prefix(2))
        }
        // Drop lede events that a body event of the same source country and day restates (unless both name targets,
        // and different ones); a restatement of an intent, meeting, cooperation or concession that names no target
        // takes the lede's.
        var restated = Set<Int>()
        for (index, item) in kept.enumerated() where item.role == .lede {
            guard
                let other = kept.indices.first(where: { k in
                    let other = kept[k]
                    return other.role == .body && other.event.source.country != nil
                        // A body event dated only by the story's day restates nothing.
                        && !other.event.storyDated
                        && other.event.source.country == item.event.source.country
                        && other.event.date == item.event.date
                        && (item.event.target == nil || other.event.target == nil
                            || other.event.target?.country == item.event.target?.country)
                        && (other.event.code.prefix(2) == item.event.code.prefix(2) || item.event.code.hasPrefix("01"))
                })
            else { continue }
            restated.insert(index)
            if kept[other].event.target == nil, Self.counterpartRoots.contains(String(item.event.code.prefix(2))) {
                kept[other].event.target = item.event.target
            }
        }
        kept = kept.enumerated().filter { !restated.contains($0.offset) }.map(\.element)
        // One speech act per speaker and day (a plain statement is part of the same speaker's more specific verbal
        // act that day); one event per identical coding; one symmetric act per pair of countries and day.
        var out: [CodedEvent] = []
        var seenStatements = Set<String>()
        var seenEvents = Set<String>()
        var verbalActs = Set<String>()
        for item in kept
        where !item.event.statement && !item.event.code.hasPrefix("01")
            && Self.verbalRoots.contains(String(item.event.code.prefix(2)))
        {
            let day = item.event.date?.description ?? "-"
            if let identity = item.event.source.identity { verbalActs.insert(identity + "|" + day) }
            if let country = item.event.source.country, country == "IGO" || item.event.source.isPerson {
                verbalActs.insert(Self.office(item.event.source) + "|" + day)
            }
        }
        var speakers = Set<String>()
        for item in kept {
            let who = item.event.source.identity ?? (item.event.source.country ?? "?") + "/" + (item.event.source.role ?? "?")
            let day = item.event.date?.description ?? "-"
            // A named person's later plain statements ("he added", "he noted") elaborate what the article already
            // coded of them.
            if let identity = item.event.source.identity, item.event.source.isPerson {
                if item.event.statement && speakers.contains(identity) { continue }
                speakers.insert(identity)
            }
            if item.event.statement {
                let key = who + "|" + day
                let office = Self.office(item.event.source) + "|" + day
                // "the UN chief said" (no name) after Guterres's named act that day: the same office's speech act.
                let unnamedOffice = !item.event.source.isPerson && verbalActs.contains(office)
                if seenStatements.contains(key) || verbalActs.contains(key) || unnamedOffice { continue }
                seenStatements.insert(key)
            }
            if let pair = Self.symmetricKey(item.event) {
                if seenEvents.contains(pair) { continue }
                seenEvents.insert(pair)
            }
            let key = [
                who, day, item.event.code, item.event.target?.country ?? "-", item.event.target?.role ?? "-",
                item.event.target?.identity ?? item.event.target?.display ?? "-",
            ].joined(
                separator: "|")
            if seenEvents.contains(key) { continue }
            seenEvents.insert(key)
            out.append(
                output(item.event, sentence: article.text(item.range), offsets: [item.range.lowerBound, item.range.upperBound]))
        }
        return out
    }

    /// CAMEO roots of verbal acts a speaker performs by speaking: appeals, intents, praise, demands, disapproval,
    /// rejection, threats.
    static let verbalRoots: Set<String> = ["02", "03", "05", "10", "11", "12", "13"]

    /// The office a speaker speaks for: an intergovernmental body as a whole, else country and role.
    private static func office(_ m: Mention) -> String {
        m.country == "IGO" ? "IGO" : (m.country ?? "?") + "/" + (m.role ?? "?")
    }

    /// The key of a symmetric act (consult, meet, negotiate, cooperate) by its day, root and unordered countries.
    private static func symmetricKey(_ event: DraftEvent) -> String? {
        let root = event.code.prefix(2)
        guard root == "04" || root == "06", let a = event.source.country, let b = event.target?.country else { return nil }
        return "sym|" + (event.date?.description ?? "-") + "|" + root + "|" + min(a, b) + "|" + max(a, b)
    }

    private func output(_ event: DraftEvent, sentence: String, offsets: [Int]) -> CodedEvent {
        func actor(_ m: Mention?) -> EventActor? {
            guard let m else { return nil }
            return EventActor(text: m.display ?? "", country: m.country, role: m.role)
        }
        return CodedEvent(
            date: event.date?.description, source: actor(event.source), target: actor(event.target), cameo: event.code,
            plover: plover.plover(for: event.code), location: event.location,
            sentence: sentence, offsets: offsets,
            quote: EventQuote.firstSpan(in: sentence).flatMap { text in
                actor(event.source).map { EventQuote(text: text, speaker: $0.text) }
            })
    }

    private func mentionText(_ scalars: [Unicode.Scalar], _ tokens: [Token], _ m: Mention) -> String {
        let range = m.displayTokens ?? (m.first..<m.end)
        guard range.lowerBound < range.upperBound, range.upperBound <= tokens.count else { return m.display ?? "" }
        var lo = range.lowerBound
        let end = range.upperBound
        if tokens[lo].key == "the" && end - lo > 1 { lo += 1 }
        var view = String.UnicodeScalarView()
        for scalar in scalars[tokens[lo].start..<tokens[end - 1].end] {
            view.append(scalar == "’" ? "'" : scalar == "\u{A0}" ? " " : scalar)
        }
        return String(view)
    }

    /// Nouns after a capital that make it the venue of an agreement or talks ("the Minsk agreements").
    static let venueNouns: Set<String> = [
        "agreement", "agreements", "accord", "accords", "deal", "protocol", "protocols", "format", "talks", "process",
        "memorandum", "peace", "conference", "declaration", "document", "communique", "summit", "negotiations", "platform",
    ]

    /// Words after a state's hyphen that name a patron, not a place ("Saudi-backed", "Russia-brokered").
    private static let patronSuffixes: Set<String> = [
        "backed", "led", "brokered", "sponsored", "funded", "supported", "allied", "armed", "trained", "mediated",
        "aligned", "linked", "affiliated", "controlled", "held",
    ]

    /// Counts references to states (names, adjectives, metonyms, also in compounds like "Syria-wide").
    private func countCountries(
        _ tokens: [Token], _ counts: inout [String: Int], _ firstSeen: inout [String: Int], named: inout [String: Int]
    ) {
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].capitalized else {
                i += 1
                continue
            }
            let match = dictionary.actors.longestMatch(tokens, at: i, limit: tokens.count)
            // Armed groups and opposition parties count only where no state is named at all (`focus`); a mediator's
            // or a state's people do not make the conflict theirs.
            if let info = match?.values.first(where: { $0.kind == .organisation && ($0.role == "REB" || $0.role == "OPP") }),
                let country = info.country, country != "IGO", country != "NGO"
            {
                named[country, default: 0] += 1
                if firstSeen[country] == nil { firstSeen[country] = firstSeen.count }
            }
            if let match,
                let info = match.values.first(where: { $0.kind == .state || $0.kind == .adjective || $0.kind == .metonym }),
                let country = info.country, !info.acronym || tokens[i].allCaps
            {
                // An outlet's home in parentheses ("Deutsche Welle (Bonn)") is not what the article is about.
                let outletHome =
                    info.kind == .metonym && i > 0 && tokens[i - 1].key == "(" && match.end < tokens.count
                    && tokens[match.end].key == ")"
                // "the Minsk agreements", "the Stockholm deal": a venue that names an agreement, not a party.
                let venue =
                    info.kind == .metonym && match.end < tokens.count
                    && Self.venueNouns.contains(tokens[match.end].key)
                // A dateline "TRIPOLI, Lebanon:" names a city by its country, not the country the city would stand for.
                var comma = match.end
                // "KAMPALA/RUMANGABO, Democratic Republic of Congo": a dateline may name two places.
                while comma + 1 < tokens.count, tokens[comma].key == "/" { comma += 2 }
                let cityOfNamedState =
                    i == 0 && info.kind == .metonym && comma + 1 < tokens.count && tokens[comma].key == ","
                    && dictionary.actors.longestMatch(tokens, at: comma + 1, limit: tokens.count)?.values
                        .contains(where: { $0.kind == .state }) == true
                if outletHome || venue || cityOfNamedState {
                    i = match.end
                    continue
                }
                counts[country, default: 0] += 1
                if firstSeen[country] == nil { firstSeen[country] = firstSeen.count }
                i = match.end
                continue
            }
            // "Saudi-backed", "Russia-brokered" name a patron, not the country the article is about.
            if let compound = dictionary.compoundState(tokens[i], kinds: [.state, .adjective]),
                !Self.patronSuffixes.contains(String(compound.suffix))
            {
                counts[compound.country, default: 0] += 1
                if firstSeen[compound.country] == nil { firstSeen[compound.country] = firstSeen.count }
            }
            i += 1
        }
    }

    /// The country "the opposition" belongs to: the monitored conflict's country when the article mentions it,
    /// else the most mentioned.
    private func focus(_ counts: [String: Int], _ firstSeen: [String: Int], named: [String: Int]) -> String? {
        guard !counts.isEmpty else {
            // An article that names no state ("Interior Minister Alfonso Prada … the ELN") is about the country of
            // the armed groups and opposition parties it names most.
            return named.max { a, b in
                a.value != b.value ? a.value < b.value : (firstSeen[a.key] ?? 0) > (firstSeen[b.key] ?? 0)
            }?.key ?? defaultCountry
        }
        if let defaultCountry, counts[defaultCountry] != nil { return defaultCountry }
        return counts.max { a, b in
            if a.value != b.value { return a.value < b.value }
            if a.key == defaultCountry { return false }
            if b.key == defaultCountry { return true }
            return (firstSeen[a.key] ?? 0) > (firstSeen[b.key] ?? 0)
        }?.key
    }
}
