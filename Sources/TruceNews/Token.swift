/// One word, number or punctuation mark of a sentence, with its place in the article text.
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: Sendable, Hashable {
        /// A word (letters, possibly with inner hyphens, apostrophes or abbreviation dots).
        case word
        /// A number.
        case number
        /// An opening or closing quotation mark.
        case quote
        /// Any other punctuation mark.
        case punctuation
    }

    /// The comparison key: lower case, apostrophes inside words dropped, curly marks made straight.
    public var key: String
    /// The kind.
    public var kind: Kind
    /// Whether the token starts with an upper-case letter.
    public var capitalized: Bool
    /// Whether every letter of the token is upper case ("UN", "HNC").
    public var allCaps: Bool = false
    /// Offset of the first Unicode scalar in the article text.
    public var start: Int
    /// Offset just past the last Unicode scalar in the article text.
    public var end: Int
}
