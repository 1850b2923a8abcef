/// Phrases (token key sequences) with values, looked up by their first token so matching a sentence costs one
/// hash lookup per token, never one comparison per dictionary entry.
///
/// A `*` in a phrase matches up to three words (not punctuation, "with" or "against"): `hold * talks` matches "held
/// separate talks".
public struct PhraseIndex<Value: Sendable>: Sendable {
    private struct Phrase: Sendable {
        var keys: [String]
        var values: [Value]
    }

    /// The phrases sharing a first token, longest first, and whether any has a `*` (then its longest match needs
    /// every phrase tried).
    private struct Bucket: Sendable {
        var phrases: [Phrase] = []
        var wild = false
    }

    private var byFirst: [String: Bucket] = [:]

    /// An empty index.
    public init() {}

    /// Number of distinct first tokens.
    public var count: Int { byFirst.count }

    /// Adds a value under a phrase (its token keys).
    public mutating func add(_ keys: [String], _ value: Value) {
        guard let first = keys.first, first != "*" else { return }
        var bucket = byFirst[first, default: Bucket()]
        if keys.contains("*") { bucket.wild = true }
        if let index = bucket.phrases.firstIndex(where: { $0.keys == keys }) {
            bucket.phrases[index].values.append(value)
        } else {
            bucket.phrases.append(Phrase(keys: keys, values: [value]))
            bucket.phrases.sort { $0.keys.count > $1.keys.count }
        }
        byFirst[first] = bucket
    }

    /// The longest phrase starting at `tokens[start]` (ending before `limit`): the index just past it and its values.
    public func longestMatch(_ tokens: [Token], at start: Int, limit: Int) -> (end: Int, values: [Value])? {
        guard let bucket = byFirst[tokens[start].key] else { return nil }
        var best: (end: Int, values: [Value])?
        for phrase in bucket.phrases {
            if let end = match(phrase.keys, tokens, start, limit), end > (best?.end ?? start) {
                best = (end, phrase.values)
                // Without `*`, phrases are sorted longest first, so the first that matches is the longest.
                if !bucket.wild { break }
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
                        // "hold talks with the protest leaders" is no "hold * protest": a counterpart ends the phrase.
                        guard index < limit, [.word, .number, .quote].contains(tokens[index].kind),
                            tokens[index].key != "with", tokens[index].key != "against"
                        else { return nil }
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
