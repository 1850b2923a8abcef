/// An article taken in: what identifies it (the SHA-256 of its normalised text), where it came from and when it was
/// published.
public struct NewsArticle: Sendable, Hashable {
    /// The SHA-256 (hex) of the article's text with whitespace collapsed: the same text twice is the same article.
    public var sha256: String
    /// The file name it was read from.
    public var file: String
    /// The outlet (e.g. `Press TV`), if known.
    public var outlet: String?
    /// Its address, if known.
    public var url: String?
    /// Its title (the first line of its text), if any.
    public var title: String?
    /// The publication day, `YYYY-MM-DD`.
    public var published: String
    /// How many blocks were left out as boilerplate.
    public var skipped: Int

    /// An article.
    public init(
        sha256: String, file: String, outlet: String?, url: String?, title: String?, published: String, skipped: Int
    ) {
        self.sha256 = sha256
        self.file = file
        self.outlet = outlet
        self.url = url
        self.title = title
        self.published = published
        self.skipped = skipped
    }
}
