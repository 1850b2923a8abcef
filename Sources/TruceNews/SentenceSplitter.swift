/// Splits a paragraph into sentences without breaking at abbreviations ("U.S.", "Dr.", "Jan."), initials
/// ("J. R. Smith") or punctuation inside quotations that do not end the sentence.
public struct SentenceSplitter: Sendable {
    /// Lower-case abbreviations (without the dot) after which a period does not end a sentence.
    public var abbreviations: Set<String>

    /// A splitter with the usual English abbreviations of titles, months and company forms.
    public init(abbreviations: Set<String> = SentenceSplitter.defaultAbbreviations) {
        self.abbreviations = abbreviations
    }

    /// The usual English abbreviations.
    public static let defaultAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig", "rep", "sen",
        "gov", "pres", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "v", "inc", "ltd", "co", "corp", "jr", "sr", "messrs", "rev", "hon", "amb", "approx", "dept",
        "est", "fig", "gov't", "e.g", "i.e", "al", "cf", "u.s", "u.n", "u.k", "e.u", "mln", "bn", "sq", "km",
    ]

    /// Sentence ranges within `scalars[range]`, with surrounding white space trimmed.
    public func split(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        var quoteDepth = 0
        while i < end {
            let c = scalars[i]
            if c == "“" || c == "«" { quoteDepth += 1 }
            if c == "”" || c == "»" { quoteDepth = max(0, quoteDepth - 1) }
            if c == "." || c == "!" || c == "?" || c == "…" {
                var j = i + 1
                // Runs of terminators and closing quotes/brackets belong to this sentence.
                while j < end,
                    scalars[j] == "." || scalars[j] == "!" || scalars[j] == "?" || scalars[j] == "”" || scalars[j] == "\""
                        || scalars[j] == "’" || scalars[j] == ")" || scalars[j] == "»" || scalars[j] == "'"
                {
                    if scalars[j] == "”" || scalars[j] == "»" { quoteDepth = max(0, quoteDepth - 1) }
                    j += 1
                }
                let closedQuote = j > i + 1 && (scalars[j - 1] == "”" || scalars[j - 1] == "\"" || scalars[j - 1] == "’")
                if j >= end {
                    i = j
                    break
                }
                guard Tokenizer.isSpace(scalars[j]) else {
                    i = j
                    continue
                }
                var k = j
                while k < end && Tokenizer.isSpace(scalars[k]) { k += 1 }
                guard k < end else {
                    i = k
                    break
                }
                let next = scalars[k]
                let opensSentence =
                    next.properties.isUppercase || next == "“" || next == "\"" || next == "‘" || next == "«" || next == "("
                    || (next.value >= 48 && next.value <= 57) || (next.value > 0x7F && !next.properties.isLowercase)
                if opensSentence && (c != "." || closedQuote || !isAbbreviation(scalars, before: i, from: start)) {
                    if quoteDepth == 0 || closedQuote {
                        append(&out, scalars, start..<j)
                        start = k
                        quoteDepth = 0
                    }
                }
                i = k
                continue
            }
            i += 1
        }
        append(&out, scalars, start..<end)
        return out
    }

    /// Whether the word ending just before `dot` is an abbreviation or an initial.
    private func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int, from start: Int) -> Bool {
        var b = dot
        while b > start && (Tokenizer.isLetter(scalars[b - 1]) || scalars[b - 1] == "." || Tokenizer.isApostrophe(scalars[b - 1]))
        {
            b -= 1
        }
        if b == dot { return false }
        var word = ""
        for k in b..<dot { word.unicodeScalars.append(scalars[k]) }
        // A single capital letter is an initial ("J. R. Smith").
        if word.unicodeScalars.count == 1 && word.unicodeScalars.first!.properties.isUppercase { return true }
        let lower = word.lowercased()
        if abbreviations.contains(lower) { return true }
        // Letter-dot runs ("U.S", "e.g").
        let parts = lower.split(separator: ".")
        return parts.count > 1 && parts.allSatisfy { $0.count == 1 }
    }

    private func append(_ out: inout [Range<Int>], _ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi && Tokenizer.isSpace(scalars[lo]) { lo += 1 }
        while hi > lo && Tokenizer.isSpace(scalars[hi - 1]) { hi -= 1 }
        if lo < hi { out.append(lo..<hi) }
    }
}
