/// Finds the actors mentioned in a sentence: dictionary phrases joined with the titles, names, possessives and
/// attachments around them ("UN Special Envoy for Syria Staffan De Mistura", "representatives of Syria's Kurdish
/// population", "delegates of the Riyadh-based High Negotiations Committee (HNC)").
struct MentionFinder {
    let dictionary: NewsDictionary
    let day: NewsDay?

    private enum PieceKind {
        case entity(ActorInfo)
        case role(ActorInfo)
        case name
        case pronoun(Mention.Pronoun)
    }

    private struct Piece {
        var first: Int
        var end: Int
        var kind: PieceKind
    }

    /// Capitalised words that are not names.
    static let notNames: Set<String> = [
        "the", "a", "an", "on", "in", "at", "since", "however", "meanwhile", "but", "and", "or", "commenting", "this",
        "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "our", "after",
        "before", "during", "while", "when", "as", "with", "without", "according", "earlier", "later", "also", "today",
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mr", "mrs", "ms", "dr", "for", "from", "to", "of", "by", "if", "under", "over", "about", "some", "many", "several",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last", "new", "both",
        "all", "other", "despite", "following", "amid", "although", "though", "because", "there", "here", "what", "who",
        "which", "where", "why", "how", "thousands", "hundreds", "dozens", "up", "more", "most", "observers", "analysts",
        "sources", "witnesses", "residents", "reports", "report", "read", "photo", "video", "breaking", "update", "live",
        "news", "in", "no", "not", "yes", "so", "then", "thus", "still", "now", "once", "even", "only", "just", "further",
        "moreover", "furthermore", "instead", "indeed", "nevertheless", "nonetheless", "already", "again", "recently",
        "previously", "separately", "additionally", "finally", "regarding", "asked", "speaking", "addressing", "talking",
        "responding", "referring", "noting", "adding", "saying", "calling", "describing", "between", "against", "into",
        "through", "within", "among", "until", "unlike", "like", "near", "outside", "inside", "across", "around",
        "towards", "toward", "via", "per", "each", "every", "any", "such", "another", "former", "ousted", "late",
        "senior", "top", "chief", "head", "deputy", "acting", "interim", "newly", "appointed", "radical", "angry",
        "young", "main", "special", "official", "state", "western", "eastern", "northern", "southern", "central",
    ]

    /// Nouns that make a preceding state name a modifier ("Syria talks"), not an actor.
    static let modifiedNouns: Set<String> = [
        "talks", "peace", "war", "crisis", "conflict", "ceasefire", "cease-fire", "truce", "border", "borders", "policy",
        "deal", "file", "issue", "settlement", "question", "process", "negotiations", "summit", "conference", "meeting",
        "city", "capital", "town", "village", "province", "region", "territory", "soil", "airspace", "coast", "frontier",
        "embassy", "consulate", "situation", "question", "affairs", "envoy", "round", "rounds", "format", "platform",
    ]
    private static let placeNouns: Set<String> = [
        "city", "capital", "town", "village", "province", "region", "territory", "soil", "airspace", "coast", "border",
        "frontier", "countryside", "desert", "island", "port", "airport",
    ]
    private static let connectors: Set<String> = ["of", "for", "to", "from", "in", "at"]
    private static let roleCarrying: Set<String> = ["GOV", "MIL", "REB", "OPP", "CVL", "REF", "POL", "JUD", "LEG", "SPY", "INS"]

    /// The mentions of `tokens`, in order. Remembers titled names in `memory`.
    func mentions(_ tokens: [Token], scalars: [Unicode.Scalar], memory: inout DocumentMemory) -> [Mention] {
        let pieces = self.pieces(tokens, memory: memory)
        var out: [Mention] = []
        var index = 0
        while index < pieces.count {
            var group = [pieces[index]]
            var attachedFrom: Int?
            var j = index + 1
            while j < pieces.count {
                let last = group[group.count - 1]
                let next = pieces[j]
                let gap = last.end..<next.first
                var joins = false
                var attaches = false
                if case .pronoun = last.kind, case .entity = next.kind {
                    joins = false  // "our Turkish partners": the state is the actor, not the speaker's side.
                } else if case .pronoun = next.kind {
                    joins = false  // "told Ankara they regret": a pronoun starts another mention.
                } else if gap.isEmpty {
                    joins = true
                } else if gap.count <= 2, case .role = next.kind, isEntity(last),
                    gap.allSatisfy({ k in
                        let t = tokens[k]
                        return t.kind == .word && !t.capitalized && !MentionFinder.notNames.contains(t.key)
                            && !SentenceCoder.determiners.contains(t.key) && !SentenceCoder.prepositions.contains(t.key)
                            && dictionary.verbs.longestMatch(tokens, at: k, limit: tokens.count) == nil
                    })
                {
                    joins = true  // "American aid groups", "Syrian peace negotiators"

                } else if gap.count == 1 && tokens[gap.lowerBound].key == "'s" {
                    joins = true
                } else if gap.count == 1 && tokens[gap.lowerBound].key == "(", case .entity = next.kind,
                    next.end < tokens.count, tokens[next.end].key == ")"
                {
                    joins = true
                } else if gap.count == 1 && tokens[gap.lowerBound].key == ")", case .role = next.kind,
                    last.first > 0, tokens[last.first - 1].key == "(", case .entity(let inside) = last.kind,
                    inside.role != "MED"  // "MOGADISHU (Reuters) Militants": a dateline's outlet
                {
                    joins = true  // "the National Liberation Army (ELN) guerrillas"
                } else if Self.connectors.contains(tokens[gap.lowerBound].key), gap.count <= 4, isRoleOrName(last),
                    // "rebels in Syria", but not "talks with the government in Sweden" (a venue abroad).
                    !(["in", "at"].contains(tokens[gap.lowerBound].key)
                        && !(isState(next) && (memory.focusCountry == nil || country(of: next) == memory.focusCountry))),
                    gap.dropFirst().allSatisfy({ k in
                        let t = tokens[k]
                        return t.kind == .word
                            && (t.key == "the" || t.key == "a" || t.key == "an" || t.key.contains("-") || !t.capitalized)
                            && !MentionFinder.connectors.contains(t.key) && t.key != "and"
                            // "the Council to accuse the Houthis": an infinitive is no attachment.
                            && (t.capitalized || dictionary.verbs.longestMatch(tokens, at: k, limit: tokens.count) == nil)
                    })
                {
                    switch next.kind {
                    case .entity, .role:
                        joins = true
                        attaches = true
                    case .name, .pronoun:
                        break
                    }
                }
                guard joins else { break }
                if attaches && attachedFrom == nil { attachedFrom = group.count }
                group.append(next)
                j += 1
            }
            // A closing parenthesis after an acronym belongs to the mention.
            if let mention = makeMention(group, attachedFrom: attachedFrom, tokens: tokens, scalars: scalars, memory: &memory) {
                out.append(mention)
            }
            index = j
        }
        return out
    }

    /// The country of a seat compound ("Tripoli-based", "Aden-seated") just before a role noun.
    private func seatCountry(_ tokens: [Token], before index: Int) -> String? {
        guard index > 0, let compound = dictionary.compoundState(tokens[index - 1], kinds: [.metonym, .state]),
            ["based", "seated", "headquartered"].contains(compound.suffix)
        else { return nil }
        return compound.country
    }

    private func isEntity(_ piece: Piece) -> Bool {
        if case .entity = piece.kind { return true }
        return false
    }

    private func country(of piece: Piece) -> String? {
        if case .entity(let info) = piece.kind { return info.country }
        return nil
    }

    private func isState(_ piece: Piece) -> Bool {
        if case .entity(let info) = piece.kind { return info.kind == .state }
        return false
    }

    private func isRoleOrName(_ piece: Piece) -> Bool {
        switch piece.kind {
        case .role, .name: return true
        case .entity(let info): return info.kind == .organisation || info.kind == .person
        case .pronoun: return false
        }
    }

    /// Heads that, after "the" and an optional number, name a list of states mentioned before: "the three countries",
    /// "the guarantor states", "the two governments".
    static let groupHeads: Set<String> = [
        "countries", "states", "nations", "powers", "guarantors", "sponsors", "governments", "capitals", "trio",
    ]

    /// The end of "the (two|three|four|guarantor) countries" at `start`, if one is there; with `sides`, also "the
    /// two sides" (once the article has named a list of states).
    static func groupReference(_ tokens: [Token], at start: Int, sides: Bool = false) -> Int? {
        guard tokens[start].key == "the", start + 1 < tokens.count else { return nil }
        var k = start + 1
        if ["two", "three", "four", "guarantor"].contains(tokens[k].key), k + 1 < tokens.count {
            k += 1
            if tokens[k].key == "guarantor", k + 1 < tokens.count { k += 1 }
        }
        let twoSides = sides && k == start + 2 && tokens[start + 1].key == "two" && ["sides", "parties"].contains(tokens[k].key)
        guard groupHeads.contains(tokens[k].key) || twoSides else { return nil }
        // "the countries of the region", "the states concerned" stay vague; only a bare head refers back.
        if k + 1 < tokens.count, ["of", "that", "which", "who", "concerned", "involved"].contains(tokens[k + 1].key) {
            return nil
        }
        // A bare "the states" or "the nations" is too vague without a number or "guarantor".
        if k == start + 1 && !["guarantors", "sponsors", "trio"].contains(tokens[k].key) { return nil }
        return k + 1
    }

    /// Plural nouns of the parties at talks, which alone stand for the conflict's sides.
    static let groupNouns: Set<String> = ["delegations", "delegates", "negotiators", "warring"]

    /// Last words of organisations' names that "the" and the word alone refer back to ("the Saudi-led coalition" …
    /// "the coalition said").
    static let organisationHeads: Set<String> = [
        "coalition", "alliance", "movement", "bloc", "commission", "committee", "council", "mission",
    ]

    /// Nouns of a relation to another actor, after which the actor named is the one meant ("Russia's ally Iran").
    static let relationNouns: Set<String> = ["ally", "allies", "counterpart", "counterparts", "partner", "partners"]

    /// Role nouns naming one person, which after "the" refer back to the person last named ("the diplomat said").
    static let personHeads: Set<String> = [
        "president", "minister", "diplomat", "official", "envoy", "spokesman", "spokeswoman", "spokesperson", "negotiator",
        "ambassador", "chairman", "chairwoman", "chair", "mediator", "coordinator", "premier", "chancellor", "secretary",
    ]

    private func pieces(_ tokens: [Token], memory: DocumentMemory) -> [Piece] {
        var out: [Piece] = []
        let n = tokens.count
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.kind == .word else {
                i += 1
                continue
            }
            // "the Kazakh capital" → the state's government.
            if t.key == "the", i + 2 < n, tokens[i + 1].capitalized,
                let country = dictionary.countryByAdjective[tokens[i + 1].key],
                tokens[i + 2].key == "capital"
            {
                let info = ActorInfo(
                    name: dictionary.countries[country]?.capital ?? country, country: country, role: "GOV", kind: .metonym)
                out.append(Piece(first: i, end: i + 3, kind: .entity(info)))
                i += 3
                continue
            }
            if let end = Self.groupReference(tokens, at: i, sides: !memory.lastGroup.isEmpty) {
                out.append(Piece(first: i, end: end, kind: .pronoun(.group)))
                i = end
                continue
            }
            var dictionaryEnd = i
            var chosen: ActorInfo?
            if let match = dictionary.actors.longestMatch(tokens, at: i, limit: n) {
                let properStart = t.key == "the" && i + 1 < n ? i + 1 : i
                var candidates = match.values.filter { info in
                    if info.acronym && !tokens[i].allCaps { return false }
                    if info.kind != .role && !tokens[properStart].capitalized
                        && !(DocumentMemory.isParticle(tokens[properStart].key) && properStart + 1 < n
                            && tokens[properStart + 1].capitalized)
                    {
                        return false  // "de Mistura", "al-Jaafari": a lower-case name particle may open a name.
                    }
                    return true
                }
                if let applying = candidates.first(where: { $0.applies(on: day) }) {
                    chosen = applying
                } else if var first = candidates.first {
                    // A person out of office keeps the country but not the role.
                    if first.kind == .person { first.role = nil }
                    chosen = first
                }
                candidates.removeAll()
                if chosen != nil { dictionaryEnd = match.end }
            }
            if let known = memory.lookup(tokens, at: i, limit: n), known.end > dictionaryEnd {
                let info = ActorInfo(
                    name: known.known.identity, country: known.known.country, role: known.known.role, kind: .person)
                out.append(Piece(first: i, end: known.end, kind: .entity(info)))
                i = known.end
                continue
            }
            if let info = chosen {
                let end = dictionaryEnd
                if info.kind == .state || info.kind == .adjective || info.kind == .metonym, end < n, !tokens[end].capitalized,
                    info.kind == .adjective
                        ? Self.placeNouns.contains(tokens[end].key) : Self.modifiedNouns.contains(tokens[end].key)
                {
                    i = end
                    continue
                }
                out.append(Piece(first: i, end: end, kind: info.kind == .role ? .role(info) : .entity(info)))
                i = end
                continue
            }
            switch t.key {
            case "he", "she":
                out.append(Piece(first: i, end: i + 1, kind: .pronoun(.personal)))
                i += 1
                continue
            case "it", "they", "we", "i":
                if t.key != "i" || t.capitalized {
                    out.append(Piece(first: i, end: i + 1, kind: .pronoun(.other)))
                }
                i += 1
                continue
            case "his", "her", "its", "their", "our":
                out.append(Piece(first: i, end: i + 1, kind: .pronoun(.possessive)))
                i += 1
                continue
            default:
                break
            }
            if t.capitalized && !Self.notNames.contains(t.key) && !Self.isCompoundModifier(t.key) {
                var end = i + 1
                while end < n && end < i + 5 && tokens[end].kind == .word
                    && ((tokens[end].capitalized && !Self.notNames.contains(tokens[end].key)
                        && !Self.isCompoundModifier(tokens[end].key))
                        || (DocumentMemory.isParticle(tokens[end].key) && end + 1 < n && tokens[end + 1].capitalized))
                    && dictionary.actors.longestMatch(tokens, at: end, limit: n) == nil
                {
                    end += 1
                }
                out.append(Piece(first: i, end: end, kind: .name))
                i = end
                continue
            }
            i += 1
        }
        return out
    }

    private static let modifierSuffixes: Set<Substring> = [
        "based", "led", "backed", "held", "controlled", "wide", "born", "run", "allied", "affiliated", "linked", "aligned",
        "funded", "sponsored", "owned", "brokered", "style", "era", "made", "built", "speaking", "dominated", "occupied",
    ]

    /// "Riyadh-based", "UN-led": a compound modifier, not a name.
    static func isCompoundModifier(_ key: String) -> Bool {
        guard let dash = key.lastIndex(of: "-") else { return false }
        return modifierSuffixes.contains(key[key.index(after: dash)...])
    }

    private func makeMention(
        _ group: [Piece], attachedFrom: Int?, tokens: [Token], scalars: [Unicode.Scalar], memory: inout DocumentMemory
    ) -> Mention? {
        let pre = group[..<(attachedFrom ?? group.count)]
        let attached = group[(attachedFrom ?? group.count)...]
        var mention = Mention(first: group[0].first, end: group[group.count - 1].end)
        if mention.end < tokens.count, tokens[mention.end].key == ")",
            tokens[mention.first..<mention.end].contains(where: { $0.key == "(" })
        {
            mention.end += 1
        }
        if group.count == 1, case .pronoun(let kind) = group[0].kind {
            mention.pronoun = kind
            mention.plural = tokens[mention.first].key == "they"
            return mention
        }
        if case .pronoun = group[0].kind {
            mention.pronoun = .possessive
            for piece in group.dropFirst() {
                if case .role(let info) = piece.kind, let role = info.role { mention.role = role }
            }
            return mention
        }
        var person: ActorInfo?
        var firstEntity: ActorInfo?
        var roleFromNoun: String?
        var hasRoleNoun = false
        var nameKeys: [String] = []
        var titled = false
        for (k, piece) in pre.enumerated() where k > 0 {
            if case .name = piece.kind, pre[pre.startIndex + k - 1].end == piece.first {
                switch pre[pre.startIndex + k - 1].kind {
                case .role, .entity: titled = true
                default: break
                }
            }
        }
        // "Russia's ally Iran", "his Turkish counterpart Erdogan": the one named after the relation is the actor.
        var headed = pre[...]
        if let relation = pre.lastIndex(where: { piece in
            if case .role = piece.kind { return Self.relationNouns.contains(tokens[piece.end - 1].key) }
            return false
        }),
            pre[(relation + 1)...].contains(where: {
                if case .entity(let info) = $0.kind { return info.country != nil } else { return false }
            })
        {
            headed = pre[(relation + 1)...]
        }
        for piece in headed {
            switch piece.kind {
            case .entity(let info):
                if info.kind == .person && person == nil { person = info }
                if firstEntity == nil && info.country != nil { firstEntity = info }
            case .role(let info):
                hasRoleNoun = true
                if let role = info.role { roleFromNoun = role }
            case .name:
                if titled { nameKeys += tokens[piece.first..<piece.end].map(\.key) }
            case .pronoun:
                break
            }
        }
        var attachedEntity: ActorInfo?
        var attachedRole: String?
        for piece in attached {
            switch piece.kind {
            case .entity(let info):
                if attachedEntity == nil && info.country != nil { attachedEntity = info }
                if info.kind == .person && person == nil { person = info }
            case .role(let info):
                if attachedRole == nil, let role = info.role { attachedRole = role }
            case .name:
                nameKeys += tokens[piece.first..<piece.end].map(\.key)
            case .pronoun:
                break
            }
        }
        if let person {
            mention.country = person.country ?? firstEntity?.country
            mention.role = person.role
            mention.identity = person.name
            mention.isPerson = true
        } else if let entity = firstEntity {
            mention.country = entity.country
            if entity.kind == .organisation, let role = entity.role, role != "GOV" || roleFromNoun == nil {
                mention.role = role
            } else {
                mention.role = roleFromNoun ?? entity.role
            }
            if entity.kind == .organisation || entity.kind == .metonym { mention.identity = entity.name }
            if entity.kind == .adjective && group.count == 1 { mention.bareAdjective = true }
        } else if let entity = attachedEntity {
            mention.country = entity.country
            // "the leadership of the Taliban", "officials of Hamas": an organisation's own role stays.
            if entity.kind == .organisation, let role = entity.role, role != "GOV" {
                mention.role = role
            } else {
                mention.role = roleFromNoun ?? attachedRole ?? entity.role
            }
        } else if hasRoleNoun {
            mention.role = roleFromNoun ?? attachedRole
            if let role = mention.role, Self.roleCarrying.contains(role) { mention.country = memory.focusCountry }
            // "thanked the delegations": the sides of the conflict the article is about.
            if mention.role == nil, Self.groupNouns.contains(tokens[mention.end - 1].key) {
                mention.country = memory.focusCountry
            }
            // "the Tripoli-based government", "the Aden-seated cabinet": the seat's country.
            if let seat = seatCountry(tokens, before: mention.first) { mention.country = seat }
            // "the diplomat said", "the minister added": the person the article last named.
            let head = tokens[mention.end - 1].key
            let article = mention.first > 0 && tokens[mention.first - 1].key == "the" || tokens[mention.first].key == "the"
            // "the coalition said": the organisation the article last named so ("the coalition of …" is another).
            if article && group.count == 1 && attached.isEmpty, mention.country == nil,
                let known = memory.organisations[head],
                mention.end >= tokens.count || !["of", "line", "lines"].contains(tokens[mention.end].key)
            {
                mention.adopt(known)
                mention.display = nil
                return mention
            }
            if article && group.count == 1 && attached.isEmpty && Self.personHeads.contains(head),
                let known = memory.lastPerson
            {
                let role = mention.role
                mention.adopt(known)
                mention.role = known.role ?? role
                mention.isPerson = true
            }
        } else if !nameKeys.isEmpty || group.allSatisfy({ if case .name = $0.kind { return true } else { return false } }) {
            return nil  // An unknown name with no title: not coded.
        }
        // The mention as written, for what later sentences refer back to.
        let written = { String(String.UnicodeScalarView(scalars[tokens[mention.first].start..<tokens[mention.end - 1].end])) }
        // "the Saudi-led coalition", "Sudan's Transitional Military Council": what "the coalition", "the council"
        // will stand for.
        let head = tokens[group[group.count - 1].end - 1].key
        if let country = mention.country, !mention.isPerson, group.count > 1 || firstEntity?.kind == .organisation,
            Self.organisationHeads.contains(head)
        {
            let display = written()
            memory.organisations[head] = DocumentMemory.Known(
                country: country, role: mention.role, identity: mention.identity ?? display, display: display)
        }
        if !nameKeys.isEmpty && (mention.country != nil || mention.role != nil) && person == nil {
            let display = written()
            let identity = nameKeys.joined(separator: " ")
            memory.remember(
                nameKeys: nameKeys,
                DocumentMemory.Known(country: mention.country, role: mention.role, identity: identity, display: display))
            mention.identity = identity
            mention.isPerson = true
        }
        return mention
    }
}
