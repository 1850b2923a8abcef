import Foundation

/// The actor, role and verb dictionaries, loaded from readable tab-separated files (docs/news-dictionaries.md).
///
/// Each line is `TYPE<TAB>field<TAB>…`; `#` starts a comment. Types: `country`, `person`, `org`, `role`, `verb`,
/// `speech`, `noun`, `irregular`, `instrument`. A user extends the shipped files by passing more files of the same
/// form; errors name the file and line.
public struct NewsDictionary: Sendable {
    /// Actor phrases (states, adjectives, metonyms, people, organisations, role nouns).
    public private(set) var actors = PhraseIndex<ActorInfo>()
    /// Event phrases.
    public private(set) var verbs = PhraseIndex<VerbEntry>()
    /// Weapon and method words that refine a generic violence code (air strike → 195).
    public private(set) var instruments = PhraseIndex<String>()
    /// States by alpha-3 code.
    public private(set) var countries: [String: CountryRecord] = [:]
    /// Alpha-3 codes by alpha-2 code.
    public private(set) var alpha3ByAlpha2: [String: String] = [:]
    /// Alpha-3 codes by adjective key ("swiss" → CHE).
    public private(set) var countryByAdjective: [String: String] = [:]
    /// Number of dictionary lines loaded.
    public private(set) var entryCount = 0

    /// The shipped files, in load order.
    public static let shippedFiles = ["countries.tsv", "actors.tsv", "roles.tsv", "verbs.tsv"]

    /// An empty dictionary.
    public init() {}

    /// The shipped dictionaries plus `extra` files (a user's additions for a new conflict).
    public static func shipped(extra: [URL] = []) throws(NewsError) -> NewsDictionary {
        var files: [(name: String, text: String)] = []
        for name in shippedFiles {
            guard let url = resourceURL(name), let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw .missingResource(name: name)
            }
            files.append((name, text))
        }
        for url in extra {
            guard let data = try? Data(contentsOf: url) else {
                throw .malformedDictionary(file: url.path, line: 0, message: "cannot be read")
            }
            let text = try ArticleText.decode(Array(data), file: url.path)
            files.append((url.lastPathComponent, text))
        }
        return try NewsDictionary(files: files)
    }

    /// The URL of a shipped resource file (`countries.tsv`, `CAMEO2PLOVER-2021.txt`, …).
    public static func resourceURL(_ name: String) -> URL? {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        return Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: base, withExtension: ext)
    }

    /// Loads dictionary files given as text. Irregular verb forms apply to every file's verbs.
    public init(files: [(name: String, text: String)]) throws(NewsError) {
        var records: [(file: String, line: Int, fields: [String])] = []
        for (name, text) in files {
            var lineNumber = 0
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                var line = Substring(raw)
                if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                records.append((name, lineNumber, fields))
            }
        }
        var irregular: [String: [String]] = [:]
        for record in records where record.fields[0] == "irregular" {
            guard record.fields.count == 3, !record.fields[1].isEmpty else {
                throw .malformedDictionary(file: record.file, line: record.line, message: "irregular needs: base, forms")
            }
            irregular[record.fields[1].lowercased(), default: []] += record.fields[2].split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
        }
        for record in records where record.fields[0] == "country" {
            try addCountry(record.fields, file: record.file, line: record.line)
        }
        for record in records where record.fields[0] != "country" && record.fields[0] != "irregular" {
            try add(record.fields, file: record.file, line: record.line, irregular: irregular)
        }
        entryCount = records.count
    }

    private static func list(_ field: String) -> [String] {
        field == "-" ? [] : field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Arabic articles written with a hyphen in the dictionary ("Jaish al-Islam") and often without in text
    /// ("Jaish al Islam").
    private static let arabicArticles = ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-"]

    /// The name with its Arabic articles written apart: "Jaish al-Islam" → "Jaish al Islam".
    static func unhyphenatedArticle(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let lower = word.lowercased()
            guard let article = arabicArticles.first(where: { lower.hasPrefix($0) }), word.count > article.count else {
                return String(word)
            }
            return String(word.prefix(article.count - 1)) + " " + String(word.dropFirst(article.count))
        }.joined(separator: " ")
    }

    /// A short all-capitals name ("US", "UN", "HNC") matches only capitals in text.
    private static func isAcronym(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count <= 6 && !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
    }

    private static func isCode(_ text: String, length: Int) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    private mutating func addCountry(_ f: [String], file: String, line: Int) throws(NewsError) {
        guard f.count == 6 else {
            throw .malformedDictionary(
                file: file, line: line,
                message: "country needs 5 fields (ISO3, ISO2, names, adjectives, metonyms), found \(f.count - 1)")
        }
        guard Self.isCode(f[1], length: 3) else {
            throw .malformedDictionary(file: file, line: line, message: "country code '\(f[1])' is not ISO 3166-1 alpha-3")
        }
        guard Self.isCode(f[2], length: 2) else {
            throw .malformedDictionary(file: file, line: line, message: "country code '\(f[2])' is not ISO 3166-1 alpha-2")
        }
        let names = Self.list(f[3])
        guard let name = names.first else { throw .malformedDictionary(file: file, line: line, message: "country has no name") }
        let adjectives = Self.list(f[4])
        let metonyms = Self.list(f[5])
        for n in names {
            var info = ActorInfo(name: name, country: f[1], role: nil, kind: .state)
            info.acronym = Self.isAcronym(n)
            actors.add(Tokenizer.keys(n), info)
        }
        for adjective in adjectives {
            let keys = Tokenizer.keys(adjective)
            actors.add(keys, ActorInfo(name: name, country: f[1], role: nil, kind: .adjective))
            if let last = keys.last, keys.count == 1 {
                countryByAdjective[last] = f[1]
                // Demonym plurals: "Palestinians", "Israelis".
                if last.hasSuffix("an") || last.hasSuffix("i") {
                    actors.add([last + "s"], ActorInfo(name: name, country: f[1], role: nil, kind: .adjective))
                }
            }
        }
        for metonym in metonyms {
            actors.add(Tokenizer.keys(metonym), ActorInfo(name: metonym, country: f[1], role: "GOV", kind: .metonym))
        }
        countries[f[1]] = CountryRecord(
            alpha3: f[1], alpha2: f[2], name: name, adjectives: adjectives.map { $0.lowercased() }, capital: metonyms.first)
        alpha3ByAlpha2[f[2]] = f[1]
    }

    private mutating func add(_ f: [String], file: String, line: Int, irregular: [String: [String]]) throws(NewsError) {
        func fail(_ message: String) -> NewsError { .malformedDictionary(file: file, line: line, message: message) }
        switch f[0] {
        case "person", "org":
            guard f.count >= 4 && f.count <= 6 else {
                throw fail("\(f[0]) needs: names, country, role[, from[, to]], found \(f.count - 1) fields")
            }
            let names = Self.list(f[1])
            guard let name = names.first else { throw fail("\(f[0]) has no name") }
            let country = f[2] == "-" ? nil : f[2]
            if let country, !(Self.isCode(country, length: 3)) { throw fail("country '\(country)' is not a 3-letter code") }
            let role = f[3] == "-" ? nil : f[3]
            if let role, !role.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) { throw fail("role '\(role)' is not a CAMEO role") }
            var from: NewsDay?
            var to: NewsDay?
            if f.count >= 5 && !f[4].isEmpty && f[4] != "-" {
                guard let day = NewsDay(f[4]) else { throw fail("from '\(f[4])' is not a date (YYYY-MM-DD)") }
                from = day
            }
            if f.count == 6 && !f[5].isEmpty && f[5] != "-" {
                guard let day = NewsDay(f[5]) else { throw fail("to '\(f[5])' is not a date (YYYY-MM-DD)") }
                to = day
            }
            let kind: ActorInfo.Kind = f[0] == "person" ? .person : .organisation
            let spelled = names + names.map(Self.unhyphenatedArticle).filter { !names.contains($0) }
            for n in spelled {
                var info = ActorInfo(name: name, country: country, role: role, kind: kind, from: from, to: to)
                info.acronym = Self.isAcronym(n)
                actors.add(Tokenizer.keys(n), info)
            }
        case "role":
            guard f.count == 3 else { throw fail("role needs: ROLE, nouns") }
            let role = f[1] == "-" ? nil : f[1]
            for noun in Self.list(f[2]) {
                var keys = Tokenizer.keys(noun)
                actors.add(keys, ActorInfo(name: noun, country: nil, role: role, kind: .role))
                if let last = keys.last, last.count > 2 {
                    keys[keys.count - 1] = Self.plural(last)
                    actors.add(keys, ActorInfo(name: noun, country: nil, role: role, kind: .role))
                }
            }
        case "verb", "speech", "noun":
            guard f.count == 3 else { throw fail("\(f[0]) needs: CAMEO code, patterns") }
            let code = f[1]
            guard (3...4).contains(code.utf8.count), code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
                throw fail("'\(code)' is not a CAMEO code (3 or 4 digits)")
            }
            let kind = VerbEntry.Kind(rawValue: f[0])!
            for pattern in Self.list(f[2]) {
                let keys = Tokenizer.keys(pattern)
                guard let head = keys.first else { continue }
                let entry = VerbEntry(code: code, kind: kind, pattern: pattern)
                if kind == .noun {
                    verbs.add(keys, entry)
                    var plural = keys
                    plural[plural.count - 1] = Self.plural(keys[keys.count - 1])
                    verbs.add(plural, entry)
                } else {
                    for form in Set(Self.inflections(head) + (irregular[head] ?? [])) {
                        verbs.add([form] + keys.dropFirst(), entry)
                    }
                }
            }
        case "instrument":
            guard f.count == 3 else { throw fail("instrument needs: CAMEO code, phrases") }
            for phrase in Self.list(f[2]) {
                let keys = Tokenizer.keys(phrase)
                instruments.add(keys, f[1])
                if let last = keys.last {
                    instruments.add(Array(keys.dropLast()) + [Self.plural(last)], f[1])
                }
            }
        default:
            throw fail("unknown line type '\(f[0])' (country, person, org, role, verb, speech, noun, irregular, instrument)")
        }
    }

    /// The plural of a noun key.
    static func plural(_ word: String) -> String {
        if word.hasSuffix("man") { return String(word.dropLast(3)) + "men" }
        if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") { return word + "es" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ies"
        }
        return word + "s"
    }

    /// Regular inflections of a verb key: base, -s, -ed, -ing (with and without a doubled final consonant).
    static func inflections(_ verb: String) -> [String] {
        var forms = [verb]
        let vowels = "aeiou"
        let chars = Array(verb)
        guard let last = chars.last else { return forms }
        // -s
        if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") || verb.hasSuffix("z")
            || verb.hasSuffix("o")
        {
            forms.append(verb + "es")
        } else if last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            forms.append(String(chars.dropLast()) + "ies")
        } else {
            forms.append(verb + "s")
        }
        // -ed and -ing
        if last == "e" {
            forms.append(verb + "d")
            if verb.hasSuffix("ee") || verb.hasSuffix("ye") || verb.hasSuffix("oe") {
                forms.append(verb + "ing")
            } else if verb.hasSuffix("ie") {
                forms.append(String(chars.dropLast(2)) + "ying")
            } else {
                forms.append(String(chars.dropLast()) + "ing")
            }
        } else if last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            forms.append(String(chars.dropLast()) + "ied")
            forms.append(verb + "ing")
        } else {
            forms.append(verb + "ed")
            forms.append(verb + "ing")
            if chars.count >= 3, "bdgmnprtl".contains(last), vowels.contains(chars[chars.count - 2]),
                !vowels.contains(chars[chars.count - 3])
            {
                forms.append(verb + String(last) + "ed")
                forms.append(verb + String(last) + "ing")
            }
        }
        return forms
    }

    /// The alpha-3 code for an alpha-2 code (gazetteer entries use alpha-2).
    public func alpha3(forAlpha2 code: String) -> String? { alpha3ByAlpha2[code] }

    /// A hyphenated compound's head naming a state in one of `kinds` ("Saudi-backed", "Tripoli-based"): the state's
    /// country and the word after the hyphen.
    func compoundState(_ token: Token, kinds: Set<ActorInfo.Kind>) -> (country: String, suffix: Substring)? {
        guard let dash = token.key.lastIndex(of: "-") else { return nil }
        var head = token
        head.key = String(token.key[..<dash])
        guard let match = actors.longestMatch([head], at: 0, limit: 1),
            let country = match.values.first(where: { kinds.contains($0.kind) })?.country
        else { return nil }
        return (country, token.key[token.key.index(after: dash)...])
    }
}
