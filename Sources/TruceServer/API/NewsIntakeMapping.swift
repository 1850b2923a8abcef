import Crypto
import Foundation
import TruceCore
import TruceNews
import TruceStore

/// Turns an article and its extraction into what the register takes in: the article's identity and one suggestion
/// per event worth a monitor's look. Violent events (CAMEO 18–20, which holds 196) become report suggestions;
/// statements, appeals, intents, consultations, diplomatic cooperation, yielding (ceasefires), demands,
/// disapproval and rejection become talks suggestions; the rest (material cooperation, aid, investigations,
/// threats, protests, force posture, sanctions, coercion) are not suggested.
public enum NewsIntakeMapping {
    /// The CAMEO roots that become talks suggestions.
    public static let talksRoots: Set<String> = ["01", "02", "03", "04", "05", "08", "10", "11", "12"]
    /// The CAMEO roots that become report suggestions.
    public static let reportRoots: Set<String> = ["18", "19", "20"]

    /// The kind of suggestion an event makes, or nil.
    public static func kind(of event: CodedEvent) -> NewsSuggestionKind? {
        if reportRoots.contains(event.root) { return .report }
        if talksRoots.contains(event.root) { return .talks }
        return nil
    }

    /// The SHA-256 of a text with whitespace collapsed: the same article, however it was wrapped.
    public static func textDigest(_ bytes: [UInt8]) -> String {
        var normalised: [UInt8] = []
        normalised.reserveCapacity(bytes.count)
        var space = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                space = !normalised.isEmpty
                continue
            }
            if space {
                normalised.append(0x20)
                space = false
            }
            normalised.append(byte)
        }
        return SHA256.hash(data: normalised).hexString
    }

    /// The article record.
    public static func article(
        bytes: [UInt8], file: String, outlet: String?, url: String?, extraction: Extraction
    ) -> NewsArticle {
        let firstLine = String(decoding: bytes.prefix(4_096), as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty && !$0.hasPrefix("<") }
        return NewsArticle(
            sha256: textDigest(bytes), file: file, outlet: outlet, url: url, title: firstLine.map { String($0.prefix(200)) },
            published: extraction.published, skipped: extraction.skipped.count)
    }

    /// The suggestions of an extraction, in article order.
    public static func suggestions(_ extraction: Extraction) -> [NewsSuggestionDraft] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return extraction.events.compactMap { event in
            guard let kind = kind(of: event) else { return nil }
            func actor(_ actor: EventActor?) -> String? {
                guard let actor, actor.country != nil || actor.role != nil else { return nil }
                return [actor.country, actor.role].compactMap { $0 }.joined(separator: " ")
            }
            let json = (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return NewsSuggestionDraft(
                kind: kind, date: event.date, cameo: event.cameo, source: actor(event.source), target: actor(event.target),
                place: event.location?.name, latitude: event.location?.lat, longitude: event.location?.lon,
                sentence: event.sentence, offsets: event.offsets, eventJSON: json)
        }
    }
}
