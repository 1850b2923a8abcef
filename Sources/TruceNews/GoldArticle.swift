import Foundation
import TruceCore

/// A hand-coded article: its publication day and the events a person coded from it, in the shape of
/// `truce extract --format json` (`shared/data/news/presstv-2017-02-27.gold.json` is one).
///
/// Parsing is strict about what is scored, so a typo does not silently lower a score: `published` and every
/// event's `cameo`, `date`, `source` and `target` must be present (`date`, `source` and `target` may be `null`), codes
/// are CAMEO codes of three or four digits with a root from 01 to 20, days are real days, and countries are three
/// capitals (ISO 3166-1 alpha-3, or `IGO`). Other fields (`url`, `location`, actors' `text` and `role`) are ignored.
public struct GoldArticle: Sendable, Hashable {
    /// The largest gold file read.
    public static let byteLimit = 4 << 20
    /// The most events one gold file may hold.
    public static let eventLimit = 10_000

    /// The publication day that the article's relative dates resolve against.
    public var published: NewsDay
    /// The hand-coded events, in file order.
    public var events: [GoldEvent]

    /// Creates a gold article.
    public init(published: NewsDay, events: [GoldEvent]) {
        self.published = published
        self.events = events
    }

    /// Reads a gold file's bytes; `file` names it in errors, with the field at fault (`events[3].cameo`).
    public init(json bytes: [UInt8], file: String) throws(InputError) {
        guard bytes.count <= Self.byteLimit else {
            throw InputError(file: file, message: "\(bytes.count) bytes is more than the \(Self.byteLimit)-byte gold-file limit")
        }
        let decoded: GoldFileJSON
        do {
            decoded = try JSONDecoder().decode(GoldFileJSON.self, from: Data(bytes))
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw InputError(invalidJSON: bytes, file: file)
        } catch let error as DecodingError {
            throw InputError(decoding: error, file: file, line: nil)
        } catch {
            throw InputError(file: file, message: "not valid JSON: \(error)")
        }
        guard let published = NewsDay(decoded.published) else {
            throw InputError(file: file, field: "published", message: "'\(decoded.published)' is not a day (YYYY-MM-DD)")
        }
        guard decoded.events.count <= Self.eventLimit else {
            throw InputError(
                file: file, field: "events",
                message: "\(decoded.events.count) events is more than the limit of \(Self.eventLimit)")
        }
        var events: [GoldEvent] = []
        for (index, event) in decoded.events.enumerated() {
            let field = "events[\(index)]"
            guard Self.isCAMEO(event.cameo) else {
                throw InputError(
                    file: file, field: field + ".cameo",
                    message: "'\(event.cameo)' is not a CAMEO code (3 or 4 digits, root 01-20)")
            }
            if let date = event.date, NewsDay(date) == nil {
                throw InputError(file: file, field: field + ".date", message: "'\(date)' is not a day (YYYY-MM-DD)")
            }
            for (name, actor) in [("source", event.source), ("target", event.target)] {
                if let country = actor?.country, !Self.isCountry(country) {
                    throw InputError(
                        file: file, field: "\(field).\(name).country",
                        message: "'\(country)' is not a country code (three capitals: ISO 3166-1 alpha-3 or IGO)")
                }
            }
            events.append(
                GoldEvent(
                    scored: ScoredEvent(
                        date: event.date, source: event.source?.country, code: event.cameo, target: event.target?.country),
                    sentence: event.sentence))
        }
        self.init(published: published, events: events)
    }

    private static func isCAMEO(_ code: String) -> Bool {
        let digits = Array(code.utf8)
        guard (3...4).contains(digits.count), digits.allSatisfy({ (0x30...0x39).contains($0) }),
            let root = Int(code.prefix(2))
        else { return false }
        return (1...20).contains(root)
    }

    private static func isCountry(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }
}

/// The JSON shape of a gold file: the scored fields are required, `null` where the coder left them empty.
private struct GoldFileJSON: Decodable {
    struct Actor: Decodable {
        var country: String?
    }
    struct Event: Decodable {
        var date: String?
        var source: Actor?
        var target: Actor?
        var cameo: String
        var sentence: String?

        enum CodingKeys: String, CodingKey { case date, source, target, cameo, sentence }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            date = try c.decode(String?.self, forKey: .date)
            source = try c.decode(Actor?.self, forKey: .source)
            target = try c.decode(Actor?.self, forKey: .target)
            cameo = try c.decode(String.self, forKey: .cameo)
            sentence = try c.decodeIfPresent(String.self, forKey: .sentence)
        }
    }
    var published: String
    var events: [Event]
}
