/// A block of the article left out of event coding, with the reason (`navigation`, `caption`, `byline`, `ticker`,
/// `read-more`, `footer`, `script`, `style`, `too-long`).
public struct SkippedBlock: Sendable, Hashable, Codable {
    /// The block's text (cut to 300 characters for very long blocks).
    public var text: String
    /// Why it was left out.
    public var reason: String

    /// Creates a skipped block.
    public init(text: String, reason: String) {
        self.text = text.count > 300 ? String(text.prefix(300)) + "…" : text
        self.reason = reason
    }
}
