import TruceCore

/// Finds places in a sentence through the gazetteer: "in Geneva", "at Hmeimim", "near Daraa" (with the gazetteer's
/// aliases and transliterations), and descriptions that point back to a place ("the Swiss city", "the Kazakh
/// capital").
struct PlaceFinder {
    let gazetteer: Gazetteer?
    let dictionary: NewsDictionary
    /// The world's larger places (`WorldPlaces`), consulted beside `gazetteer` (see `resolve`).
    var world: Gazetteer? = nil

    private static let prepositions: Set<String> = ["in", "at", "near", "outside", "inside", "around", "into", "across", "from"]
    private static let placeNouns: Set<String> = ["city", "town", "capital", "village", "port"]
    private static let eventNouns: Set<String> = ["talks", "negotiations", "summit", "meeting", "process", "conference", "round"]
    /// "the town of Douma", "Idlib province's countryside": nouns whose `of` introduces a place.
    private static let areaNouns: Set<String> = [
        "city", "town", "capital", "village", "port", "province", "district", "neighbourhood", "neighborhood", "suburb",
        "suburbs", "area", "region", "governorate", "countryside", "outskirts", "enclave", "pocket", "camp",
    ]
    /// Verbs of force whose object is where the act happened ("shelled Douma", "struck Idlib", "entered Afrin").
    private static let attackVerbs: Set<String> = [
        "shelled", "shell", "shells", "shelling", "bombed", "bomb", "bombs", "bombing", "struck", "strike", "strikes",
        "hit", "hits", "attacked", "attack", "attacks", "attacking", "pounded", "pound", "pounds", "pounding",
        "bombarded", "bombard", "bombards", "bombarding", "stormed", "storm", "storms", "raided", "raid", "raids",
        "captured", "capture", "captures", "seized", "seize", "seizes", "entered", "enter", "enters", "besieged",
        "besiege", "targeted", "target", "targets", "recaptured", "retook", "overran", "liberated",
    ]

    /// Places in `tokens`, each with the index of its first token, in order. Updates the memory of last places.
    /// The memory's focus country decides between same-named places.
    func places(
        _ tokens: [Token], scalars: [Unicode.Scalar], memory: inout DocumentMemory, articleCountries: [String: Int] = [:]
    ) -> [(index: Int, place: EventLocation)] {
        var out: [(Int, EventLocation)] = []
        let n = tokens.count
        var i = 0
        while i < n {
            let key = tokens[i].key
            let afterPreposition = Self.prepositions.contains(key)
            var j = afterPreposition ? i + 1 : i
            if j < n && tokens[j].key == "the" { j += 1 }
            guard j < n else { break }
            // "the Swiss city", "the Kazakh capital"
            if j + 1 < n, tokens[j].capitalized, j > i, tokens[j - 1].key == "the",
                let country = dictionary.countryByAdjective[tokens[j].key], Self.placeNouns.contains(tokens[j + 1].key)
            {
                var place: EventLocation?
                if tokens[j + 1].key == "capital" {
                    place = dictionary.countries[country]?.capital.flatMap { resolve($0, focus: country) }
                } else {
                    place = memory.lastPlaceByCountry[country]
                }
                if let place {
                    out.append((j - 1, place))
                    remember(place, &memory)
                }
                i = j + 2
                continue
            }
            guard tokens[j].capitalized, tokens[j].kind == .word else {
                i += 1
                continue
            }
            var end = j
            while end < n && end < j + 4 && tokens[end].kind == .word
                && (tokens[end].capitalized || DocumentMemory.isParticle(tokens[end].key))
            {
                end += 1
            }
            let namesEvent = end < n && Self.eventNouns.contains(tokens[end].key)
            // "the town of Douma", "shelled Douma": where the act happened, without a preposition.
            let ofArea = j >= 2 && tokens[j - 1].key == "of" && Self.areaNouns.contains(tokens[j - 2].key)
            let attacked = j >= 1 && j == i && Self.attackVerbs.contains(tokens[j - 1].key)
            let located = afterPreposition || ofArea || attacked
            guard located || namesEvent else {
                i = end
                continue
            }
            var found = false
            var stop = end
            let world =
                self.world == nil
                ? nil
                : worldRun(
                    tokens, from: j, to: end, attacked: attacked && !afterPreposition && !ofArea,
                    source: afterPreposition && tokens[i].key == "from")
            while stop > j {
                let name = String(String.UnicodeScalarView(scalars[tokens[j].start..<tokens[stop - 1].end]))
                let worldAllowed = world.map { stop == $0.end } ?? false
                if let place = resolve(
                    name, focus: memory.focusCountry, articleCountries: articleCountries, world: worldAllowed,
                    worldCountry: world?.country)
                {
                    // "the Geneva talks" names a place for later coreference, not where this act happened.
                    if located { out.append((j, place)) }
                    remember(place, &memory)
                    found = true
                    break
                }
                stop -= 1
            }
            i = found ? stop : end
        }
        return out
    }

    private func remember(_ place: EventLocation, _ memory: inout DocumentMemory) {
        if let country = place.country { memory.lastPlaceByCountry[country] = place }
        memory.lastPlace = place
    }

    /// Where the world's places may answer for the capitalised run `tokens[start..<end]`: the run without trailing
    /// months and days ("in Doha Saturday"), and the country its places must be in (a capital's, "in Moscow"), or
    /// `nil` when they may not answer at all: a run that begins with a month or day ("in March"), that is an actor's
    /// name as a whole ("in Lebanon", "from Hamas", "in North Korea"; not "in Kuwait City"), or, after an attack
    /// verb, that qualifies a noun of people or posts ("struck Badr fighters", "shelled Azov positions"). A capital
    /// after "from" is a government sending something ("weapons from Tehran"), not where the act happened.
    private func worldRun(_ tokens: [Token], from start: Int, to end: Int, attacked: Bool, source: Bool) -> (
        end: Int, country: String?
    )? {
        var runEnd = end
        while runEnd > start + 1 && Self.calendarWords.contains(tokens[runEnd - 1].key) { runEnd -= 1 }
        guard !Self.calendarWords.contains(tokens[start].key) else { return nil }
        if attacked, runEnd == end, end < tokens.count, Self.unitNouns.contains(tokens[end].key) { return nil }
        var country: String?
        if let actor = dictionary.actors.longestMatch(tokens, at: start, limit: runEnd), actor.end >= runEnd {
            guard !source, actor.values.allSatisfy({ $0.kind == .metonym }), let capitalOf = actor.values.first?.country
            else {
                return nil
            }
            country = capitalOf
        }
        return (runEnd, country)
    }

    /// The place a name stands for, among every place of that name in the scenario gazetteer and (when `world`) the
    /// world's places (only those in `worldCountry`, when given). "The largest place of the name" counts only places
    /// known by that very name, when there are any (Yei in South Sudan, not Bursa, which lists "Yei" among its names).
    /// 1. The scenario's place in the focus country.
    /// 2. Else a world place in the focus country, at least a fifth as populous as the largest place of the name
    ///    (Tripoli in a Libya article; not Geneva, Illinois, in an American one), unless the scenario has the name
    ///    in a country the article names (Bethlehem with the Palestinians).
    /// 3. Else the scenario's best (its own country first, then the more populous), unless a world place known by
    ///    this very name is a hundred times as populous, the scenario's is abroad and the article does not name its
    ///    country (Kabul, not a village in the region's list).
    /// 4. Else the world's most populous place known by that very name (or, if none is, by it as an alternate
    ///    name), if it is five times as populous as any other such place and, in an article about a country, it lies
    ///    in a country the article names or is a capital or a city of half a million ("in Doha", "in Milan"; not
    ///    Borna in Germany for "in Borno", nor Göd in Hungary for "trusting in God", nor Victoria in British Columbia
    ///    for "near Victoria" in Uganda). A place's own name beats another's alternate: "Odessa" alone finds Odessa,
    ///    Texas, which a Ukrainian article does not take, rather than Hong Kong finding "Victoria".
    func resolve(
        _ name: String, focus: String? = nil, articleCountries: [String: Int] = [:], world: Bool = true,
        worldCountry: String? = nil
    ) -> EventLocation? {
        func country(_ entry: GazetteerEntry) -> String {
            dictionary.alpha3(forAlpha2: entry.countryCode) ?? entry.countryCode
        }
        let local = gazetteer?.candidates(name) ?? []
        var far = world ? (self.world?.candidates(name) ?? []) : []
        if let worldCountry { far = far.filter { country($0) == worldCountry } }
        if far.isEmpty {
            // The scenario's places alone, as before the world layer: the focus country's, else the best.
            guard let entry = local.first(where: { focus != nil && country($0) == focus }) ?? local.first else { return nil }
            return EventLocation(
                name: entry.name, country: country(entry), lat: entry.point.latitude, lon: entry.point.longitude)
        }
        let key = NameKey.normalize(name)
        let byName = far.filter { NameKey.normalize($0.name) == key }
        let ownOrAlternate = byName.isEmpty ? far : byName
        let ownNames = local.filter { NameKey.normalize($0.name) == key } + byName
        let largest = (ownNames.isEmpty ? local + far : ownNames).map(\.population).max() ?? 0
        let localNamed = local.first.map { articleCountries[country($0)] != nil } ?? false
        var chosen: GazetteerEntry?
        if let focus, let hit = local.first(where: { country($0) == focus }) {
            chosen = hit
        } else if let focus, !localNamed,
            let hit = (local.isEmpty ? far : byName).first(where: { country($0) == focus && $0.population * 5 >= largest })
        {
            chosen = hit
        } else if let best = local.first {
            chosen = best
            if !localNamed, best.countryCode != gazetteer?.preferredCountry, let other = byName.first,
                other.population >= 100 * max(best.population, 1)
            {
                chosen = other
            }
        } else if let top = ownOrAlternate.first,
            ownOrAlternate.dropFirst().allSatisfy({ top.population >= 5 * $0.population })
        {
            let venue =
                top.population >= 500_000
                || dictionary.countries[country(top)]?.capital.map { NameKey.normalize($0) == NameKey.normalize(top.name) }
                    ?? false
            chosen = focus == nil || articleCountries[country(top)] != nil || venue ? top : nil
        }
        guard let entry = chosen else { return nil }
        return EventLocation(name: entry.name, country: country(entry), lat: entry.point.latitude, lon: entry.point.longitude)
    }

    /// Months and days of the week: "in March" is a date, not March in Cambridgeshire.
    private static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ramadan", "eid",
    ]

    /// Nouns of people and posts that a capitalised word before them qualifies rather than places ("struck Badr
    /// fighters", "shelled Azov positions", "attacked ANA posts").
    private static let unitNouns: Set<String> = [
        "fighters", "militants", "positions", "position", "posts", "post", "camps", "camp", "bases", "base",
        "headquarters", "hideouts", "hideout", "strongholds", "stronghold", "troops", "forces", "units", "members",
        "villages", "convoy", "convoys", "targets", "militia", "militias", "rebels", "insurgents", "soldiers",
    ]
}
