/// A block of article text kept for event coding.
public struct ArticleBlock: Sendable, Hashable {
    /// Where the block stands in the article.
    public enum Role: Sendable, Hashable {
        /// The headline: it restates the story and codes no events of its own.
        case headline
        /// The lede, the first paragraph of the body: events in it restating a later event are dropped.
        case lede
        /// Any later paragraph.
        case body
    }

    /// Scalar offsets of the block in ``ArticleText/scalars``.
    public var range: Range<Int>
    /// The block's role.
    public var role: Role

    /// Creates a block.
    public init(range: Range<Int>, role: Role) {
        self.range = range
        self.role = role
    }
}
