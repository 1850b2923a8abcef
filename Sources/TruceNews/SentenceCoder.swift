/// Codes one sentence: finds the main verb phrase, its subject (the source) and object (the target), reads
/// speech complements ("said that …", "said X should …"), modality (planned or scheduled acts become intentions,
/// negated ones rejections), the date and the place.
struct SentenceCoder {
    let dictionary: NewsDictionary
    let resolver: DateResolver

    private struct VerbMatch {
        var first: Int
        var end: Int
        var entry: VerbEntry
        var passive: Bool
    }

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "'re", "get", "got"]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any",
        "some", "no", "every", "each", "such", "another", "'s", "of", "new", "first", "latest",
    ]
    /// Prepositions before which a verb-looking word is a noun ("in order to", "with the support of").
    static let nounPrepositions: Set<String> = [
        "of", "in", "for", "with", "on", "at", "by", "from", "into", "about", "under", "without", "upon",
    ]
    static let adverbs: Set<String> = [
        "still", "also", "now", "not", "already", "again", "reportedly", "allegedly", "repeatedly", "further",
        "previously", "recently", "then", "jointly", "formally", "officially", "finally", "once", "later", "earlier",
        "just", "never", "also", "today", "yesterday", "separately", "publicly", "strongly", "sharply", "reluctantly",
    ]
    static let prepositions: Set<String> = [
        "of", "for", "to", "from", "with", "in", "at", "on", "by", "against", "between", "into", "over", "near",
        "about", "across", "toward", "towards", "under", "among", "through", "after", "before", "during", "despite",
        "including", "like", "than", "via", "within", "outside", "inside", "around", "behind", "amid", "without",
    ]
    /// Verbs of aspect, after which a gerund is the act itself ("continue discussing").
    static let aspectVerbs: Set<String> = [
        "continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "resume", "resumes", "resumed",
        "begin", "begins", "began", "start", "starts", "started", "finish", "finishes", "finished", "complete",
        "completes", "completed",
    ]
    static let clauseBreakers: Set<String> = [
        ";", "which", "who", "whom", "whose", "unless", "while", "although", "whereas", "because", "if", "when",
        "where", "but",
    ]
    static let negations: Set<String> = [
        "not", "never", "didnt", "doesnt", "dont", "wont", "wouldnt", "cant", "cannot", "isnt", "arent", "wasnt",
        "werent", "hasnt", "havent", "hadnt", "shouldnt", "couldnt", "n't",
    ]
    static let futureWords: Set<String> = ["will", "would", "shall", "wont", "may", "might", "could", "ll"]
    static let futureBeforeTo: Set<String> = [
        "scheduled", "expected", "set", "due", "going", "planning", "plans", "planned", "plan", "intends", "intend",
        "intended", "ready", "willing", "prepared", "preparing", "hopes", "hope", "hoped", "aims", "aim", "seeks", "seek",
        "wants", "want", "wanted", "likely", "about", "is", "are", "was", "were", "vowed", "pledged", "promised",
    ]
    /// Participles that read as states after "is" ("is opposed to", "is committed to").
    static let stative: Set<String> = ["opposed", "committed", "willing", "ready", "prepared", "determined", "guilty"]
    static let modalsDemand: Set<String> = ["must"]
    /// Nouns completed by an infinitive that names no act of its own ("determination to fight").
    static let infinitiveNouns: Set<String> = [
        "determination", "commitment", "readiness", "willingness", "effort", "efforts", "decision", "intention",
        "ability", "mechanism", "proposal", "chance", "opportunity", "agreement",
    ]
    /// Auxiliaries before a past participle that make it a finite verb ("has supported").
    static let auxiliaries: Set<String> = ["has", "have", "had", "having", "was", "were", "is", "are", "be", "been"]
    /// Adverbs that, after "has" or "have", make an act habitual background ("has repeatedly violated").
    static let habitualAdverbs: Set<String> = ["repeatedly", "long", "often", "frequently", "routinely", "consistently"]
    /// Subjects naming the two sides of a conflict: a cooperative act among them targets the same country.
    static let reciprocalHeads: Set<String> = [
        "parties", "sides", "rivals", "belligerents", "foes", "adversaries", "factions",
    ]
    static let modalsAppeal: Set<String> = ["should", "ought"]
    /// The one an outlet quotes ("RIA Novosti quoted Pankov as saying"): the mention right after the speech verb.
    private static func relayed(_ outlet: Mention, _ speech: VerbMatch, _ tokens: [Token], _ mentions: [Mention]) -> Int? {
        guard outlet.role == "MED", outlet.end <= speech.first else { return nil }
        return mentions.firstIndex(where: { $0.first >= speech.end && $0.first <= speech.end + 1 && $0.role != "MED" })
    }

    /// Nouns of talks that may open a clause whose verb says they began ("Peace talks resumed in Kampala").
    static let talksSubjects: Set<String> = [
        "talks", "negotiations", "meeting", "summit", "conference", "dialogue", "consultations", "discussions",
    ]
    /// Verbs by which talks begin or resume.
    static let talksStarting: Set<String> = [
        "began", "begins", "begin", "started", "starts", "opened", "opens", "resumed", "resumes", "kicked", "convened",
        "underway",
    ]

    /// "Fresh talks on the crisis in South Sudan on Monday began in Addis Ababa", "Talks between rival Libyan factions
    /// have started in Geneva": talks as the clause's subject that begin or resume are negotiations (046) of the
    /// country they are about (named before the verb, else the article's), between its sides. Talks that began long
    /// ago ("started in 2017") are background.
    private func talksBegin(
        _ tokens: [Token], mentions: [Mention], from start: Int, to end: Int, attribution: Range<Int>?,
        memory: DocumentMemory
    ) -> DraftEvent? {
        guard start < end,
            let noun = (start..<min(end, start + 8)).first(where: { Self.talksSubjects.contains(tokens[$0].key) }),
            !(start..<noun).contains(where: { tokens[$0].kind != .word || Self.prepositions.contains(tokens[$0].key) }),
            let verb = (noun + 1..<min(end, noun + 10)).first(where: { Self.talksStarting.contains(tokens[$0].key) }),
            // One clause: "Peace talks on Syria collapsed on Monday after fighting resumed" is not talks resuming.
            !(noun + 1..<verb).contains(where: {
                [",", "which", "that", "who", "after", "before", "when", "as", "while", "but"].contains(tokens[$0].key)
                    || tokens[$0].key.hasSuffix("ed")
            }),
            // "are set to begin on Thursday": planned, not begun; "did not begin", "No talks began": not begun.
            tokens[verb - 1].key != "to", !Self.futureWords.contains(tokens[verb - 1].key),
            !(max(start, noun - 3)..<verb).contains(where: {
                Self.negations.contains(tokens[$0].key) || ["no", "yet"].contains(tokens[$0].key)
            }),
            let day = date(tokens, start..<end, attribution: attribution, future: false, verb: verb..<verb + 1)
        else { return nil }
        let named = mentions.first(where: {
            $0.first >= start && $0.end <= verb && $0.pronoun == nil && $0.country != nil && $0.country != "IGO"
        })
        guard let country = named?.country ?? memory.focusCountry else { return nil }
        let side = countryMention(country, at: noun)
        return DraftEvent(code: "046", source: side, target: side, date: day, location: nil, statement: false)
    }

    /// Whether the word at `index` follows a preposition, with at most an article between ("of the fighting").
    private static func afterPreposition(_ index: Int, _ tokens: [Token], from start: Int) -> Bool {
        var k = index - 1
        if k > start, ["the", "a", "an"].contains(tokens[k].key) { k -= 1 }
        return k >= start && nounPrepositions.contains(tokens[k].key)
    }

    /// Roots of verbal acts that a participle after a comma adds to its subject's act: appeals, demands,
    /// disapproval, rejection, threats.
    static let participleActs: Set<String> = ["02", "10", "11", "12", "13"]

    /// Participles after a comma that hand over what an act gave up ("withdrew, handing the town to the army").
    static let handingOver: Set<String> = ["handing", "leaving", "ceding", "surrendering", "turning"]

    /// Role nouns that name weapons rather than those who wield them.
    static let weaponNouns: Set<String> = [
        "artillery", "tanks", "tank", "warplanes", "warplane", "jets", "aircraft", "helicopters", "gunships", "warships",
    ]

    /// Whether a CAMEO code is a use of force (roots 18–20: assault, fight, mass violence).
    static func usesForce(_ code: String) -> Bool { ["18", "19", "20"].contains(code.prefix(2)) }

    /// Plural nouns that name the several sides of one country ("rival factions", "the warring parties").
    static let rivalSides: Set<String> = [
        "factions", "sides", "parties", "groups", "militias", "rivals", "tribes", "clans",
    ]

    /// Nouns of an attack that a later sentence refers back to ("the attack", "these strikes").
    static let attackNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "shelling", "bombardment", "raid", "raids", "assault", "airstrike",
        "airstrikes", "bombing", "violation", "violations", "incident",
    ]

    /// The attack noun right after a verb's first word, referred back to with "the", "this" or "these" ("condemned
    /// the attack", "called the attack a violation").
    private static func theAttack(_ tokens: [Token], after start: Int, limit: Int) -> Int? {
        var k = start
        if k < limit, ["on", "of", "for"].contains(tokens[k].key) { k += 1 }  // "blamed … for", "accused … of"
        guard k < limit, ["the", "this", "these"].contains(tokens[k].key) else { return nil }
        return (k + 1..<min(limit, k + 3)).first { attackNouns.contains(tokens[$0].key) }
    }

    /// Objects of a verb of giving that make it no aid ("gave no details", "gave assurances", "gave a deadline").
    static let nonAidObjects: Set<String> = [
        "details", "detail", "assurances", "assurance", "guarantees", "guarantee", "deadline", "ultimatum", "interview",
        "interviews", "statement", "briefing", "information", "account", "figures", "name", "names", "reason",
        "reasons", "explanation", "speech", "warning", "signal", "impression", "proposal", "proposals", "draft",
        "response", "reply", "letter", "message", "document", "documents", "memorandum", "report",
    ]

    /// Whether a verb of giving gives no aid: its object is words ("gave no details on how many died"), a time to
    /// act ("gave the rebels 12 hours to lay down their arms"), or terms ("the deal provides for …", "give up their
    /// weapons"); "gave $50 million for reconstruction" and "contribute up to 4,000 troops" are still giving.
    private static func givesNoAid(_ verb: VerbMatch, _ tokens: [Token], limit: Int) -> Bool {
        // A phrase that names what is given ("pledged $50 million") is aid whatever follows.
        let k = verb.end
        guard k < limit, !verb.entry.pattern.contains("*") else { return false }
        if ["for", "way"].contains(tokens[k].key) { return true }
        if tokens[k].key == "up", k + 1 < limit, tokens[k + 1].key != "to" { return true }
        let object = k..<min(limit, k + 5)
        if let word = object.first(where: { nonAidObjects.contains(tokens[$0].key) }),
            !(k..<word).contains(where: { prepositions.contains(tokens[$0].key) || tokens[$0].kind != .word })
        {
            return true
        }
        return (k..<min(limit, k + 8)).contains { i in
            ["hours", "days"].contains(tokens[i].key) && i > k && tokens[i - 1].kind == .number && i + 1 < limit
                && tokens[i + 1].key == "to"
        }
    }

    /// Speech verbs by which a side makes a truce known as its own.
    static let confirming: Set<String> = announcing.union(["confirmed", "confirms", "confirm"])

    /// Where a reported clause says a truce came about with no party named: "a ceasefire (deal) had been reached",
    /// "the truce would take effect at midnight", "that the ceasefire would be mutual", or the truce as the verb's
    /// object ("confirmed the agreement on a ceasefire"). The result ends the words that date the announcement: up to
    /// "that", the whole object, or the verb.
    private static func truceComesAbout(_ tokens: [Token], _ clause: Range<Int>) -> Int? {
        // "announced at a press conference on Sunday that …": the clause after "that".
        let that = (clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 10)).first { tokens[$0].key == "that" }
        let range = (that.map { $0 + 1 } ?? clause.lowerBound)..<clause.upperBound
        let head = range.lowerBound..<min(range.upperBound, range.lowerBound + 9)
        guard let noun = head.first(where: { ceasefireWords.contains(tokens[$0].key) }),
            !(range.lowerBound..<noun).contains(where: { tokens[$0].kind != .word })
        else { return nil }
        var k = noun + 1
        if k < range.upperBound, ["deal", "agreement", "of"].contains(tokens[k].key) { k += 1 }
        if k < range.upperBound, tokens[k].key == "hostilities" { k += 1 }
        let rest = k..<min(range.upperBound, k + 5)
        let passive = rest.contains { i in
            ["reached", "agreed", "concluded", "struck"].contains(tokens[i].key) && i > k
                && (beForms.contains(tokens[i - 1].key) || tokens[i - 1].key == "been")
                && (i + 1 >= range.upperBound || !["with", "between", "by"].contains(tokens[i + 1].key))
        }
        let starts = rest.contains { i in
            futureWords.contains(tokens[i].key) && i + 1 < range.upperBound
                && ["take", "come", "go", "begin", "start", "enter", "be"].contains(tokens[i + 1].key)
        }
        if passive || starts { return that ?? clause.lowerBound }
        // The truce, or an agreement on it, as the verb's object ("confirmed the agreement on a ceasefire", "announced
        // a humanitarian truce"); "the end of the truce" and "the violation of the ceasefire" are no truce declared.
        let object =
            that == nil && ["the", "a", "an"].contains(tokens[clause.lowerBound].key)
            && (clause.lowerBound..<noun).allSatisfy {
                tokens[$0].kind == .word && !tokens[$0].key.hasSuffix("ed")
                    // "a further two-month extension of the truce" extends it.
                    && (tokens[$0].key != "of" || ["extension", "renewal", "prolongation"].contains(tokens[$0 - 1].key))
            }
            // "the truce his forces have observed", not "the ceasefire talks" or "the truce violations".
            && (noun + 1 >= clause.upperBound || !notTheTruce.contains(tokens[noun + 1].key))
        return object ? clause.upperBound : nil
    }

    /// Words after a truce word that make the phrase about something else ("the ceasefire talks", "truce violations").
    static let notTheTruce = ceasefireTopics.union(["talks", "negotiations", "line", "lines", "zone", "zones"])

    /// A passive agreement with a named party in a reported clause ("a ceasefire deal had been reached with Russia"):
    /// 0871 for a ceasefire, else 057, and the party.
    private func agreementReached(_ tokens: [Token], _ mentions: [Mention], _ range: Range<Int>) -> (
        String, Mention?, Mention
    )? {
        for k in range where ["reached", "agreed", "signed", "concluded", "struck"].contains(tokens[k].key) {
            guard k > range.lowerBound, Self.beForms.contains(tokens[k - 1].key) || tokens[k - 1].key == "been",
                k + 1 < range.upperBound, ["with", "between"].contains(tokens[k + 1].key),
                let partner = mentions.first(where: { $0.first >= k + 2 && $0.first <= k + 4 && $0.pronoun == nil })
            else { continue }
            let ceasefire = (range.lowerBound..<k).contains(where: { Self.ceasefireWords.contains(tokens[$0].key) })
            let code = ceasefire ? "0871" : "057"
            guard tokens[k + 1].key == "between" else { return (code, nil, partner) }
            // "between Rwanda and the DRC": the first is the source, the second the target.
            guard let second = mentions.first(where: { conjunction(before: $0.first, tokens) == partner.end }),
                second.country != nil
            else { continue }
            return (code, partner, second)
        }
        return nil
    }

    /// Nouns of documents whose authors ("a joint statement from France and Italy") act through them.
    static let statementNouns: Set<String> = ["statement", "communique", "communiqué", "declaration", "letter", "message"]
    /// Nouns of agreements, which a passive clause may have as its subject ("an agreement was reached").
    static let agreementNouns: Set<String> = ["agreement", "deal", "accord", "memorandum", "pact", "treaty"]
    /// Ceasefire and agreement nouns together (one look-up per word).
    static let passiveSubjects = ceasefireWords.union(agreementNouns)

    /// A main clause whose subject is an agreement or truce and whose verb is passive: "The ceasefire was confirmed by
    /// Hezbollah", "An agreement was reached on Sunday between the government and the rebels", "A truce was announced
    /// in a joint statement by Armenia and Azerbaijan". The agent after "by", or the first of the parties after
    /// "between", is the source; the act is the dictionaries' for the verb with the noun as its object.
    private func passiveAgreement(
        _ tokens: [Token], _ mentions: [Mention], _ range: Range<Int>, verbs: [VerbMatch], focus: String?
    ) -> (code: String, source: Mention, target: Mention?, verb: Range<Int>)? {
        let limit = min(range.upperBound, range.lowerBound + 10)
        guard
            let noun = (range.lowerBound..<limit).first(where: {
                tokens[$0].kind == .word && !tokens[$0].capitalized && Self.passiveSubjects.contains(tokens[$0].key)
            }),
            !verbs.contains(where: { $0.entry.kind != .noun && $0.first >= range.lowerBound && $0.first < noun })
        else { return nil }
        // "was", "has been", "had been", "is", "were" (adverbs between), then the participle.
        var k = noun + 1
        var sawBe = false
        while k < range.upperBound,
            Self.beForms.contains(tokens[k].key) || ["has", "have", "had"].contains(tokens[k].key)
                || Self.adverbs.contains(tokens[k].key)
        {
            if Self.beForms.contains(tokens[k].key) { sawBe = true }
            k += 1
        }
        guard sawBe, k < range.upperBound, k > noun + 1, tokens[k].key.hasSuffix("ed") else { return nil }
        let participle = k
        let clause = participle + 1..<range.upperBound
        // "The ceasefire was established on Monday evening": with no party named, the conflict's sides.
        if Self.ceasefireWords.contains(tokens[noun].key), Self.truceMade.contains(tokens[participle].key),
            // "No ceasefire was announced", "The truce was not declared", "was declared over": no truce made.
            !(range.lowerBound..<participle).contains(where: {
                Self.negations.contains(tokens[$0].key) || tokens[$0].key == "no"
            }),
            participle + 1 >= range.upperBound || !Self.truceUnmade.contains(tokens[participle + 1].key),
            // "… in a joint statement from the US and the foreign ministers of Armenia and Azerbaijan": named.
            !clause.contains(where: { tokens[$0].key == "by" || Self.statementNouns.contains(tokens[$0].key) }),
            !(clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 4)).contains(where: {
                ["between", "with"].contains(tokens[$0].key)
            }),
            let focus
        {
            let sides = countryMention(focus, at: noun)
            return ("0871", sides, sides, participle..<participle + 1)
        }
        let synthetic = [tokens[participle], tokens[noun]]
        guard let match = dictionary.verbs.longestMatch(synthetic, at: 0, limit: 2), match.end == 2,
            let entry = match.values.first(where: { $0.kind == .verb })
        else { return nil }
        var code = entry.code
        if Self.ceasefireWords.contains(tokens[noun].key), code == "057" || code == "030" { code = "0871" }
        if let by = clause.first(where: { tokens[$0].key == "by" }), by <= participle + 8,
            let agent = mentions.first(where: { $0.first > by && $0.first <= by + 3 && $0.pronoun == nil }),
            agent.country != nil
        {
            let partner =
                mentions.first(where: { $0.pronoun == nil && conjunction(before: $0.first, tokens) == agent.end })
            return (code, agent, partner.flatMap { $0.country != nil ? $0 : nil }, participle..<participle + 1)
        }
        if let between = clause.first(where: { tokens[$0].key == "between" }),
            let first = mentions.first(where: { $0.first > between && $0.first <= between + 2 && $0.pronoun == nil }),
            let second = mentions.first(where: { $0.pronoun == nil && conjunction(before: $0.first, tokens) == first.end }),
            first.country != nil, second.country != nil
        {
            return (code, first, second, participle..<participle + 1)
        }
        return nil
    }

    /// Participles by which a truce is made ("was announced", "has been agreed").
    static let truceMade: Set<String> = ["announced", "declared", "established", "agreed", "reached", "concluded"]
    /// Words after such a participle that unmake the truce ("was declared over").
    static let truceUnmade: Set<String> = ["over", "dead", "null", "void", "ended", "finished", "invalid", "broken"]

    /// `event` (and its further acts) dated `day` where the words gave no day of their own (publication day).
    private func redated(_ event: DraftEvent, to day: NewsDay) -> DraftEvent {
        var out = event
        if out.date == resolver.published { out.date = day }
        out.also = event.also.map { redated($0, to: day) }
        return out
    }

    /// "We have agreed with …", "I will meet …", "We call on the Taliban to …": the speaker's own act, said in the
    /// first person inside a quotation (`range`), dated by publication.
    private func firstPersonAct(
        _ tokens: [Token], _ range: Range<Int>, verbs: [VerbMatch], mentions: [Mention], speaker: Mention,
        memory: DocumentMemory
    ) -> DraftEvent? {
        guard let pronoun = range.first(where: { ["we", "i"].contains(tokens[$0].key) }),
            let act = verbs.first(where: {
                $0.first > pronoun && $0.first <= pronoun + 4 && $0.end <= range.upperBound && $0.entry.kind == .verb
                    && !$0.passive
            }),
            !(pronoun + 1..<act.first).contains(where: { tokens[$0].kind != .word })
        else { return nil }
        let (future, negated) = modality(tokens, from: pronoun + 1, to: act.first)
        guard let code = adjust(act.entry.code, future: future, negated: negated, tokens: tokens) else { return nil }
        let target = object(
            after: act.first + 1, limit: range.upperBound, tokens, mentions, source: speaker, memory: memory,
            patternEnd: act.end)
        return DraftEvent(code: code, source: speaker, target: target, date: resolver.published, location: nil, statement: false)
    }

    /// The act a quotation reports with a subject of its own named in it, coded as a sentence of its own: "“The
    /// United States and Turkey have agreed to a ceasefire,” Pence said". Plain statements inside give none.
    private func quotedAct(
        _ tokens: [Token], mentions: [Mention], places: [(index: Int, place: EventLocation)], _ range: Range<Int>,
        memory: DocumentMemory
    ) -> DraftEvent? {
        guard range.count > 3 else { return nil }
        let offset = range.lowerBound
        func shifted(_ m: Mention, by d: Int) -> Mention {
            var copy = m
            copy.first += d
            copy.end += d
            copy.displayTokens = m.displayTokens.map { ($0.lowerBound + d)..<($0.upperBound + d) }
            return copy
        }
        let inner = mentions.filter { $0.first >= range.lowerBound && $0.end <= range.upperBound }.map {
            shifted($0, by: -offset)
        }
        let innerPlaces = places.filter { range.contains($0.index) }.map { (index: $0.index - offset, place: $0.place) }
        var scratch = memory
        guard
            let event = code(Array(tokens[range]), mentions: inner, places: innerPlaces, memory: &scratch),
            !event.statement, !event.code.hasPrefix("01")
        else { return nil }
        func shiftedEvent(_ e: DraftEvent) -> DraftEvent {
            var out = e
            out.source = shifted(e.source, by: offset)
            out.target = e.target.map { shifted($0, by: offset) }
            out.moreTargets = e.moreTargets.map { shifted($0, by: offset) }
            out.moreSources = e.moreSources.map { shifted($0, by: offset) }
            out.also = e.also.map(shiftedEvent)
            return out
        }
        return shiftedEvent(event)
    }

    /// Whether a reported clause schedules a meeting: "the next round of talks will be held", "the meeting would take
    /// place".
    private static func announcesMeeting(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.count > 3 else { return false }
        guard let noun = range.first(where: { meetingNouns.contains(tokens[$0].key) }) else { return false }
        return (noun + 1..<range.upperBound).contains { k in
            guard ["will", "would", "is", "are", "to"].contains(tokens[k].key), k + 2 < range.upperBound else { return false }
            let next = tokens[k + 1].key
            let after = tokens[k + 2].key
            return (next == "be" && ["held", "convened", "hosted", "organized", "organised"].contains(after))
                || (next == "take" && after == "place") || next == "convene" || next == "resume"
        }
    }

    /// Participles whose "by X" names an author or sponsor ("drafted by Kuwait and Sweden").
    static let authorship: Set<String> = [
        "drafted", "proposed", "sponsored", "co-sponsored", "submitted", "written", "introduced", "authored", "tabled",
        "penned", "prepared",
    ]
    /// Nouns of scheduled meetings ("the next round of talks will be held").
    static let meetingNouns: Set<String> = ["talks", "round", "meeting", "negotiations", "summit", "conference", "session"]
    /// Nouns of help, whose "of X" names a helper, not a target ("with the help of the UN").
    static let helperNouns: Set<String> = ["help", "support", "backing", "assistance", "mediation"]
    /// Words naming a ceasefire.
    static let ceasefireWords: Set<String> = ["ceasefire", "cease-fire", "truce", "cessation", "armistice", "pause"]
    /// Words after which a ceasefire is what an agreement is about, not what it is ("a mechanism to monitor the
    /// ceasefire").
    static let ceasefireTopics: Set<String> = [
        "mechanism", "monitor", "monitoring", "observe", "violations", "violation", "compliance", "consolidate",
        "strengthen", "support", "group", "commission", "committee",
    ]

    /// Participles whose "by X" names the one who declared a truce ("a pause called by Russia").
    static let truceDeclaring: Set<String> = ["called", "announced", "declared", "ordered", "proclaimed", "initiated"]
    /// Words by which a truce starts ("entered into force", "took effect", "holds").
    static let startWords: Set<String> = [
        "entered", "enters", "took", "takes", "came", "comes", "went", "goes", "began", "begins", "started", "starts",
        "holds", "held", "holding",
    ]

    /// Verbs by which fighting stops.
    static let haltWords: Set<String> = [
        "halted", "halts", "stopped", "stops", "ended", "ends", "ceased", "ceases", "subsided", "paused",
    ]

    /// Speech verbs that make what they report the speaker's own declaration.
    static let announcing: Set<String> = ["announce", "announced", "announces", "declare", "declared", "declares"]
    /// Words that open or mark a reported clause after a speech verb (so the speech verb ends no trailing attribution).
    static let complementMarkers: Set<String> = [
        "that", "would", "will", "should", "must", "could", "can", "was", "were", "is", "are", "has", "have", "had",
    ]

    /// Nouns of a deal's text, whose terms ("under the plan", "the accord requires") are no new acts.
    /// ("Under the truce, Hamas fired rockets" is a violation, so truce words are not among them.)
    static let termsNouns: Set<String> = agreementNouns.union([
        "plan", "roadmap", "arrangement", "terms", "document", "protocol", "understanding", "settlement",
    ])
    /// Verbs by which a deal's text says what the parties are to do.
    static let termsVerbs: Set<String> = [
        "requires", "required", "stipulates", "stipulated", "provides", "envisages", "envisaged", "obliges", "obliged",
        "foresees", "includes", "included", "allows", "allowed", "calls",
    ]

    /// Whether the clause from `start` states a deal's terms, not an act: "Under the deal, Washington pledged to
    /// withdraw", "As part of the agreement, Russia will ensure …", "The accord also requires the militants to …".
    private static func statesTerms(_ tokens: [Token], from start: Int, to end: Int, verbs: [VerbMatch]) -> Bool {
        guard start < end else { return false }
        // "The agreement also included …, Sudan's foreign minister announced": a speaker's statement.
        if verbs.contains(where: { $0.entry.kind == .speech && $0.first >= start }) { return false }
        let limit = min(end, start + 8)
        var k = start
        if k < limit, tokens[k].key == "under" {
            k += 1
        } else if k + 3 < limit, tokens[k].key == "as", tokens[k + 1].key == "part", tokens[k + 2].key == "of" {
            k += 3
        } else {
            // "The deal (also) requires …": the deal's noun heads the subject.
            guard let noun = (start..<limit).first(where: { termsNouns.contains(tokens[$0].key) }),
                !(start..<noun).contains(where: { tokens[$0].kind != .word || prepositions.contains(tokens[$0].key) }),
                !verbs.contains(where: { $0.entry.kind != .noun && (start..<noun).contains($0.first) })
            else { return false }
            var verb = noun + 1
            if verb < end, adverbs.contains(tokens[verb].key) || tokens[verb].key == "also" { verb += 1 }
            return verb < end && termsVerbs.contains(tokens[verb].key)
        }
        // The opener's noun comes first: "Under the Russia-Turkey deal,", "As part of the agreement,", "Under the deal
        // reached with Tehran and Moscow to …".
        let head = k..<min(end, k + 4)
        guard let noun = head.first(where: { termsNouns.contains(tokens[$0].key) }) else { return false }
        return !(k..<noun).contains(where: { tokens[$0].kind != .word })
    }

    /// The event of a sentence (its tokens and mentions), if any, with the act of a second clause after ", while"
    /// or ";" ("Israeli jets struck Gaza, while Palestinian factions fired rockets into Israel").
    func code(
        _ tokens: [Token], mentions: [Mention], places: [(index: Int, place: EventLocation)], memory: inout DocumentMemory
    ) -> DraftEvent? {
        let main = clauseEvent(tokens, mentions: mentions, places: places, memory: &memory)
        guard var main,
            let split = (3..<max(3, tokens.count - 4)).first(where: {
                tokens[$0].key == ";" || (["while", "whereas"].contains(tokens[$0].key) && tokens[$0 - 1].key == ",")
            }),
            // Outside quotations: a quoted clause is coded with its quotation.
            !tokens[..<split].contains(where: { $0.kind == .quote }),
            main.source.first < split, !(main.target.map { $0.first > split } ?? false),
            let second = quotedAct(tokens, mentions: mentions, places: places, split + 1..<tokens.count, memory: memory),
            second.source.country != nil,
            second.code != main.code || second.source.country != main.source.country
        else { return main }
        // "On Saturday, Israeli jets struck Gaza, while …": the sentence's day, unless the clause names its own.
        main.also.append(redated(second, to: main.date ?? resolver.published))
        return main
    }

    private func clauseEvent(
        _ tokens: [Token], mentions: [Mention], places: [(index: Int, place: EventLocation)], memory: inout DocumentMemory
    ) -> DraftEvent? {
        let n = tokens.count
        guard n > 1 else { return nil }
        // "It is not the first time Kabul announces a truce": a comparison with the past, no new act.
        if (0..<min(n, 12)).contains(where: {
            $0 + 3 < n && tokens[$0].key == "not" && tokens[$0 + 1].key == "the" && tokens[$0 + 2].key == "first"
                && tokens[$0 + 3].key == "time"
        }) {
            return nil
        }
        var clauseEnd = n
        while clauseEnd > 0 && tokens[clauseEnd - 1].kind != .word && tokens[clauseEnd - 1].kind != .number {
            clauseEnd -= 1
        }
        let verbs = verbMatches(tokens, mentions: mentions)
        // A quotation standing alone right after a speaker's quotation continues it: "“We call on the Taliban to …”"
        if tokens[0].kind == .quote, memory.sentencesSinceSpeaker == 1, let speaker = memory.lastSpeaker,
            let close = (1..<n).first(where: { tokens[$0].kind == .quote }), close + 1 >= clauseEnd,
            let event = firstPersonAct(tokens, 1..<close, verbs: verbs, mentions: mentions, speaker: speaker, memory: memory)
        {
            return event
        }
        // Attribution at the end (", Ria Novosti reported", ", officials said Thursday") or "according to …".
        var attribution: Range<Int>?
        if let comma = (0..<clauseEnd).last(where: { tokens[$0].key == "," || tokens[$0].key == "\"" }),
            clauseEnd - comma <= 14
                || (clauseEnd - comma <= 22 && (comma..<clauseEnd).contains { ["who", "which"].contains(tokens[$0].key) }),
            let speech = verbs.first(where: { $0.first > comma && $0.entry.kind == .speech }),
            // ", Saudi Arabia and the U.S., who have been brokering talks, said": a relative clause about the speaker.
            !verbs.contains(where: { other in
                other.first > comma && other.entry.kind != .speech
                    && !(other.first < speech.first
                        && (comma..<other.first).contains { ["who", "which"].contains(tokens[$0].key) })
            }),
            // ", a source said the mechanism would work" has a clause of its own after the speech verb.
            !(speech.end..<clauseEnd).contains(where: { Self.complementMarkers.contains(tokens[$0].key) }),
            // ", on Monday after local leaders said …": a clause of time, not an attribution.
            !(comma..<speech.first).contains(where: {
                ["after", "before", "when", "as", "since", "until", "because"].contains(tokens[$0].key)
            })
        {
            attribution = comma..<clauseEnd
        }
        if let according = (0..<n).first(where: { tokens[$0].key == "according" && $0 + 1 < n && tokens[$0 + 1].key == "to" }) {
            let stop = (according..<n).first(where: { tokens[$0].key == "," && $0 > according + 2 }) ?? clauseEnd
            if according == 0 || stop >= clauseEnd {
                attribution = according..<stop
                if according > 0 { clauseEnd = according }
            }
        }
        // A quotation followed by its speaker: "“…,” he added.", "“…,” said Riyad Hijab, the HNC's coordinator."
        if tokens[0].kind == .quote, let close = (1..<n).first(where: { tokens[$0].kind == .quote }), close + 1 < clauseEnd,
            // "…,” their spokesperson, Ahmed Ramadan, said": an apposition may stand between.
            let speech = verbs.first(where: { $0.first > close && $0.first <= close + 9 && $0.entry.kind == .speech }),
            // "…,” said Riyad Hijab": a speaker after the verb; not after "told", whose object is the one told.
            var speakerIndex = mentions.lastIndex(where: { $0.first > close && $0.end <= speech.first })
                ?? mentions.firstIndex(where: {
                    $0.first >= speech.end && $0.first <= speech.end + 1 && $0.end <= clauseEnd
                        && !["told", "tells", "tell"].contains(tokens[speech.first].key)
                }),
            // "…,” RIA Novosti quoted Pankov as saying": the outlet reports; the one quoted speaks.
            Self.relayed(mentions[speakerIndex], speech, tokens, mentions).map({ speakerIndex = $0 }) != nil
                || !["MED", "NGO"].contains(mentions[speakerIndex].role ?? ""),
            let speaker = resolve(mentions[speakerIndex], speaker: nil, memory: memory), speaker.country != nil
        {
            // "…,” Obasanjo announced in Pretoria, where the talks began on 25 October": a relative clause's day is
            // not the words'.
            let saidEnd =
                (speech.end..<clauseEnd).first(where: { ["where", "which", "who", "when"].contains(tokens[$0].key) })
                ?? clauseEnd
            let dates = resolver.find(tokens, in: 0..<saidEnd, future: false)
            let date = dates.first(where: { $0.day != nil && !$0.background })?.day ?? resolver.published
            // A plain statement is the day it was said: dates inside the quotation are its content's.
            let spoken =
                resolver.find(tokens, in: close..<saidEnd, future: false).first(where: { $0.day != nil })?.day
                ?? resolver.published
            remember(speaker, &memory)
            memory.heard(speaker)
            // "We have agreed with …", "I will meet …": the speaker's own act, said in the first person.
            if var event = firstPersonAct(tokens, 1..<close, verbs: verbs, mentions: mentions, speaker: speaker, memory: memory) {
                event.date = date
                return event
            }
            // "“The United States and Turkey have agreed to a ceasefire,” Pence said on Tuesday": the act the words
            // report, on the day they were said unless they date it themselves.
            if let act = quotedAct(tokens, mentions: mentions, places: places, 1..<close, memory: memory) {
                var reported = redated(act, to: spoken)
                // "“The rebels violated the ceasefire today in Koch,” the army spokesman said": the side's accusation
                // too, as for a reported clause.
                if reported.also.isEmpty,
                    let accusation = Self.accusation(
                        by: speaker, of: act.source, code: act.code, target: act.target, on: spoken)
                {
                    reported.also = [accusation]
                }
                return reported
            }
            return DraftEvent(code: speech.entry.code, source: speaker, target: nil, date: spoken, location: nil, statement: true)
        }
        let mainEnd = attribution.map { $0.lowerBound > 0 ? $0.lowerBound : clauseEnd } ?? clauseEnd
        var mainStart = attribution.map { $0.lowerBound == 0 ? $0.upperBound : 0 } ?? 0
        // A dateline ("ASTANA (Reuters) -", "DAMASCUS, Syria (AP) —") is not part of the sentence's clause.
        if let dash = (0..<min(n, 10)).first(where: { ["-", "—", "–"].contains(tokens[$0].key) }), dash > 0,
            tokens[dash - 1].key == ")" || tokens[0].allCaps
        {
            mainStart = max(mainStart, dash + 1)
        }
        if Self.statesTerms(tokens, from: mainStart, to: mainEnd, verbs: verbs) {
            return attributedStatement(tokens, mentions: mentions, verbs: verbs, attribution: attribution, memory: &memory)
        }
        var lowerBound = mainStart
        // The code of the last verb passed in the clause.
        var previousCode: String?
        if mainStart < mainEnd,
            let passive = passiveAgreement(tokens, mentions, mainStart..<mainEnd, verbs: verbs, focus: memory.focusCountry),
            let date = date(tokens, mainStart..<mainEnd, attribution: attribution, future: false, verb: passive.verb)
        {
            let location = places.first(where: { $0.index >= passive.verb.lowerBound && $0.index < mainEnd })?.place
            let target =
                passive.target
                ?? territory(
                    passive.code, location, at: passive.verb.lowerBound, focus: memory.focusCountry,
                    source: passive.source.country)
            remember(passive.source, &memory)
            return DraftEvent(
                code: passive.code, source: passive.source, target: target, date: date, location: location,
                statement: false)
        }
        // "talks between …" (04 nouns) code only when the clause has no act.
        for verb in verbs
        where verb.first >= mainStart && verb.end <= mainEnd && !(verb.entry.kind == .noun && verb.entry.code.hasPrefix("04")) {
            // ", which backs Assad, said": a verb of a relative clause does not end the main clause's subject.
            let relative = (max(mainStart + 1, verb.first - 3)..<max(mainStart + 1, verb.first)).last(where: {
                Self.opensRelativeClause($0, tokens)
            })
            let inRelative = relative != nil
            // "commanders at the scene of the fighting accused …": an event noun inside a prepositional phrase does not
            // end the subject either.
            let inPhrase = verb.entry.kind == .noun && Self.afterPreposition(verb.first, tokens, from: mainStart)
            defer {
                if !inRelative && !inPhrase {
                    lowerBound = verb.end
                    previousCode = verb.entry.code
                }
            }
            if verb.entry.kind == .noun {
                if let event = nounEvent(verb, tokens, mentions: mentions, limit: mainEnd, places: places, memory: &memory) {
                    return event
                }
                continue
            }
            // "Russia, whose jets have pounded Idlib for weeks, called …", "The Houthis, whom the coalition accuses of
            // …, agreed …": the relative clause's own act describes an actor; the main verb is the news.
            if let relative, ["whose", "whom"].contains(tokens[relative].key) || tokens[relative - 1].key == "of" {
                continue
            }
            // ", accusing the Houthis of …": a participle after a comma is only the previous verb's second act.
            if verb.first > 0, tokens[verb.first - 1].key == ",", tokens[verb.first].key.hasSuffix("ing") { continue }
            if verb.passive,
                let event = passiveEvent(
                    verb, tokens, mentions: mentions, from: lowerBound, mainStart: mainStart,
                    mainEnd: mainEnd, attribution: attribution, places: places, memory: &memory)
            {
                return event
            }
            if verb.passive { continue }
            // "a civil war that has killed tens of thousands": the relative pronoun is the verb's subject.
            if afterRelativePronoun(verb.first, tokens) { continue }
            // "the Berlin summit, during which Hollande met Putin": a relative clause about something past.
            if (max(mainStart, verb.first - 12)..<verb.first).contains(where: {
                $0 > 0 && tokens[$0].key == "which" && ["during", "at", "in", "after", "before"].contains(tokens[$0 - 1].key)
            }) {
                continue
            }
            guard let subjectIndex = subject(before: verb.first, from: lowerBound, tokens, mentions) else { continue }
            // "Faisal urged the Indian side to respect the ceasefire": after an appeal, demand or threat, the actor
            // right before an infinitive is its addressee, not the infinitive's subject ("allowed Hamas to release
            // hostages" still releases them).
            if verb.first > 1, tokens[verb.first - 1].key == "to", lowerBound > mainStart,
                let previousCode, ["02", "10", "13"].contains(previousCode.prefix(2)),
                mentions[subjectIndex].first >= lowerBound, mentions[subjectIndex].end == verb.first - 1
            {
                continue
            }
            // "a visit by Erdogan to Moscow, where he discussed Idlib": "he" is the person named earlier in the sentence.
            let antecedent =
                mentions[subjectIndex].pronoun == .personal
                ? mentions[..<subjectIndex].last(where: { $0.isPerson && $0.pronoun == nil && $0.country != nil }) : nil
            guard var source = resolve(mentions[subjectIndex], speaker: antecedent, memory: memory), source.country != nil
            else {
                continue
            }
            var partner: Mention?
            var middle: [Mention] = []
            var first = subjectIndex
            // A list ends in "and" (", and"): "In Syria, Turkey …" is none.
            while let (previous, joint) = previousConjunct(first, tokens, mentions),
                partner != nil || tokens[joint].key == "and" || tokens[joint + 1].key == "and"
            {
                // "Hezbollah and other militias": one group, led by the first.
                if partner == nil && tokens[joint + 1].key == "other" {
                    first = previous
                    source = mentions[first]
                    break
                }
                if partner != nil { middle.insert(source, at: 0) }
                partner = partner ?? source
                first = previous
                source = mentions[first]
            }
            if habitual(tokens, from: mentions[subjectIndex].end, to: verb.first) { return nil }
            // "It is not clear whether the YPG will accept the deal", "if the rebels reject it": no act yet.
            var opener = mentions[first].first - 1
            if opener > 0, ["the", "a", "an"].contains(tokens[opener].key) { opener -= 1 }
            if opener >= 0, ["whether", "if", "unless"].contains(tokens[opener].key) { continue }
            // "Libya, in turmoil since an uprising killed Gaddafi": the verb belongs to a "since" clause.
            // "The government and the rebels, at war since 2020, have agreed": a phrase set off by commas is not.
            if let since = (mentions[subjectIndex].end..<verb.first).first(where: { tokens[$0].key == "since" }),
                !(since..<verb.first).contains(where: { tokens[$0].key == "," })
            {
                continue
            }
            if source.bareAdjective && partner != nil && partner!.country == source.country { partner = nil }
            rememberGroup([source] + middle + (partner.map { [$0] } ?? []), &memory)
            if mentions[subjectIndex].pronoun == .group
                || (mentions[subjectIndex].pronoun == .other && tokens[mentions[subjectIndex].first].key == "they"),
                memory.lastGroup.count > 1
            {
                partner = stand(memory.lastGroup[1], for: mentions[subjectIndex])
            }
            var target: Mention?
            remember(source, &memory)
            var (future, negated) = modality(tokens, from: mentions[subjectIndex].end, to: verb.first)
            if mentions[first].first > 0 && tokens[mentions[first].first - 1].key == "no" { negated = true }
            if partner == nil && reciprocal(source, tokens) { partner = source }
            if verb.entry.kind == .speech {
                let second = middle.first.flatMap { resolve($0, speaker: nil, memory: memory) } ?? partner
                return speechEvent(
                    verb, source: source, partner: second, tokens, mentions: mentions, verbs: verbs, mainEnd: mainEnd,
                    attribution: attribution, places: places, memory: &memory, negated: negated)
            }
            // "mounted a diplomatic offensive": no force.
            if Self.usesForce(verb.entry.code),
                (verb.first..<verb.end).contains(where: { Self.unarmed.contains(tokens[$0].key) })
            {
                continue
            }
            guard var code = adjust(verb.entry.code, future: future, negated: negated, tokens: tokens) else { return nil }
            code = Self.agreementCode(code, verb, tokens, mentions, together: partner != nil, limit: mainEnd)
            // "agreed to join the talks", "pledged to attend the conference": an intent to meet.
            if ["030", "057"].contains(code),
                let to = (verb.end..<min(mainEnd, verb.end + 4)).first(where: { tokens[$0].key == "to" }),
                verbs.contains(where: { $0.first == to + 1 && $0.entry.kind == .verb && $0.entry.code.hasPrefix("04") })
            {
                code = "036"
            }
            // "gave no details", "gave the rebels 12 hours", "provides for a ceasefire": giving that is no aid.
            if verb.entry.code.hasPrefix("07"), Self.givesNoAid(verb, tokens, limit: mainEnd) { continue }
            // "received the list of …": hosting needs a guest right after the verb.
            if verb.entry.code == "043", tokens[verb.first].key.hasPrefix("receiv"),
                !mentions.contains(where: { $0.first >= verb.end && $0.first <= verb.end + 2 })
            {
                continue
            }
            // "Hamas and Islamic Jihad confirmed the ceasefire": allies of one side act together, toward the other.
            if let other = partner, other.first != source.first, other.country == source.country, other.role != nil,
                other.role == source.role, middle.isEmpty
            {
                partner = nil
            }
            if target == nil, let partner, Self.sharedAct(code) {
                // "X and Y agreed", "X and Y held talks": each the other's counterpart. "Russia, Turkey and Iran
                // signed": the first listed is the source, the second the target (the rest are further targets).
                target = partner
                if let second = middle.first, let resolved = resolve(second, speaker: nil, memory: memory),
                    resolved.country != nil, resolved.country != source.country
                {
                    target = resolved
                }
            }
            // "Armenia and Azerbaijan accused each other of … targeting civilian areas": each the other's target.
            if target == nil, let partner, partner.country != source.country,
                Self.saysMutual(verb, tokens, limit: mainEnd)
            {
                target = partner
            }
            // A second verb of the subject ("… and urged all parties") ends the first one's object.
            let conjoined = conjoinedAct(after: verb, verbs: verbs, tokens, mentions, limit: mainEnd)
            // A participle's second act ends a verbal act's object at the comma; an attack's object may follow it
            // ("struck the camp in central Gaza on Sunday, accusing Hamas of …").
            let objectEnd =
                conjoined.flatMap { c in
                    (verb.end..<c.first).last { tokens[$0].key == "and" || (tokens[$0].key == "," && code < "09") }
                } ?? mainEnd
            if target == nil {
                target =
                    object(
                        after: verb.first + 1, limit: objectEnd, tokens, mentions, source: source, memory: memory,
                        patternEnd: verb.end, participleEnds: code < "09", attack: Self.usesForce(code))
                    ?? (Self.againstEachOther(code, verb, tokens, limit: mainEnd) ? partner : nil)
                    ?? object(
                        after: verb.first + 1, limit: objectEnd, tokens, mentions, source: source, memory: memory,
                        places: Self.targetsTerritory(code), patternEnd: verb.end, participleEnds: code < "09",
                        attack: Self.usesForce(code))
            }
            // "Netanyahu called the attack a violation": the attack is the last one coded, and its author the target.
            if target == nil, ["11", "12", "13", "16", "17"].contains(code.prefix(2)),
                let attacker = memory.lastAttacker, attacker.country != source.country || attacker.role != source.role,
                let noun = Self.theAttack(tokens, after: verb.first + 1, limit: objectEnd)
            {
                target = stand(attacker, for: Mention(first: noun, end: noun + 1))
            }
            guard
                let date = date(
                    tokens, mainStart..<mainEnd, attribution: attribution, future: future, verb: verb.first..<verb.end,
                    content: Self.contentAfter(code))
            else { return nil }
            let location = places.first(where: { $0.index >= verb.first && $0.index < mainEnd })?.place
            let named = target
            target =
                target ?? territory(code, location, at: verb.first, focus: memory.focusCountry, source: source.country)
            var event = DraftEvent(
                code: code, source: source, target: target, date: date, location: location, statement: false)
            // The rest of a list: more counterparts of a shared act ("Russia, Turkey and Iran signed") or of the
            // object ("met Russia, Turkey and the UN"), more actors of any other act ("France and Britain requested").
            let members =
                mentions[subjectIndex].pronoun == .group
                ? (memory.lastGroup.count > 2 && !paired(mentions[subjectIndex], tokens)
                    ? memory.lastGroup.dropFirst(2).map { stand($0, for: mentions[subjectIndex]) } : [])
                : (middle + (partner.map { [$0] } ?? [])).compactMap { resolve($0, speaker: nil, memory: memory) }
            event.moreTargets = moreCounterparts(
                listed: partner != nil && Self.sharedAct(code) ? members : nil, source: source, target: target, tokens,
                mentions, limit: mainEnd, memory: memory)
            if let partner, !Self.sharedAct(code), !code.hasPrefix("01"), partner.first != target?.first,
                partner.country != source.country
            {
                let others = middle.compactMap { resolve($0, speaker: nil, memory: memory) } + [partner]
                event.moreSources = Self.distinct(others, besides: [source, target])
            }
            if let second = conjoined {
                let (future2, negated2) = modality(tokens, from: verb.end, to: second.first)
                if var code2 = adjust(second.entry.code, future: future2 || future, negated: negated2, tokens: tokens),
                    !code2.hasPrefix("01")
                {
                    code2 = Self.agreementCode(code2, second, tokens, mentions, together: partner != nil, limit: mainEnd)
                    let location2 = places.first(where: { $0.index >= second.first && $0.index < mainEnd })?.place
                    // ", accusing it of …": "it" and "them" stand for the first act's counterpart.
                    let pronounObject = second.end < mainEnd && ["it", "them"].contains(tokens[second.end].key)
                    let target2 =
                        (pronounObject ? named : nil)
                        ?? (pronounObject
                            ? nil
                            : object(
                                after: second.first + 1, limit: mainEnd, tokens, mentions, source: source, memory: memory,
                                patternEnd: second.end))
                        // "summoned India's envoy and lodged a protest": a second hostile act with no object of its
                        // own is toward the first one's foreign counterpart.
                        ?? named.flatMap { $0.country != nil && $0.country != source.country && code2 >= "10" ? $0 : nil }
                        ?? territory(code2, location2, at: second.first, focus: memory.focusCountry, source: source.country)
                    if code2 != code || target2?.country != target?.country {
                        // The same subject, so the same list of actors.
                        var also = DraftEvent(
                            code: code2, source: source, target: target2, date: date, location: location2 ?? location,
                            statement: false)
                        also.moreSources = event.moreSources
                        event.also = [also]
                    }
                }
            }
            // "Kiev forces have violated the ceasefire, the LPR's militia said": the other side's accusation too.
            if event.also.isEmpty, let zone = attribution,
                let (speaker, _) = attributionSpeaker(tokens, mentions: mentions, verbs: verbs, attribution: zone),
                let accuser = resolve(speaker, speaker: nil, memory: memory),
                let accusation = Self.accusation(
                    by: accuser, of: source, code: code, target: event.target,
                    on: resolver.find(tokens, in: zone, future: false).first(where: { $0.day != nil })?.day
                        ?? resolver.published)
            {
                event.also = [accusation]
            }
            // Only words that say so make an act mutual ("exchanged fire", "accused each other"): allies launching an
            // offensive together do not attack each other.
            event.mutual =
                partner != nil && target.map { $0.country != nil && $0.country != source.country } ?? false
                && Self.saysMutual(verb, tokens, limit: mainEnd)
            return event
        }
        for verb in verbs where verb.entry.kind == .noun && verb.entry.code.hasPrefix("04") {
            guard verb.first >= mainStart && verb.end <= mainEnd else { continue }
            if let event = nounEvent(verb, tokens, mentions: mentions, limit: mainEnd, places: places, memory: &memory) {
                return event
            }
        }
        if let talks = talksBegin(
            tokens, mentions: mentions, from: mainStart, to: mainEnd, attribution: attribution, memory: memory)
        {
            return talks
        }
        // Nothing coded in the clause: ", U.N. envoy Staffan de Mistura said" still records the speaker's statement.
        return attributedStatement(tokens, mentions: mentions, verbs: verbs, attribution: attribution, memory: &memory)
    }

    /// The speaker of an attribution and its speech verb: ", the army said"; "according to the militia of the LPR, …"
    /// has no verb.
    private func attributionSpeaker(
        _ tokens: [Token], mentions: [Mention], verbs: [VerbMatch], attribution: Range<Int>?
    ) -> (speaker: Mention, speech: VerbMatch?)? {
        guard let zone = attribution else { return nil }
        if tokens[zone.lowerBound].key == "according" {
            return mentions.first(where: { $0.first > zone.lowerBound + 1 && $0.end <= zone.upperBound && $0.pronoun == nil })
                .map { ($0, nil) }
        }
        guard let speech = verbs.first(where: { $0.first > zone.lowerBound && $0.entry.kind == .speech }),
            let speaker = mentions.last(where: { $0.first > zone.lowerBound && $0.end <= speech.first && $0.pronoun == nil })
        else { return nil }
        return (speaker, speech)
    }

    /// The statement of the speaker of a trailing attribution (", U.N. envoy Staffan de Mistura said"), for a clause
    /// with no act of its own; not for outlets and monitors, whose reports are sources rather than acts.
    private func attributedStatement(
        _ tokens: [Token], mentions: [Mention], verbs: [VerbMatch], attribution: Range<Int>?, memory: inout DocumentMemory
    ) -> DraftEvent? {
        guard let zone = attribution, zone.lowerBound > 0,
            let (speaker, speech) = attributionSpeaker(tokens, mentions: mentions, verbs: verbs, attribution: zone),
            let speech, speaker.country != nil, let role = speaker.role, ["GOV", "IGO", "MIL", "OPP", "REB"].contains(role)
        else { return nil }
        let date = resolver.find(tokens, in: zone, future: false).first(where: { $0.day != nil })?.day ?? resolver.published
        remember(speaker, &memory)
        return DraftEvent(code: speech.entry.code, source: speaker, target: nil, date: date, location: nil, statement: true)
    }

    // MARK: - Parts

    /// "The ceasefire was violated by the rebels", "… was attacked by Burundian militiamen": the agent after "by" is
    /// the source, the subject (if an actor) the target.
    private func passiveEvent(
        _ verb: VerbMatch, _ tokens: [Token], mentions: [Mention], from lowerBound: Int, mainStart: Int, mainEnd: Int,
        attribution: Range<Int>?, places: [(index: Int, place: EventLocation)], memory: inout DocumentMemory
    ) -> DraftEvent? {
        if let fired = firedFrom(
            verb, tokens, mentions: mentions, mainStart: mainStart, mainEnd: mainEnd,
            attribution: attribution, places: places)
        {
            return fired
        }
        guard verb.entry.kind == .verb,
            let by = (verb.end..<min(mainEnd, verb.end + 6)).first(where: { tokens[$0].key == "by" }),
            let agent = mentions.first(where: { $0.first > by && $0.first <= by + 3 }),
            let source = resolve(agent, speaker: nil, memory: memory), source.country != nil
        else { return nil }
        var target = subject(before: verb.first, from: lowerBound, tokens, mentions).flatMap {
            resolve(mentions[$0], speaker: nil, memory: memory)
        }
        let (future, negated) = modality(tokens, from: max(lowerBound, verb.first - 4), to: verb.first)
        guard let code = adjust(verb.entry.code, future: future, negated: negated, tokens: tokens),
            let date = date(tokens, mainStart..<mainEnd, attribution: attribution, future: future, verb: verb.first..<verb.end)
        else { return nil }
        // "signed by Moscow and Ankara": the next agent is the counterpart of a cooperative act.
        if target == nil, ["03", "04", "05", "06", "08"].contains(code.prefix(2)), agent.end < mainEnd,
            tokens[agent.end].key == "and",
            let other = mentions.first(where: { $0.first > agent.end && $0.first <= agent.end + 2 && $0.pronoun == nil })
        {
            target = other
        }
        remember(source, &memory)
        let location = places.first(where: { $0.index >= verb.first && $0.index < mainEnd })?.place
        return DraftEvent(code: code, source: source, target: target, date: date, location: location, statement: false)
    }

    /// "Two rockets were fired from the Gaza Strip into southern Israel": an attack in the passive with no agent,
    /// fired from a place, is the attack of that place's country, on the country it was fired into or at.
    private func firedFrom(
        _ verb: VerbMatch, _ tokens: [Token], mentions: [Mention], mainStart: Int, mainEnd: Int, attribution: Range<Int>?,
        places: [(index: Int, place: EventLocation)]
    ) -> DraftEvent? {
        guard Self.usesForce(verb.entry.code),
            !(verb.end..<min(mainEnd, verb.end + 6)).contains(where: { tokens[$0].key == "by" }),
            verb.end < mainEnd, tokens[verb.end].key == "from",
            let origin = country(after: verb.end, tokens, mentions: mentions, places: places, limit: mainEnd)
        else { return nil }
        let from = verb.end
        var into: Int?
        var hit: String?
        for k in from + 1..<min(mainEnd, from + 12) where Self.firedAt.contains(tokens[k].key) {
            if let country = country(after: k, tokens, mentions: mentions, places: places, limit: mainEnd) {
                (into, hit) = (k, country)
                break
            }
        }
        guard hit != origin,
            let date = date(tokens, mainStart..<mainEnd, attribution: attribution, future: false, verb: verb.first..<verb.end)
        else { return nil }
        let location = places.first(where: { $0.index > from && $0.index < mainEnd && $0.place.country == hit })?.place
        return DraftEvent(
            code: verb.entry.code, source: countryMention(origin, at: from + 1),
            target: hit.map { countryMention($0, at: into ?? from) }, date: date, location: location, statement: false)
    }

    /// The country of the place or state named right after `index` ("from the Gaza Strip", "into southern Israel").
    private func country(
        after index: Int, _ tokens: [Token], mentions: [Mention], places: [(index: Int, place: EventLocation)], limit: Int
    ) -> String? {
        guard index + 1 < limit else { return nil }
        let window = index + 1...min(limit - 1, index + 3)
        let named = mentions.first(where: {
            window.contains($0.first) && $0.pronoun == nil && $0.country != nil && $0.country != "IGO"
        })
        let place = places.first(where: { window.contains($0.index) })
        // The nearer of the two, a place first: "from Gaza at Israel" is from Gaza (which a mention may join to
        // "at Israel").
        if let named, place.map({ named.first < $0.index }) ?? true { return named.country }
        if let place { return place.place.country }
        // A state joined to the mention before it ("Gaza at Israel").
        return mentions.first(where: { $0.first < index && $0.end > index + 1 && $0.pronoun == nil })
            .flatMap { m in (index + 1..<m.end).contains(where: { tokens[$0].capitalized }) ? m.country : nil }
    }

    /// Whether listed actors act against each other with no object named: they fight ("clashed"), trade blows or
    /// words ("exchanged accusations"), or say so ("accused each other").
    private static func againstEachOther(_ code: String, _ verb: VerbMatch, _ tokens: [Token], limit: Int) -> Bool {
        code.hasPrefix("19") || code.hasPrefix("18") || saysMutual(verb, tokens, limit: limit)
    }

    /// Whether the words make an act mutual: "exchanged", "traded", or "each other" / "one another" after the verb.
    private static func saysMutual(_ verb: VerbMatch, _ tokens: [Token], limit: Int) -> Bool {
        if ["exchanged", "exchange", "exchanging", "traded", "trade", "trading"].contains(tokens[verb.first].key) {
            return true
        }
        return (verb.end..<min(limit, verb.end + 4)).contains {
            $0 + 1 < limit && ["each", "one"].contains(tokens[$0].key) && ["other", "another"].contains(tokens[$0 + 1].key)
        }
    }

    /// A second verb of the same subject joined by "and" ("announced a ceasefire and called for talks", "has
    /// welcomed the deal and has urged …"): no actor stands between "and" and the verb, and both verbs have the same
    /// form, so that "and" joins verbs, not nouns.
    private func conjoinedAct(
        after verb: VerbMatch, verbs: [VerbMatch], _ tokens: [Token], _ mentions: [Mention], limit: Int
    ) -> VerbMatch? {
        // ", accusing the Polisario of blocking the road", ", warning that it would respond": a verbal act in a
        // participle after a comma is the subject's second act.
        if let second = verbs.first(where: { $0.first > verb.end && $0.end <= limit && !$0.passive }),
            second.first > verb.end + 1, tokens[second.first - 1].key == ",", tokens[second.first].key.hasSuffix("ing"),
            Self.participleActs.contains(String(second.entry.code.prefix(2))),
            !(verb.end..<second.first).contains(where: {
                Self.clauseBreakers.contains(tokens[$0].key) || tokens[$0].kind == .quote
            })
        {
            return second
        }
        guard
            let second = verbs.first(where: {
                $0.first > verb.end && $0.end <= limit && $0.entry.kind == .verb && !$0.passive
            }),
            let and = (verb.end..<second.first).last(where: { tokens[$0].key == "and" }),
            (and + 1..<second.first).allSatisfy({
                Self.adverbs.contains(tokens[$0].key) || ["has", "have", "had"].contains(tokens[$0].key)
            }),
            !(verb.end..<second.first).contains(where: {
                Self.clauseBreakers.contains(tokens[$0].key) || tokens[$0].kind == .quote
            }),
            !mentions.contains(where: { $0.first > and && $0.first < second.first })
        else { return nil }
        // "a smooth and coordinated disarmament": an adjective before a noun is no verb.
        let next = second.end < limit ? tokens[second.end].key : ""
        guard
            second.end > second.first + 1 || Self.determiners.contains(next) || Self.prepositions.contains(next)
                || ["that", "all", "both"].contains(next)
                || mentions.contains(where: { $0.first == second.end || $0.first == second.end + 1 })
        else { return nil }
        let a = tokens[verb.first].key
        let b = tokens[second.first].key
        let sameForm =
            (a.hasSuffix("ed") && b.hasSuffix("ed")) || (a.hasSuffix("s") && b.hasSuffix("s") && !a.hasSuffix("ss"))
            || (and + 1 < second.first && ["has", "have", "had"].contains(tokens[and + 1].key))
        return sameForm ? second : nil
    }

    /// The counterparts of an act beyond its target, one of a country: the rest of the subject's list for a shared
    /// act (`listed`), else the list the target heads ("met Russia, Turkey and the UN").
    private func moreCounterparts(
        listed: [Mention]?, source: Mention, target: Mention?, _ tokens: [Token], _ mentions: [Mention], limit: Int,
        memory: DocumentMemory
    ) -> [Mention] {
        if let listed { return Self.distinct(listed, besides: [source, target]) }
        guard let target, let index = mentions.firstIndex(where: { $0.first == target.first && $0.end == target.end })
        else { return [] }
        let following = followingConjuncts(index, tokens, mentions, limit: limit).compactMap {
            resolve($0, speaker: nil, memory: memory)
        }
        return Self.distinct(following, besides: [source, target])
    }

    /// Whether a group reference names two ("the two sides", "both countries"): the last list's first two members.
    private func paired(_ mention: Mention, _ tokens: [Token]) -> Bool {
        (mention.first..<mention.end).contains { ["two", "both"].contains(tokens[$0].key) }
    }

    /// Actors of distinct countries, none of them the country of one of `besides`.
    private static func distinct(_ actors: [Mention], besides: [Mention?]) -> [Mention] {
        var seen = Set(besides.compactMap { $0?.country })
        return actors.filter { m in
            guard let country = m.country, !seen.contains(country) else { return false }
            seen.insert(country)
            return true
        }
    }

    /// The members of a list that follow `mentions[index]` ("Russia, Turkey and the UN"), if the list closes with
    /// "and"; an apposition after a comma alone ("Lavrov, Russia's foreign minister") is none.
    private func followingConjuncts(_ index: Int, _ tokens: [Token], _ mentions: [Mention], limit: Int) -> [Mention] {
        var out: [Mention] = []
        var current = index
        var j = index + 1
        while j < mentions.count, mentions[j].end <= limit {
            if mentions[j].pronoun == .possessive {
                j += 1
                continue
            }
            guard mentions[j].pronoun == nil, let (previous, joint) = previousConjunct(j, tokens, mentions),
                previous == current
            else { break }
            out.append(mentions[j])
            if tokens[joint].key == "and" || tokens[joint + 1].key == "and" { return out }
            current = j
            j += 1
        }
        return []
    }

    /// The list member before `mentions[index]` and the "and" or "," joining them, skipping a possessive
    /// ("Putin and his Turkish counterpart Erdogan").
    private func previousConjunct(_ index: Int, _ tokens: [Token], _ mentions: [Mention]) -> (Int, Int)? {
        var start = mentions[index].first
        var before = index - 1
        if before > 0, mentions[before].pronoun == .possessive, mentions[before].end == start {
            start = mentions[before].first
            before -= 1
        }
        guard before >= 0, let joint = conjunction(before: start, tokens), mentions[before].end == joint,
            mentions[before].pronoun == nil
        else { return nil }
        return (before, joint)
    }

    /// The index of "and" or "," (skipping an article or one adjective after it) just before `index`, joining two
    /// actors: "Russia, Turkey and Iran", "government troops and allied militias".
    private func conjunction(before index: Int, _ tokens: [Token]) -> Int? {
        var k = index - 1
        // "and the Iran-aligned Houthi movement": a patron's compound before the name.
        if k >= 0, MentionFinder.isCompoundModifier(tokens[k].key) { k -= 1 }
        if k >= 0, ["the", "a", "an"].contains(tokens[k].key) { k -= 1 }
        if k >= 1, tokens[k].kind == .word, !tokens[k].capitalized, tokens[k - 1].key == "and",
            dictionary.verbs.longestMatch(tokens, at: k, limit: tokens.count) == nil
        {
            k -= 1
        }
        guard k >= 1, tokens[k].key == "and" || tokens[k].key == "," else { return nil }
        if tokens[k].key == "and" && tokens[k - 1].key == "," { return k - 1 }  // "Norway, Britain, and the US"
        return k
    }

    private func verbMatches(_ tokens: [Token], mentions: [Mention]) -> [VerbMatch] {
        var out: [VerbMatch] = []
        var inMention = [Bool](repeating: false, count: tokens.count)
        for m in mentions {
            for k in m.first..<m.end where m.pronoun == nil { inMention[k] = true }
        }
        var i = 0
        let n = tokens.count
        while i < n {
            // "Two rockets were fired from the Gaza Strip": the place it came from names its side (`firedFrom`).
            if i > 0, i + 1 < n, Self.firedWords.contains(tokens[i].key), tokens[i + 1].key == "from",
                let previous = previousWord(tokens, before: i), Self.beForms.contains(tokens[previous].key)
            {
                out.append(VerbMatch(first: i, end: i + 1, entry: Self.firedFromEntry, passive: true))
                i += 1
                continue
            }
            guard tokens[i].kind == .word, !inMention[i], let match = dictionary.verbs.longestMatch(tokens, at: i, limit: n),
                var entry = match.values.first
            else {
                i += 1
                continue
            }
            // "regime shelling hit …": a gerund that is also an event noun is the noun, unless after "is", "were" or
            // before its object ("rebels fighting the regime").
            if entry.kind != .noun, tokens[i].key.hasSuffix("ing"), let noun = match.values.first(where: { $0.kind == .noun }),
                !(previousWord(tokens, before: i).map { Self.beForms.contains(tokens[$0].key) } ?? false),
                match.end >= n || !(inMention[match.end] || Self.determiners.contains(tokens[match.end].key))
            {
                entry = noun
            }
            // "Clashes broke out …": a sentence does not open with its verb.
            if entry.kind != .noun, i == 0, let noun = match.values.first(where: { $0.kind == .noun }) { entry = noun }
            var passive = false
            if entry.kind != .noun {
                let previous = previousWord(tokens, before: i)
                if tokens[i].capitalized && i > 0 {
                    i += 1
                    continue
                }
                if let previous,
                    Self.determiners.contains(tokens[previous].key) || Self.nounPrepositions.contains(tokens[previous].key)
                {
                    i += 1
                    continue
                }
                // "the October 7 attacks": a word with a noun reading after a number is the noun ("on December 13
                // fired missiles" keeps its verb).
                if i > 0, tokens[i - 1].kind == .number, let noun = match.values.first(where: { $0.kind == .noun }) {
                    out.append(VerbMatch(first: i, end: match.end, entry: noun, passive: false))
                    i = match.end
                    continue
                }
                // "by mortar shells", "with artillery strikes": a noun after a modifier after a preposition.
                if let previous, previous == i - 1, previous > 0, !inMention[previous], tokens[previous].kind == .word,
                    !tokens[previous].capitalized, Self.nounPrepositions.contains(tokens[previous - 1].key),
                    tokens[i].key.hasSuffix("s")
                {
                    i += 1
                    continue
                }
                // "their determination to fight ISIL", "a plan to withdraw": an infinitive completing a noun.
                if let previous, tokens[previous].key == "to", previous > 0,
                    Self.infinitiveNouns.contains(tokens[previous - 1].key)
                {
                    i = match.end
                    continue
                }
                let isBe = previous.map { Self.beForms.contains(tokens[$0].key) } ?? false
                // A gerund is no finite verb, except in "after holding talks", whose subject is the clause's, and
                // after a verb of aspect ("continue discussing", "resumed shelling").
                let aspect = previous.map { Self.aspectVerbs.contains(tokens[$0].key) } ?? false
                // ", accusing the Polisario of …" is a second verbal act of the clause's subject (see `conjoinedAct`).
                let verbalParticiple =
                    i > 0 && tokens[i - 1].key == "," && entry.kind != .noun
                    && Self.participleActs.contains(String(entry.code.prefix(2)))
                if tokens[i].key.hasSuffix("ing") && !isBe && !aspect && !verbalParticiple
                    && !(i > 0 && ["after", "following", "before"].contains(tokens[i - 1].key))
                {
                    i += 1
                    continue
                }
                // A reduced relative clause ("the committee supported by Riyadh", "a statement released after the
                // talks" after the clause's verb) modifies a noun; it is no act.
                if !isBe, tokens[i].key.hasSuffix("ed"), let previous, !Self.auxiliaries.contains(tokens[previous].key),
                    (match.end == i + 1 && match.end < n && tokens[match.end].key == "by")
                        || (previous == i - 1 && previous > 0 && !inMention[previous] && !tokens[previous].capitalized
                            && ["a", "an", "the"].contains(tokens[previous - 1].key)
                            && out.contains(where: { $0.entry.kind != .noun }))
                {
                    i = match.end
                    continue
                }
                if isBe && !tokens[i].key.hasSuffix("ing")
                    && (match.end..<min(n, match.end + 6)).contains(where: { tokens[$0].key == "by" })
                {
                    passive = true
                } else if isBe && !tokens[i].key.hasSuffix("ing") && !Self.stative.contains(tokens[i].key) {
                    // A passive without its agent ("were killed in …") names no source.
                    i = match.end
                    continue
                }
            }
            out.append(VerbMatch(first: i, end: match.end, entry: entry, passive: passive))
            i = match.end
        }
        return out
    }

    /// The word before `index`, skipping adverbs.
    private func previousWord(_ tokens: [Token], before index: Int) -> Int? {
        var k = index - 1
        while k >= 0 {
            if tokens[k].kind == .word && !Self.adverbs.contains(tokens[k].key) && !Self.isAdverb(tokens[k]) { return k }
            if tokens[k].kind != .word { return nil }
            k -= 1
        }
        return nil
    }

    /// An adverb in "-ly" ("were lightly wounded", "have formally agreed").
    static func isAdverb(_ token: Token) -> Bool {
        !token.capitalized && token.key.count > 4 && token.key.hasSuffix("ly")
    }

    private func subject(before verbIndex: Int, from lowerBound: Int, _ tokens: [Token], _ mentions: [Mention]) -> Int? {
        if unnamedSubject(before: verbIndex, from: lowerBound, tokens, mentions) { return nil }
        var index = mentions.count - 1
        let relative = relativeClause(before: verbIndex, from: lowerBound, tokens)
        while index >= 0 {
            let m = mentions[index]
            defer { index -= 1 }
            guard m.end <= verbIndex else { continue }
            if m.first < lowerBound { return nil }
            if let relative, relative.contains(m.first) { continue }
            if (m.end..<verbIndex).contains(where: {
                Self.clauseBreakers.contains(tokens[$0].key) && !(relative?.contains($0) ?? false)
            }) {
                return nil
            }
            // "to Moscow", "to the UN Security Council", "led by the former vice-president": the object of a
            // preposition ("In the north Syrian troops shelled …" keeps its subject).
            var before = m.first - 1
            if before > 1, tokens[before].kind == .word, !tokens[before].capitalized,
                ["the", "a", "an"].contains(tokens[before - 1].key), tokens[before - 2].key == "by"
            {
                before -= 1  // one adjective after the article
            }
            if before > 0 && ["the", "a", "an"].contains(tokens[before].key) { before -= 1 }
            // "a joint statement from France and Italy welcomed": the statement's authors are the subject.
            if before >= 0 && Self.prepositions.contains(tokens[before].key)
                && !(["from", "by", "of"].contains(tokens[before].key) && before > 0
                    && Self.statementNouns.contains(tokens[before - 1].key))
            {
                continue
            }
            if let group = governedGroup(index, tokens, mentions) {
                index = group  // the whole group (the loop steps before it)
                continue
            }
            // "Coalition forces fighting Houthi militias have declared …", "the coalition supporting the legitimate
            // Yemeni government said": the object of a participle after the subject.
            var participle = before
            if participle > lowerBound, !tokens[participle].key.hasSuffix("ing"), tokens[participle].kind == .word,
                !tokens[participle].capitalized, !Self.prepositions.contains(tokens[participle].key),
                ["the", "a", "an"].contains(tokens[participle - 1].key)
            {
                participle -= 2  // one adjective and its article
            }
            if participle > lowerBound, tokens[participle].kind == .word, !tokens[participle].capitalized,
                tokens[participle].key.hasSuffix("ing"),
                index > 0, mentions[index - 1].end == participle
            {
                continue
            }
            if m.pronoun == .possessive && m.end - m.first == 1 { continue }
            // "The Houthis and their allies agreed": the one named leads the group.
            if m.pronoun == .possessive, index > 0, let joint = conjunction(before: m.first, tokens),
                mentions[index - 1].end == joint
            {
                continue
            }
            if m.pronoun == nil && m.country == nil && m.role == nil { continue }
            // An infinitive ("… has sent experts to Bosnia to investigate") takes the clause's first subject.
            if verbIndex > 0 && tokens[verbIndex - 1].key == "to", m.end == verbIndex - 1, index > 0,
                let earlier = subject(before: m.first, from: lowerBound, tokens, mentions)
            {
                return earlier
            }
            return index
        }
        return nil
    }

    /// "Speaking about ISIL, the source said": after the clause's last comma, a noun phrase with no actor in it is the
    /// verb's subject, so no actor named earlier is.
    private func unnamedSubject(before verbIndex: Int, from lowerBound: Int, _ tokens: [Token], _ mentions: [Mention])
        -> Bool
    {
        guard let comma = (lowerBound..<verbIndex).last(where: { tokens[$0].key == "," }), comma + 2 < verbIndex,
            ["the", "a", "an", "this", "these", "those"].contains(tokens[comma + 1].key)
        else { return false }
        let phrase = (comma + 1)..<verbIndex
        guard phrase.allSatisfy({ tokens[$0].kind == .word }) else { return false }
        return !mentions.contains(where: { phrase.contains($0.first) })
    }

    /// ", which supported rebels trying to overthrow Assad," just before the verb: the relative clause's tokens, whose
    /// actors are not the verb's subject.
    private func relativeClause(before verbIndex: Int, from lowerBound: Int, _ tokens: [Token]) -> Range<Int>? {
        var close = verbIndex - 1
        while close > lowerBound && tokens[close].kind == .word
            && (Self.adverbs.contains(tokens[close].key) || Self.auxiliaries.contains(tokens[close].key))
        {
            close -= 1
        }
        guard close > lowerBound, tokens[close].key == "," else { return nil }
        var k = close - 1
        while k > lowerBound && close - k < 40 {
            if tokens[k].key == "," { return nil }
            if Self.opensRelativeClause(k, tokens) { return k..<close }
            k -= 1
        }
        return nil
    }

    /// Whether `tokens[k]` opens a relative clause set off by a comma: ", which", ", who", ", whose", ", whom", and
    /// ", some of whom", ", most of which".
    private static func opensRelativeClause(_ k: Int, _ tokens: [Token]) -> Bool {
        guard k > 0, ["which", "who", "whose", "whom"].contains(tokens[k].key) else { return false }
        if tokens[k - 1].key == "," { return true }
        return ["whom", "which"].contains(tokens[k].key) && k >= 3 && tokens[k - 1].key == "of"
            && tokens[k - 3].key == ","
    }

    /// The first conjunct of a group of actors governed by a preposition that the mention closes ("talks between
    /// the government and rebels", "against ISIL and former Nusra fighters"): the group is an object, not a subject.
    private func governedGroup(_ index: Int, _ tokens: [Token], _ mentions: [Mention]) -> Int? {
        var k = index
        var sawAnd = false
        while k > 0 {
            if mentions[k - 1].end == mentions[k].first {
                k -= 1  // "al-Nusra Front fighters": adjacent pieces of one phrase.
            } else if let joint = conjunction(before: mentions[k].first, tokens), mentions[k - 1].end == joint {
                if tokens[joint].key == "and" { sawAnd = true } else if !sawAnd { return nil }
                k -= 1
            } else {
                return nil
            }
            var p = mentions[k].first - 1
            while p >= 0, ["the", "a", "an"].contains(tokens[p].key) { p -= 1 }
            if p >= 0, Self.prepositions.contains(tokens[p].key) {
                // "a joint statement from France and Italy": the authors, not a governed group.
                if ["from", "by", "of"].contains(tokens[p].key), p > 0, Self.statementNouns.contains(tokens[p - 1].key) {
                    return nil
                }
                return k
            }
        }
        return nil
    }

    /// Whether "has repeatedly …", "have long …" between subject and verb make the act habitual background.
    private func habitual(_ tokens: [Token], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var auxiliary = false
        for k in from..<to {
            let key = tokens[k].key
            if key == "has" || key == "have" || key == "had" { auxiliary = true }
            if auxiliary && Self.habitualAdverbs.contains(key) { return true }
        }
        return false
    }

    /// "the warring parties", "both sides", "the two rivals": a subject naming the sides of one conflict.
    private func reciprocal(_ mention: Mention, _ tokens: [Token]) -> Bool {
        // The head may come before an attachment: "the opposing factions in South Sudan".
        guard mention.end > mention.first,
            (mention.first..<mention.end).contains(where: { Self.reciprocalHeads.contains(tokens[$0].key) })
        else { return false }
        return (max(0, mention.first - 2)..<mention.end).contains(where: {
            ["warring", "both", "two", "rival", "conflicting", "opposing"].contains(tokens[$0].key)
        })
    }

    /// The first actor after `start` in the clause. An actor after "in", "at" or "near" is a place rather than a
    /// target; it is used only when `places` is true (attacks on a state's territory) and no other actor is found.
    private func object(
        after start: Int, limit: Int, _ tokens: [Token], _ mentions: [Mention], source: Mention, memory: DocumentMemory,
        places: Bool = false, patternEnd: Int? = nil, participleEnds: Bool = false, attack: Bool = false
    ) -> Mention? {
        var fallback: Mention?
        var stop = limit
        if let breaker = (start..<limit).first(where: {
            Self.clauseBreakers.contains(tokens[$0].key)
                // "after receiving assurances that …": a clause of its own; so is ", calling it a reprieve for the
                // Yemeni people" after a verbal act (after an attack, ", wounding three soldiers" names its target,
                // and after a withdrawal ", handing the town to the Iraqi army" names whom it was toward).
                || ((["after", "before", "despite", "amid"].contains(tokens[$0].key)
                    || (participleEnds && tokens[$0].key == "," && $0 + 1 < limit
                        && !Self.handingOver.contains(tokens[$0 + 1].key)))
                    && $0 + 1 < limit && tokens[$0 + 1].kind == .word && !tokens[$0 + 1].capitalized
                    && tokens[$0 + 1].key.hasSuffix("ing"))
        }) {
            stop = breaker
        }
        var helperEnd: Int?
        for m in mentions where m.first >= start && m.end <= stop {
            // "with the help of the UN and Qatar": the helpers listed after the first.
            if let end = helperEnd, conjunction(before: m.first, tokens) == end {
                helperEnd = m.end
                continue
            }
            if m.pronoun == .other || m.pronoun == .personal { continue }
            if m.pronoun == .possessive { continue }
            // "sources told Al Jazeera": the outlet told is no target.
            if m.role == "MED", m.first > 0, ["told", "tells", "tell", "telling"].contains(tokens[m.first - 1].key) {
                continue
            }
            if m.country == nil && m.role == nil { continue }
            if let identity = m.identity, identity == source.identity { continue }
            // "fired rockets from southern Lebanon at northern Israel": where an attack came from is no target.
            if attack, m.first > start,
                tokens[m.first - 1].key == "from"
                    || (m.first > start + 1 && tokens[m.first - 2].key == "from" && !tokens[m.first - 1].capitalized)
            {
                continue
            }
            // "triggering heavy artillery exchanges": a weapon named by a bare noun is no target ("three army tanks" is).
            if m.end == m.first + 1, Self.weaponNouns.contains(tokens[m.first].key), !tokens[m.first].capitalized {
                continue
            }
            // "the U.S. has violated the agreement with Washington": the source's own state is no target.
            if m.country != nil, m.country == source.country, !m.isPerson, !source.isPerson,
                (m.role ?? "GOV") == (source.role ?? "GOV"),
                (m.first..<m.end).allSatisfy({ tokens[$0].capitalized || tokens[$0].kind != .word })
            {
                continue
            }
            // "opened artillery fire on …": a bare noun inside the verb's own phrase is no target.
            if let patternEnd, m.end <= patternEnd, (m.first..<m.end).allSatisfy({ !tokens[$0].capitalized }) { continue }
            // "brokered a truce with the help of the UN": a helper is no target.
            if (m.first >= 3 && Self.helperNouns.contains(tokens[m.first - 2].key) && tokens[m.first - 1].key == "of")
                || (m.first >= 4 && Self.helperNouns.contains(tokens[m.first - 3].key) && tokens[m.first - 2].key == "of"
                    && tokens[m.first - 1].key == "the")
            {
                helperEnd = m.end
                continue
            }
            // "a resolution drafted by Kuwait": an author or sponsor is no target; "the border with Jordan" is a place.
            var before = m.first - 1
            if before > start, ["the", "a", "an"].contains(tokens[before].key) { before -= 1 }
            // So is the agent of a noun ("violations by the Armenian forces"); "hosted by Sudan's president" stays.
            if before > start, tokens[before].key == "by",
                Self.authorship.contains(tokens[before - 1].key) || !tokens[before - 1].key.hasSuffix("ed")
            {
                helperEnd = m.end
                continue
            }
            if before > start, tokens[before].key == "with", ["border", "borders", "frontier"].contains(tokens[before - 1].key) {
                helperEnd = m.end
                continue
            }
            // A preposition of the verb phrase itself ("called on Turkey") does not make a place.
            if m.first > (patternEnd ?? start),
                ["in", "at", "near", "on", "about", "over", "inside"].contains(tokens[m.first - 1].key)
            {
                // "in Syria" may be the territory attacked; "in Moscow", "in the Kazakh capital" is only a place.
                if fallback == nil && m.identity == nil { fallback = m }
                continue
            }
            return m
        }
        return places ? fallback : nil
    }

    /// Conflict codes (09 and up) may target the state whose territory is hit.
    private static func targetsTerritory(_ code: String) -> Bool { code >= "09" }

    /// A pronoun's antecedent; other mentions unchanged. `speaker` stands for "it", "they", "his team" in a complement.
    private func resolve(_ mention: Mention, speaker: Mention?, memory: DocumentMemory) -> Mention? {
        guard let pronoun = mention.pronoun else { return mention }
        var resolved = mention
        switch pronoun {
        case .personal:
            if let speaker, speaker.isPerson { return relocate(speaker, to: mention) }
            guard let known = memory.lastPerson else { return nil }
            resolved.adopt(known)
            resolved.isPerson = true
            return resolved
        case .group:
            guard let first = memory.lastGroup.first else { return nil }
            resolved.adopt(first)
            resolved.display = nil  // shown as written: "the three countries"
            return resolved
        case .other, .possessive:
            // "After talks in Moscow, they announced a ceasefire": a main clause's "they" is the last list of actors.
            if speaker == nil, pronoun == .other, mention.plural, let first = memory.lastGroup.first,
                memory.lastGroup.count > 1
            {
                resolved.adopt(first)
                return resolved
            }
            guard let speaker else {
                if pronoun == .possessive, let known = memory.lastPerson {
                    resolved.country = known.country
                    resolved.role = resolved.role ?? known.role
                    resolved.pronoun = nil
                    return resolved
                }
                return nil
            }
            var copy = relocate(speaker, to: mention)
            if pronoun == .possessive { copy.isPerson = false }
            return copy
        }
    }

    private func relocate(_ speaker: Mention, to mention: Mention) -> Mention {
        var copy = speaker
        copy.first = mention.first
        copy.end = mention.end
        copy.displayTokens = speaker.displayTokens ?? (speaker.first..<speaker.end)
        copy.pronoun = nil
        return copy
    }

    /// Whether the verb at `index` follows "that" or "which" (past auxiliaries and adverbs): a relative clause with
    /// its own subject.
    private func afterRelativePronoun(_ index: Int, _ tokens: [Token]) -> Bool {
        var k = index - 1
        while k >= 0 && (Self.auxiliaries.contains(tokens[k].key) || Self.adverbs.contains(tokens[k].key)) { k -= 1 }
        guard k >= 1, ["that", "which"].contains(tokens[k].key) else { return false }
        // "said that", "announced that" (a speech verb of the dictionaries) opens a complement, not a relative clause.
        let speech = dictionary.verbs.longestMatch(tokens, at: k - 1, limit: k)?.values.contains { $0.kind == .speech }
        return !(speech ?? false)
    }

    /// Whether the members of a list do the act with each other ("X and Y agreed", "held talks"), so that the
    /// second is the first's counterpart: cooperation, consultation, yielding. Not a visit or hosting, whose
    /// counterpart is the host ("X and Y arrived in Moscow"), nor mediation, whose counterpart is the parties.
    private static func sharedAct(_ code: String) -> Bool {
        (["03", "04", "06", "08"].contains(code.prefix(2)) || code == "057" || code == "050")
            && !["042", "043", "045"].contains(code)
    }

    /// An agreeing act's code: parties agreeing together (a list, or "agreed with X") reach an agreement (057), and
    /// agreeing to a ceasefire declares one (0871); other codes are unchanged.
    private static func agreementCode(
        _ code: String, _ verb: VerbMatch, _ tokens: [Token], _ mentions: [Mention], together: Bool, limit: Int
    ) -> String {
        var out = code
        if (together || agreesWith(verb, tokens, mentions)) && isAgreeing(verb, tokens, code: out) { out = "057" }
        if agreesToCeasefire(verb, tokens, code: out, limit: limit) { out = "0871" }
        return out
    }

    /// Whether an act coded 030 is agreeing ("agreed to form a working group"): done by two or more parties
    /// together, it is an agreement reached (057), where one party agreeing is an intent (030).
    private static func isAgreeing(_ verb: VerbMatch, _ tokens: [Token], code: String) -> Bool {
        code == "030" && tokens[verb.first].key.hasPrefix("agree")
    }

    /// Words that make an offensive or a campaign no use of force ("a diplomatic offensive").
    private static let unarmed: Set<String> = [
        "diplomatic", "charm", "media", "propaganda", "peace", "legal", "political", "verbal", "public-relations",
    ]

    /// Documents by which one side orders something, rather than agreeing it with another.
    private static let ordering: Set<String> = ["decree", "order", "orders", "law", "directive", "instruction"]

    /// Words by which talks named by a noun are planned, hoped for or failing, not held.
    static let unheld: Set<String> = [
        "scheduled", "planned", "expected", "set", "could", "would", "will", "may", "might", "faded", "hopes", "hope",
        "due", "proposed", "postponed", "delayed", "cancelled", "canceled", "collapsed",
    ]

    /// Passive participles by which a weapon is fired ("were fired from", "was launched from").
    static let firedWords: Set<String> = ["fired", "launched", "lobbed", "shot"]
    /// Prepositions before the country a weapon was fired into ("into southern Israel", "at Israeli towns").
    static let firedAt: Set<String> = ["into", "at", "on", "toward", "towards", "in", "inside"]
    /// The act of a weapon fired in the passive, coded by where it came from (`firedFrom`).
    static let firedFromEntry = VerbEntry(code: "190", kind: .verb, pattern: "fire from")

    /// Nouns after a ceasefire word that make it a document agreed ("a ceasefire proposal", "the truce deal").
    private static let dealNouns: Set<String> = [
        "deal", "agreement", "proposal", "plan", "accord", "pact", "memorandum", "initiative",
    ]

    /// Nouns of the fighting a truce stops ("to cease hostilities", "to end their attacks").
    private static let hostilities: Set<String> = ["hostilities", "fighting", "fire", "firing", "operations", "attacks"]
    /// Words that may stand between the stopping verb and those nouns ("stop all the military operations").
    private static let hostilitiesModifiers: Set<String> = [
        "all", "the", "military", "armed", "their", "its", "hostile", "offensive",
    ]

    /// Verbs of signing a document.
    private static let signing: Set<String> = ["sign", "signs", "signed", "signing", "ink", "inks", "inked", "inking"]

    /// Whether an agreement (030, 057) is to a ceasefire: "agreed on Wednesday to cease hostilities", "agreed to extend
    /// a U.N.-brokered truce". A ceasefire signed is an agreement signed (057).
    private static func agreesToCeasefire(_ verb: VerbMatch, _ tokens: [Token], code: String, limit: Int) -> Bool {
        guard code == "030" || code == "057" else { return false }
        // Signing or inking a ceasefire is a formal agreement signed (057), not a truce declared; signing a decree or
        // an order for one still declares it.
        if Self.signing.contains(tokens[verb.first].key), tokens[verb.end].key != "up",
            !(verb.end..<min(limit, verb.end + 4)).contains(where: { Self.ordering.contains(tokens[$0].key) })
        {
            return false
        }
        for k in verb.first..<max(verb.first, min(limit, verb.end + 10)) {
            if ceasefireTopics.contains(tokens[k].key) { return false }
            // "agreed to a ceasefire proposal (deal, plan)": an agreement on a document, not a truce declared.
            if ceasefireWords.contains(tokens[k].key) {
                return !(k + 1 < limit && Self.dealNouns.contains(tokens[k + 1].key))
            }
            // "to cease hostilities", "to halt fighting", "to stop all the military operations against each other"
            if ["cease", "halt", "stop", "end"].contains(tokens[k].key),
                let object = (k + 1..<min(limit, k + 5)).first(where: { Self.hostilities.contains(tokens[$0].key) }),
                (k + 1..<object).allSatisfy({ Self.hostilitiesModifiers.contains(tokens[$0].key) })
            {
                return true
            }
        }
        return false
    }

    /// "agreed with Jordan to …": agreeing together with a named party.
    private static func agreesWith(_ verb: VerbMatch, _ tokens: [Token], _ mentions: [Mention]) -> Bool {
        verb.end < tokens.count && tokens[verb.end].key == "with" && mentions.contains(where: { $0.first == verb.end + 1 })
    }

    /// Remembers the members of a list of actors ("Russia, Turkey and Iran") for "the three countries".
    private func rememberGroup(_ members: [Mention], _ memory: inout DocumentMemory) {
        guard members.count > 1, members.allSatisfy({ $0.pronoun == nil }) else { return }
        // Distinct actors: countries, or the sides of one country ("the government and the SPLM-IO").
        var seen = Set<String>()
        let named = members.filter { m in
            guard let country = m.country else { return false }
            return seen.insert(country + "/" + (m.role ?? "")).inserted
        }
        guard named.count > 1, named[0].country == members[0].country else { return }
        memory.lastGroup = named.map {
            let country = $0.country ?? ""
            return DocumentMemory.Known(
                country: country, role: $0.role, identity: $0.identity ?? country,
                display: $0.display ?? dictionary.countries[country]?.name ?? country)
        }
    }

    /// A remembered actor standing at a mention's place ("the three countries" for its second member).
    private func stand(_ known: DocumentMemory.Known, for mention: Mention) -> Mention {
        var standing = Mention(first: mention.first, end: mention.end)
        standing.adopt(known)
        return standing
    }

    private func remember(_ source: Mention, _ memory: inout DocumentMemory) {
        guard source.isPerson, let identity = source.identity else { return }
        memory.lastPerson = DocumentMemory.Known(
            country: source.country, role: source.role, identity: identity, display: source.display ?? identity)
    }

    private func modality(_ tokens: [Token], from: Int, to: Int) -> (future: Bool, negated: Bool) {
        var future = false
        var negated = false
        guard from < to else { return (false, false) }
        for k in from..<to {
            let key = tokens[k].key
            if Self.futureWords.contains(key) { future = true }
            if key == "wont" { negated = true }
            if Self.negations.contains(key) { negated = true }
            if key == "to", k > from, Self.futureBeforeTo.contains(tokens[k - 1].key) { future = true }
            if key == "failed" || key == "fails" || key == "refused" { negated = true }
            if key == "longer", k > 0, tokens[k - 1].key == "no" { negated = true }
        }
        return (future, negated)
    }

    /// The code after modality: planned acts become intentions (036 for a meeting), planned force a threat,
    /// refused cooperation a rejection.
    private func adjust(_ code: String, future: Bool, negated: Bool, tokens: [Token]) -> String? {
        let root = code.prefix(2)
        var out = code
        if negated {
            switch root {
            case "01", "02", "10", "11", "12", "13": return code
            case "03", "05", "06", "07", "08": return "120"
            case "04": return "125"
            default: return nil
            }
        }
        if future {
            switch root {
            case "04": out = "036"
            case "05": out = "032"
            case "06": out = "031"
            case "07": out = "033"
            // A ceasefire is declared for a time to come ("will cease fire as of 2 a.m."): still a declared truce.
            case "08": out = code == "0871" ? "0871" : "035"
            case "14": out = "133"
            case "16": out = "130"
            case "17", "18", "19", "20": out = "138"
            default: break
            }
        }
        if root == "18" || root == "19", out == "190" || out == "180" || out == "183", let refined = instrument(tokens) {
            out = refined
        }
        return out
    }

    private func instrument(_ tokens: [Token]) -> String? {
        var i = 0
        while i < tokens.count {
            if let match = dictionary.instruments.longestMatch(tokens, at: i, limit: tokens.count), let code = match.values.first
            {
                return code
            }
            i += 1
        }
        return nil
    }

    /// Whether what follows the verb is what is asked or demanded, whose days are not the act's ("called for
    /// elections in March").
    private static func contentAfter(_ code: String) -> Bool { ["02", "10"].contains(code.prefix(2)) }

    /// The event's day: the first date of the clause, else the attribution's, else the publication day; `nil`
    /// (no event) when the act is background ("since 2016", "last year") — judged only from dates before the verb
    /// or right after it, not from those of a later subordinate clause. With `content`, background dates after the
    /// verb belong to what is asked, not to the act.
    private func date(
        _ tokens: [Token], _ range: Range<Int>, attribution: Range<Int>?, future: Bool, verb: Range<Int>,
        content: Bool = false
    ) -> NewsDay?? {
        if future {
            // An intention is dated by when it was expressed, not by the planned day: a past day before the act's
            // verb ("said on Monday he will attend the summit on Sunday"), else the attribution's, else publication.
            let said = resolver.find(
                tokens, in: range.lowerBound..<max(range.lowerBound, min(verb.lowerBound, range.upperBound)), future: false)
            if let day = said.first(where: {
                $0.day != nil && !$0.background && $0.day!.ordinal <= resolver.published.ordinal
            })?.day {
                return .some(day)
            }
            if let zone = attribution,
                let day = resolver.find(tokens, in: zone, future: false).first(where: { $0.day != nil })?.day
            {
                return .some(day)
            }
            return .some(resolver.published)
        }
        // The tokens after the verb, up to `n` of them, within the range (empty when the verb lies past it).
        func window(_ n: Int) -> Range<Int> {
            let upper = min(range.upperBound, verb.upperBound + n)
            return min(verb.upperBound, upper)..<upper
        }
        // A reported act is not dated after the day it is reported: "agreed on a ceasefire from June 24" is dated by
        // the agreement, not by the start of the ceasefire.
        let dates = resolver.find(tokens, in: range, future: future).filter {
            $0.day.map { $0.ordinal <= resolver.published.ordinal } ?? true
        }.filter { $0.background || !Self.startsContent($0, tokens) }
            // "accused Armenia of violating the truce, which was agreed on Saturday": a relative clause's day.
            .filter { expression in
                let between = verb.upperBound..<max(verb.upperBound, expression.tokens.lowerBound)
                return !between.contains { k in k > 0 && ["which", "who"].contains(tokens[k].key) && tokens[k - 1].key == "," }
            }
            // "De Mistura, who extended the conference earlier this week, said": a relative clause before the verb.
            .filter { !Self.inParenthetical($0.tokens.lowerBound, before: verb.lowerBound, tokens) }
        // "has killed 370,000 people since it started in 2011": a running tally, not a new act.
        if verb.lowerBound > 0, ["has", "have"].contains(tokens[verb.lowerBound - 1].key),
            window(10).contains(where: { tokens[$0].key == "since" })
        {
            return nil
        }
        // "Since mid-November, more than 1,000 civilians have been killed": a running tally, not a new act.
        if !range.isEmpty, tokens[range.lowerBound].key == "since",
            !dates.contains(where: { $0.tokens.lowerBound <= range.lowerBound + 1 && $0.day != nil && !$0.background })
        {
            return nil
        }
        if let day = dates.first(where: { $0.day != nil && !$0.background })?.day { return .some(day) }
        let scopeEnd =
            window(8).first(where: {
                tokens[$0].key == "," || Self.clauseBreakers.contains(tokens[$0].key)
                    // A verb closes the clause; a capitalised word ("in March 2014") is not one.
                    || (tokens[$0].kind == .word && !tokens[$0].capitalized
                        && (dictionary.verbs.longestMatch(tokens, at: $0, limit: range.upperBound)?.values.contains {
                            $0.kind != .noun
                        } ?? false))
            }) ?? min(range.upperBound, verb.upperBound + 8)
        // Spans ("in recent months", "for weeks") close the clause they qualify, so they reach further.
        let spanEnd = min(range.upperBound, verb.upperBound + 12)
        // "signed a memorandum … on May 4" (weeks before publication): a recap of the clause's act, up to its comma.
        let clauseEnd =
            window(20).first(where: {
                tokens[$0].key == "," || Self.clauseBreakers.contains(tokens[$0].key)
            }) ?? min(range.upperBound, verb.upperBound + 20)
        if dates.contains(where: {
            $0.background && !(content && $0.tokens.lowerBound >= verb.upperBound)
                && ($0.tokens.lowerBound < (Self.isSpan(tokens, $0) ? max(scopeEnd, spanEnd) : scopeEnd)
                    || ($0.tokens.lowerBound >= verb.upperBound && $0.tokens.lowerBound < clauseEnd
                        && $0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].key == "on"))
        }) {
            return nil
        }
        if let zone = attribution, let day = resolver.find(tokens, in: zone, future: false).first(where: { $0.day != nil })?.day {
            return .some(day)
        }
        return .some(resolver.published)
    }

    /// Whether `index` lies in a relative clause set off by commas before `verb` (", who …,", ", which …,").
    private static func inParenthetical(_ index: Int, before verb: Int, _ tokens: [Token]) -> Bool {
        guard index < verb else { return false }
        var k = index
        var since = false
        while k > 0 {
            // ", at war since 2020, have agreed": a "since" phrase between commas.
            if tokens[k].key == "," { return since && (index..<verb).contains { tokens[$0].key == "," } }
            if tokens[k].key == "since" { since = true }
            if ["which", "who"].contains(tokens[k].key), tokens[k - 1].key == "," {
                return (index..<verb).contains { tokens[$0].key == "," }
            }
            k -= 1
        }
        return false
    }

    /// Whether a date is when something agreed starts ("a ceasefire starting from midday on Sunday", "effective
    /// Monday"), not the day of the act.
    private static func startsContent(_ expression: DateExpression, _ tokens: [Token]) -> Bool {
        // "from 6 a.m. (0400 GMT) on Saturday": a time of day may stand between.
        var lower = expression.tokens.lowerBound
        var k = lower
        while k > 0, tokens[k - 1].kind == .number || timeOfDay.contains(tokens[k - 1].key) {
            k -= 1
            if tokens[k].kind == .number || !["on", "at", "(", ")"].contains(tokens[k].key) { lower = k }
        }
        // Only a truce's start reaches past a time of day ("attacked from 6 a.m. on Saturday" is the attack's day).
        if lower < expression.tokens.lowerBound,
            !(max(0, lower - 10)..<lower).contains(where: { ceasefireWords.contains(tokens[$0].key) })
        {
            lower = expression.tokens.lowerBound
        }
        return (max(0, lower - 4)..<lower).contains { ["starting", "from", "beginning", "effective"].contains(tokens[$0].key) }
    }

    /// Words of a time of day ("6 a.m. (0400 GMT) on", "midnight local time on").
    static let timeOfDay: Set<String> = [
        "a.m.", "p.m.", "am", "pm", "gmt", "utc", "local", "time", "(", ")", ":", "on", "at", "midnight", "noon", "hours",
        "hrs",
    ]

    /// Whether a date expression is a span of weeks, months or years ("in recent months", "for weeks").
    private static func isSpan(_ tokens: [Token], _ expression: DateExpression) -> Bool {
        ["for", "in", "over", "during"].contains(tokens[expression.tokens.lowerBound].key)
            && expression.tokens.contains(where: { DateResolver.spans.contains(tokens[$0].key) })
    }

    /// The event of a speech verb: what its complement reports, else the statement itself. `partner` is the second
    /// speaker of a list ("Putin and Erdogan announced …"); `verbs` are the sentence's verb matches.
    private func speechEvent(
        _ verb: VerbMatch, source: Mention, partner speakerPartner: Mention? = nil, _ tokens: [Token],
        mentions: [Mention], verbs: [VerbMatch], mainEnd: Int, attribution: Range<Int>?,
        places: [(index: Int, place: EventLocation)], memory: inout DocumentMemory, negated: Bool
    ) -> DraftEvent? {
        if negated { return nil }
        var start = verb.end
        // Skip dates, "that", ":" and the like at the head of the complement.
        let dateSpans = resolver.find(tokens, in: verb.end..<mainEnd, future: false)
        while start < mainEnd {
            let key = tokens[start].key
            if key == "that" || key == "," || key == ":" || key == "on" || key == "in" || key == "here" {
                start += 1
                continue
            }
            if let span = dateSpans.first(where: { $0.tokens.lowerBound == start }) {
                start = span.tokens.upperBound
                continue
            }
            break
        }
        // "said in a message on Thursday that …": the complement starts after "that".
        if start < mainEnd, Self.prepositions.contains(tokens[start].key) || tokens[start].key == "a",
            let that = (start..<min(mainEnd, start + 8)).first(where: { tokens[$0].key == "that" }),
            !(start..<that).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number }),
            !verbs.contains(where: { (start..<that).contains($0.first) && $0.entry.kind != .noun })
        {
            start = that + 1
        }
        let quoted = start < mainEnd && tokens[start].kind == .quote
        // "The Foreign Secretary said on Tuesday: “Both sides have agreed to …”": the act the words report, on the
        // day they were said unless they date it themselves; and the speaker's next quotation is theirs too.
        if quoted { memory.heard(source) }
        if quoted, let close = (start + 1..<mainEnd).first(where: { tokens[$0].kind == .quote }) ?? Optional(mainEnd),
            let act = quotedAct(tokens, mentions: mentions, places: places, start + 1..<close, memory: memory)
        {
            let spoken =
                resolver.find(tokens, in: 0..<start, future: false).first(where: { $0.day != nil && !$0.background })?.day
                ?? resolver.published
            return redated(act, to: spoken)
        }
        // "said the agreement calls for a cessation of hostilities": the deal's terms, so a plain statement.
        let terms = !quoted && Self.statesTerms(tokens, from: start, to: mainEnd, verbs: verbs.filter { $0.first >= start })
        let complementVerbs = verbs.filter {
            !terms && $0.first >= start && $0.end <= mainEnd && $0.entry.kind != .speech
        }
        let firstVerb = complementVerbs.first?.first ?? mainEnd
        if !quoted, !terms,
            let modal = (start..<firstVerb).first(where: {
                Self.modalsDemand.contains(tokens[$0].key) || Self.modalsAppeal.contains(tokens[$0].key)
            })
        {
            var addressee = mentions.last(where: { $0.first >= start && $0.end <= modal })
            if addressee?.pronoun == .other,
                let named = mentions.last(where: { $0.first >= verb.end && $0.end <= addressee!.first && $0.pronoun == nil })
            {
                addressee = named  // "reminded Iraq that it must …"
            }
            if addressee?.pronoun == nil || addressee?.pronoun == .personal {
                let code = Self.modalsDemand.contains(tokens[modal].key) ? "100" : "020"
                let target = addressee.flatMap { resolve($0, speaker: source, memory: memory) }
                // The day of the words, not of what they speak about ("concerned by violations yesterday").
                guard let date = date(tokens, 0..<start, attribution: attribution, future: false, verb: verb.first..<verb.end)
                else { return nil }
                return DraftEvent(code: code, source: source, target: target, date: date, location: nil, statement: false)
            }
        }
        // "said a ceasefire deal had been reached with Russia": the speaker's agreement with the one named; "that a
        // ceasefire had been reached between Rwanda and the DRC": theirs.
        if !quoted, !terms, verb.entry.code.hasPrefix("01"),
            let (code, first, second) = agreementReached(tokens, mentions, start..<mainEnd), second.country != nil
        {
            guard
                let day = self.date(tokens, 0..<mainEnd, attribution: attribution, future: false, verb: verb.first..<verb.end)
            else { return nil }
            return DraftEvent(code: code, source: first ?? source, target: second, date: day, location: nil, statement: false)
        }
        // "announced that a ceasefire deal had been reached", "confirmed that the truce would take effect at
        // midnight": with no party named, the announcing side declares it (a mediator's announcement is not its truce).
        if !quoted, !terms, Self.confirming.contains(tokens[verb.first].key), source.country != "IGO",
            !["MED", "NGO", "CVL"].contains(source.role ?? ""),
            let saidEnd = Self.truceComesAbout(tokens, start..<mainEnd),
            let day = self.date(tokens, 0..<saidEnd, attribution: attribution, future: false, verb: verb.first..<verb.end)
        {
            let declared = territory("0871", nil, at: start, focus: memory.focusCountry, source: source.country)
            return DraftEvent(code: "0871", source: source, target: declared, date: day, location: nil, statement: false)
        }
        if !quoted, let inner = complementVerbs.first(where: { $0.entry.kind != .noun }) {
            var actor = source
            var partner: Mention?
            var listed: [Mention] = []
            if var index = subject(before: inner.first, from: start, tokens, mentions) {
                listed = [mentions[index]]
                while let (previous, joint) = previousConjunct(index, tokens, mentions), mentions[previous].first >= start,
                    partner != nil || tokens[joint].key == "and" || tokens[joint + 1].key == "and"
                {
                    partner = mentions[index]  // at the end, the second listed
                    index = previous
                    listed.insert(mentions[index], at: 0)
                }
                rememberGroup(listed, &memory)
                if let resolved = resolve(mentions[index], speaker: source, memory: memory) { actor = resolved }
                if partner == nil && reciprocal(actor, tokens) { partner = actor }
                // "Erdogan and his counterpart Putin said they had agreed": "they" are both speakers.
                if partner == nil, mentions[index].pronoun == .other, tokens[mentions[index].first].key == "they" {
                    partner = speakerPartner
                }
            }
            let subjectEnd = mentions.last(where: { $0.first >= start && $0.end <= inner.first })?.end ?? start
            let (future, negated) = modality(tokens, from: subjectEnd, to: inner.first)
            if inner.entry.kind != .noun, var code = adjust(inner.entry.code, future: future, negated: negated, tokens: tokens) {
                code = Self.agreementCode(code, inner, tokens, mentions, together: partner != nil, limit: mainEnd)
                var target = object(
                    after: inner.first + 1, limit: mainEnd, tokens, mentions, source: actor, memory: memory,
                    places: Self.targetsTerritory(code), patternEnd: inner.end)
                if let partner, Self.sharedAct(code) { target = partner }
                // A comment ("said he was concerned by violations yesterday") is dated by the words that make it.
                let dateRange = code.hasPrefix("01") ? 0..<start : 0..<mainEnd
                guard
                    let date = date(tokens, dateRange, attribution: attribution, future: future, verb: inner.first..<inner.end)
                else { return nil }
                let location = places.first(where: { $0.index >= inner.first && $0.index < mainEnd })?.place
                // "Russia announced that government forces would cease fire": the announcer declares the ceasefire.
                if ["0871", "0356"].contains(code), Self.announcing.contains(tokens[verb.first].key) {
                    let declared =
                        speakerPartner.flatMap { $0.country != source.country ? $0 : nil }
                        ?? territory("0871", location, at: inner.first, focus: nil, source: source.country)
                    return DraftEvent(
                        code: "0871", source: source, target: declared, date: date, location: location, statement: false)
                }
                target = target ?? territory(code, location, at: inner.first, focus: memory.focusCountry, source: actor.country)
                var event = DraftEvent(
                    code: code, source: actor, target: target, date: date, location: location, statement: false)
                event.moreTargets = moreCounterparts(
                    listed: partner != nil && Self.sharedAct(code)
                        ? listed.dropFirst().compactMap { resolve($0, speaker: source, memory: memory) } : nil,
                    source: actor, target: target, tokens, mentions, limit: mainEnd, memory: memory)
                // "The army said the RSF had violated the truce": the attack as reported, and one side's accusation of
                // the other, on the day it was said.
                if Self.usesForce(code),
                    let said = self.date(tokens, 0..<start, attribution: attribution, future: false, verb: verb.first..<verb.end),
                    let accusation = Self.accusation(by: source, of: actor, code: code, target: target, on: said)
                {
                    event.also = [accusation]
                }
                return event
            }
        }
        guard let date = date(tokens, 0..<start, attribution: attribution, future: false, verb: verb.first..<verb.end)
        else { return nil }
        // "announced that the next round of talks would be held in July": the speaker's intent to meet.
        if verb.entry.code.hasPrefix("01"), Self.announcesMeeting(tokens, start..<mainEnd) {
            return DraftEvent(code: "036", source: source, target: nil, date: date, location: nil, statement: false)
        }
        var target: Mention?
        if !verb.entry.code.hasPrefix("01") {
            target = object(
                after: verb.first + 1, limit: mainEnd, tokens, mentions, source: source, memory: memory, patternEnd: verb.end)
        }
        if target == nil && verb.entry.code.hasPrefix("01") && (source.role == "MED" || source.role == "NGO") {
            return nil  // An outlet's or monitor's report is a source, not an act.
        }
        return DraftEvent(
            code: verb.entry.code, source: source, target: target, date: date, location: nil, statement: target == nil)
    }

    /// Verbs by which fighting starts or goes on, between an event noun and its sides ("fighting broke out between").
    static let fightingGoesOn: Set<String> = [
        "broke", "broken", "erupted", "flared", "raged", "continued", "resumed", "intensified", "escalated", "renewed",
        "breaks", "erupts", "flares", "rages", "continues", "resumes", "intensifies", "escalates",
    ]

    /// The "between" or "by" that names an event noun's sides: right after it, or after a verb by which fighting
    /// starts or goes on ("heavy fighting broke out between …").
    private static func nounJoint(_ noun: VerbMatch, _ tokens: [Token], limit: Int) -> Int? {
        var k = noun.end
        // "Clashes have broken out …": an auxiliary first.
        if k + 1 < limit, ["have", "has", "had"].contains(tokens[k].key), fightingGoesOn.contains(tokens[k + 1].key) {
            k += 1
        }
        if ["18", "19"].contains(noun.entry.code.prefix(2)), k < limit, fightingGoesOn.contains(tokens[k].key) {
            k += 1
            if k < limit, ["out", "up", "again"].contains(tokens[k].key) { k += 1 }
            // "broke out for the second day in Kidal on Friday between …": places and days may come first.
            guard let between = (k..<min(limit, k + 18)).first(where: { tokens[$0].key == "between" }),
                !(k..<between).contains(where: { [",", ";", "and", "but", "while"].contains(tokens[$0].key) })
            else { return nil }
            k = between
        }
        // "talks in the Algerian capital between Government envoys and …": a place may come first.
        if noun.entry.code.hasPrefix("04"), k < limit, ["in", "at"].contains(tokens[k].key),
            let between = (k + 1..<min(limit, k + 6)).first(where: { tokens[$0].key == "between" }),
            !(k..<between).contains(where: { [",", ";", "and"].contains(tokens[$0].key) })
        {
            k = between
        }
        guard k < limit, tokens[k].key == "between" || tokens[k].key == "by" else { return nil }
        return k
    }

    /// The side of a role in a civil war: the state's (government, military, or a state named) or the insurgents'.
    private static func side(_ role: String?) -> String? {
        switch role {
        case nil, "GOV", "MIL": "state"
        case "REB", "OPP": "insurgent"
        default: nil
        }
    }

    /// Whether `speaker`'s word that `actor` attacked `target` accuses the actor: the speaker is a state or an armed
    /// party (activists and the political opposition report), the actor is on another side (another country, or the
    /// same country's other side), and the attack was on the speaker's own side or country ("India said the Pakistan
    /// army targeted Indian posts"; "Syria said Russian jets struck the rebels" accuses no ally).
    private static func accuses(_ speaker: Mention, _ actor: Mention, target: Mention?) -> Bool {
        guard speaker.role != "OPP", let mine = side(speaker.role), let theirs = side(actor.role),
            let home = speaker.country, actor.country != nil
        else { return false }
        guard actor.country != home || mine != theirs else { return false }
        guard let target else { return true }
        return target.country == home && (target.role == nil || side(target.role) == mine)
    }

    /// `speaker`'s accusation (112) of `actor`, dated `day`, when the words report an attack (`code` 18–20) that
    /// accuses it; a truce violated (196) is violated against the speaker's side whatever the place named.
    private static func accusation(
        by speaker: Mention, of actor: Mention, code: String, target: Mention?, on day: NewsDay?
    ) -> DraftEvent? {
        guard Self.usesForce(code),
            accuses(speaker, actor, target: code.hasPrefix("196") ? nil : target)
        else { return nil }
        return DraftEvent(code: "112", source: speaker, target: actor, date: day, location: nil, statement: false)
    }

    private func nounEvent(
        _ noun: VerbMatch, _ tokens: [Token], mentions: [Mention], limit: Int, places: [(index: Int, place: EventLocation)],
        memory: inout DocumentMemory
    ) -> DraftEvent? {
        // "years of bloody fighting between …", "decades of conflict": the war's history, not news.
        if let of = (max(0, noun.first - 3)..<noun.first).last(where: { tokens[$0].key == "of" }), of > 0,
            ["years", "decades", "generations"].contains(tokens[of - 1].key)
        {
            return nil
        }
        var source: Mention?
        var target: Mention?
        var declared = false
        // "A humanitarian pause called by Russia came into effect": the one who called it declares the truce.
        if noun.entry.code == "0871", noun.end + 2 < limit, Self.truceDeclaring.contains(tokens[noun.end].key),
            tokens[noun.end + 1].key == "by",
            let agent = mentions.first(where: { $0.first > noun.end + 1 && $0.first <= noun.end + 3 && $0.pronoun == nil }),
            (agent.end..<limit).contains(where: { Self.startWords.contains(tokens[$0].key) })
        {
            source = agent
            declared = true
        } else if let m = mentions.last(where: {
            $0.end == noun.first || ($0.end == noun.first - 1 && tokens[$0.end].key == "'s")
        }),
            m.pronoun == nil
        {
            source = m
            target = object(after: noun.end, limit: limit, tokens, mentions, source: m, memory: memory, places: true)
        } else if let joint = Self.nounJoint(noun, tokens, limit: limit),
            let a = mentions.first(where: { $0.first > joint && $0.first <= joint + 3 })
        {
            source = a
            if tokens[joint].key == "between" {
                target = mentions.first(where: { $0.first > a.end && $0.first <= a.end + 3 })
                // "talks between rival Libyan factions", "clashes between rival militias": among themselves, when no
                // second side follows.
                if target == nil, a.country != nil, Self.rivalSides.contains(tokens[a.end - 1].key),
                    !(a.end..<limit).contains(where: { tokens[$0].key == "and" })
                {
                    target = a
                }
            } else {
                target = object(after: a.end, limit: limit, tokens, mentions, source: a, memory: memory)
                // "attacks by Hamas and allied Islamic Jihad": a second agent is no target.
                if let t = target, conjunction(before: t.first, tokens) == a.end { target = nil }
            }
        }
        guard let source, source.country != nil || source.role != nil else { return nil }
        // "A ceasefire between Islamic Jihad and Israel entered into force": only a truce between two sides that
        // starts is an event; "the ceasefire" named in passing is not.
        if noun.entry.code == "0871", !declared {
            guard noun.end < limit, tokens[noun.end].key == "between",
                (noun.end..<limit).contains(where: { Self.startWords.contains(tokens[$0].key) })
            else { return nil }
        }
        // "the Astana talks" names a venue, not a party: talks code only as "talks between X and Y".
        if noun.entry.code.hasPrefix("04"), Self.nounJoint(noun, tokens, limit: limit).map({ tokens[$0].key }) != "between" {
            return nil
        }
        // "Talks in Cairo between Israel and Hamas are scheduled for next week", "could resume": not held yet.
        if noun.entry.code.hasPrefix("04"),
            (noun.end..<limit).contains(where: { Self.unheld.contains(tokens[$0].key) })
        {
            return nil
        }
        guard let date = date(tokens, 0..<limit, attribution: nil, future: false, verb: noun.first..<noun.end) else { return nil }
        let location = places.first(where: { $0.index >= noun.first && $0.index < limit })?.place
        // "Fighting between Hezbollah and Fateh al-Sham halted on Thursday": the fighting's sides stop it.
        if ["18", "19"].contains(noun.entry.code.prefix(2)),
            (noun.end..<limit).contains(where: { Self.haltWords.contains(tokens[$0].key) })
        {
            return DraftEvent(code: "0871", source: source, target: target, date: date, location: location, statement: false)
        }
        let hit =
            target
            ?? territory(noun.entry.code, location, at: noun.first, focus: memory.focusCountry, source: source.country)
        return DraftEvent(code: noun.entry.code, source: source, target: hit, date: date, location: location, statement: false)
    }

    /// The state whose territory an attack hits ("shelling hit the outskirts of Jisreen" → Syria) when no actor is
    /// its target: force (18–20) targets the country of its gazetteer place, else the article's conflict country.
    /// A country as an actor at token `index`, shown by its name ("Syria"): the sides of its conflict, or its territory.
    private func countryMention(_ country: String, at index: Int) -> Mention {
        Mention(first: index, end: index + 1, country: country, display: dictionary.countries[country]?.name ?? country)
    }

    private func territory(
        _ code: String, _ location: EventLocation?, at index: Int, focus: String?, source: String? = nil
    ) -> Mention? {
        // "Putin ordered a ceasefire in Eastern Ghouta", "Jordan sent convoys to Aleppo": a truce an outside power
        // declares, or aid it sends, is for the place's country.
        // The conflict's country first: "agreed on a truce in Minsk" is for Ukraine, not for the venue; a place
        // abroad is only a venue ("Haftar agreed to a ceasefire in Berlin" is no truce for Germany).
        // "The Taliban announced a three-day ceasefire": a side of the conflict declares it toward the other side.
        if code == "0871", let source, source == focus, (location?.country).map({ $0 == source }) ?? true {
            return countryMention(source, at: index)
        }
        let place = location?.country.flatMap { focus == nil || $0 == focus || focus == source ? $0 : nil }
        if code.hasPrefix("087") || code.hasPrefix("07"), let source,
            let country = [focus, place].compactMap({ $0 }).first(where: { $0 != source })
        {
            return Mention(
                first: index, end: index + 1, country: country,
                display: location?.country == country ? location?.name : dictionary.countries[country]?.name ?? country)
        }
        guard Self.usesForce(code), let country = location?.country ?? focus else { return nil }
        return Mention(
            first: index, end: index + 1, country: country,
            display: location?.name ?? dictionary.countries[country]?.name ?? country)
    }
}
