import Foundation

/// What `extract` returns: the publication date, the events, and the blocks left out with the reason.
public struct Extraction: Sendable, Hashable, Codable {
    /// The publication date (`YYYY-MM-DD`).
    public var published: String
    /// The events, in article order.
    public var events: [CodedEvent]
    /// The blocks left out of coding.
    public var skipped: [SkippedBlock]

    /// Creates an extraction.
    public init(published: String, events: [CodedEvent], skipped: [SkippedBlock]) {
        self.published = published
        self.events = events
        self.skipped = skipped
    }

    /// The output contract's JSON: one object, keys sorted, no escaped slashes.
    public func json(pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
