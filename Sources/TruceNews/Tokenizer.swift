/// Splits a sentence into ``Token``s once; every later step (dictionaries, dates, places) works on the tokens.
///
/// Possessive `'s` becomes a token of its own; inner hyphens and apostrophes stay in the word (`al-Ja'afari` has the
/// key `al-jaafari`), abbreviation dots stay in the word (`U.S.` has the key `u.s.`).
public enum Tokenizer {
    /// The tokens of `scalars[range]`; offsets are indices into `scalars`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity((range.count / 5) + 4)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = scalars[i]
            if isSpace(c) {
                i += 1
                continue
            }
            if isWordScalar(c) {
                let start = i
                var j = i + 1
                while j < end {
                    let d = scalars[j]
                    if isWordScalar(d) {
                        j += 1
                        continue
                    }
                    // Inner hyphen or apostrophe followed by a letter (but not the possessive 's).
                    if (d == "-" || isApostrophe(d)) && j + 1 < end && isWordScalar(scalars[j + 1]) {
                        if isApostrophe(d) && (scalars[j + 1] == "s" || scalars[j + 1] == "S")
                            && (j + 2 >= end || !isWordScalar(scalars[j + 2]))
                        {
                            break
                        }
                        j += 2
                        continue
                    }
                    // Abbreviation dots: "U.S.", "U.N." (single letters separated by dots).
                    if d == "." && j + 1 < end && isLetter(scalars[j + 1]) && j - start == 1 {
                        var k = j
                        while k + 1 < end && scalars[k] == "." && isLetter(scalars[k + 1])
                            && (k + 2 >= end || scalars[k + 2] == ".")
                        {
                            k += 2
                        }
                        if k > j {
                            j = (k < end && scalars[k] == ".") ? k + 1 : k
                        }
                        break
                    }
                    break
                }
                out.append(makeWord(scalars, start, j))
                i = j
                continue
            }
            if isApostrophe(c) && i + 1 < end && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                && (i + 2 >= end || !isWordScalar(scalars[i + 2])) && i > range.lowerBound && isWordScalar(scalars[i - 1])
            {
                out.append(Token(key: "'s", kind: .word, capitalized: false, start: i, end: i + 2))
                i += 2
                continue
            }
            let kind: Token.Kind = isQuote(c) ? .quote : .punctuation
            var key = ""
            key.unicodeScalars.append(isQuote(c) ? "\"" : c)
            out.append(Token(key: key, kind: kind, capitalized: false, start: i, end: i + 1))
            i += 1
        }
        return out
    }

    /// The key of a phrase as the tokenizer would make it: used for dictionary entries.
    public static func keys(_ phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return tokens(scalars, in: 0..<scalars.count).map(\.key)
    }

    private static func makeWord(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        var key = ""
        var ascii = true
        var allDigits = true
        var hyphen = false
        for k in start..<end {
            let s = scalars[k]
            if isApostrophe(s) { continue }
            if s == "-" { hyphen = true }
            if s.value < 0x80 {
                if s.value >= 65 && s.value <= 90 {
                    key.unicodeScalars.append(Unicode.Scalar(s.value + 32)!)
                } else {
                    key.unicodeScalars.append(s)
                }
                if !(s.value >= 48 && s.value <= 57) && s != "." && s != "," { allDigits = false }
            } else {
                ascii = false
                allDigits = false
                key.unicodeScalars.append(s)
            }
        }
        if !ascii { key = foldNonASCII(key) }
        // "deputy-turned-rebel leader": the word is what the person became.
        if hyphen {
            let parts = key.split(separator: "-", omittingEmptySubsequences: false)
            if let turned = parts.lastIndex(of: "turned"), turned > 0, turned + 1 < parts.count {
                key = parts[(turned + 1)...].joined(separator: "-")
            }
        }
        let first = scalars[start]
        let capitalized = first.properties.isUppercase
        var allCaps = capitalized
        if capitalized {
            for k in start..<end where scalars[k].properties.isLowercase {
                allCaps = false
                break
            }
        }
        return Token(
            key: key, kind: allDigits ? .number : .word, capitalized: capitalized, allCaps: allCaps, start: start, end: end)
    }

    private static func foldNonASCII(_ key: String) -> String {
        var out = ""
        for s in key.lowercased().unicodeScalars {
            switch s {
            case "à", "á", "â", "ã", "ä", "å", "ā": out.unicodeScalars.append("a")
            case "ç", "č", "ć": out.unicodeScalars.append("c")
            case "è", "é", "ê", "ë", "ē": out.unicodeScalars.append("e")
            case "ì", "í", "î", "ï", "ī": out.unicodeScalars.append("i")
            case "ñ": out.unicodeScalars.append("n")
            case "ò", "ó", "ô", "õ", "ö", "ø", "ō": out.unicodeScalars.append("o")
            case "ù", "ú", "û", "ü", "ū": out.unicodeScalars.append("u")
            case "ş", "š", "ś": out.unicodeScalars.append("s")
            case "ž", "ź", "ż": out.unicodeScalars.append("z")
            case "ğ": out.unicodeScalars.append("g")
            case "ı": out.unicodeScalars.append("i")
            case "ḥ": out.unicodeScalars.append("h")
            case "‐", "‑", "–": out.unicodeScalars.append("-")
            case "ʿ", "ʾ": continue
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{2009}" || c == "\u{200B}"
            || c == "\u{FEFF}" || (c.value > 0x7F && c.properties.isWhitespace)
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) }
        return c.properties.isAlphabetic
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            return (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || (c.value >= 48 && c.value <= 57)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
            || c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .spacingMark
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "’" || c == "‘" || c == "`" || c == "´" || c == "ʼ"
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "“" || c == "”" || c == "„" || c == "«" || c == "»" || c == "‘" || c == "’"
    }
}
