/// Phrases (token key sequences) with values, looked up by their first token so matching a sentence costs one
/// hash lookup per token, never one comparison per dictionary entry.
///
/// A `*` in a phrase matches up to three words (not punctuation): `hold * talks` matches "held separate talks".
public struct PhraseIndex<Value: Sendable>: Sendable {
    private struct Phrase: Sendable {
        var keys: [String]
        var values: [Value]
    }

    private var byFirst: [String: [Phrase]] = [:]
    /// First tokens whose phrases include a `*` (their longest match needs every phrase tried).
    private var wildFirsts: Set<String> = []

    /// An empty index.
    public init() {}

    /// Number of distinct first tokens.
    public var count: Int { byFirst.count }

    /// Adds a value under a phrase (its token keys).
    public mutating func add(_ keys: [String], _ value: Value) {
        guard let first = keys.first, first != "*" else { return }
        if keys.contains("*") { wildFirsts.insert(first) }
        var list = byFirst[first, default: []]
        if let index = list.firstIndex(where: { $0.keys == keys }) {
            list[index].values.append(value)
        } else {
            list.append(Phrase(keys: keys, values: [value]))
            list.sort { $0.keys.count > $1.keys.count }
        }
        byFirst[first] = list
    }

    /// The longest phrase starting at `tokens[start]` (ending before `limit`): the index just past it and its values.
    public func longestMatch(_ tokens: [Token], at start: Int, limit: Int) -> (end: Int, values: [Value])? {
        let key = tokens[start].key
        guard let list = byFirst[key] else { return nil }
        // Without `*`, phrases are sorted longest first, so the first that matches is the longest.
        let exhaustive = wildFirsts.contains(key)
        var best: (end: Int, values: [Value])?
        for phrase in list {
            if let end = match(phrase.keys, tokens, start, limit), end > (best?.end ?? start) {
                best = (end, phrase.values)
                if !exhaustive { break }
            }
        }
        return best
    }

    private func match(_ keys: [String], _ tokens: [Token], _ start: Int, _ limit: Int) -> Int? {
        var t = start
        var k = 0
        while k < keys.count {
            let key = keys[k]
            if key == "*" {
                // Try the rest after skipping 0...3 words (or quotation marks: was "horrified").
                for skip in 0...3 {
                    if skip > 0 {
                        let index = t + skip - 1
                        guard index < limit, [.word, .number, .quote].contains(tokens[index].kind) else { return nil }
                    }
                    if let end = match(Array(keys[(k + 1)...]), tokens, t + skip, limit) { return end }
                }
                return nil
            }
            guard t < limit, tokens[t].key == key else { return nil }
            t += 1
            k += 1
        }
        return t
    }
}
