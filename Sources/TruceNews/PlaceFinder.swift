import TruceCore

/// Finds places in a sentence through the gazetteer: "in Geneva", "at Hmeimim", "near Daraa" (with the gazetteer's
/// aliases and transliterations), and descriptions that point back to a place ("the Swiss city", "the Kazakh
/// capital").
struct PlaceFinder {
    let gazetteer: Gazetteer?
    let dictionary: NewsDictionary
    /// The world's larger places (`WorldPlaces`), consulted beside `gazetteer`.
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
    func places(_ tokens: [Token], scalars: [Unicode.Scalar], memory: inout DocumentMemory) -> [(
        index: Int, place: EventLocation
    )] {
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
            // The world's places answer only for a whole capitalised run that names no actor but a capital, and no
            // month or day ("in Lebanon", "from Hamas", "in March", "in North Korea" are not the towns of those names;
            // "in Moscow" is the city).
            let actor = dictionary.actors.longestMatch(tokens, at: j, limit: end)
            let worldName =
                !Self.calendarWords.contains(tokens[j].key)
                && (actor?.values.allSatisfy { $0.kind == .metonym } ?? true)
            while stop > j {
                let name = String(String.UnicodeScalarView(scalars[tokens[j].start..<tokens[stop - 1].end]))
                if let place = resolve(name, focus: memory.focusCountry, world: worldName && stop == end) {
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

    /// The place a name stands for: one in the focus country if any place of that name is there, else the scenario
    /// gazetteer's best (its own country first, then the more populous), unless `world` is allowed and the world's
    /// best place of that name is at least ten times as populous (Kabul, not a village of that name in the region).
    func resolve(_ name: String, focus: String? = nil, world: Bool = true) -> EventLocation? {
        let local = gazetteer?.candidates(name) ?? []
        let far = world ? (self.world?.candidates(name) ?? []) : []
        func country(_ entry: GazetteerEntry) -> String {
            dictionary.alpha3(forAlpha2: entry.countryCode) ?? entry.countryCode
        }
        var chosen = local.first ?? far.first
        if let focus, let hit = local.first(where: { country($0) == focus }) ?? far.first(where: { country($0) == focus }) {
            chosen = hit
        } else if let best = local.first, let other = far.first, best.countryCode != gazetteer?.preferredCountry,
            other.population >= 10 * max(best.population, 1)
        {
            chosen = other
        }
        guard let entry = chosen else { return nil }
        return EventLocation(name: entry.name, country: country(entry), lat: entry.point.latitude, lon: entry.point.longitude)
    }

    /// Months and days of the week: "in March" is a date, not March in Cambridgeshire.
    private static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}
