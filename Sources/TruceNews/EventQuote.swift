import Foundation

/// Words quoted in an event's sentence, with who said them (the event's source).
public struct EventQuote: Sendable, Hashable, Codable {
    /// The words between the quotation marks.
    public var text: String
    /// The speaker, as the article names them.
    public var speaker: String

    /// A quote.
    public init(text: String, speaker: String) {
        self.text = text
        self.speaker = speaker
    }

    /// The first quoted span of a sentence (curly or straight double quotes), at least two words long, if any.
    public static func firstSpan(in sentence: String) -> String? {
        let scalars = Array(sentence.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let open = scalars[index]
            guard open == "\u{201C}" || open == "\"" else {
                index += 1
                continue
            }
            let close: Unicode.Scalar = open == "\"" ? "\"" : "\u{201D}"
            guard let end = scalars[(index + 1)...].firstIndex(of: close) else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(index + 1)..<end])
            let text = String(view).trimmingCharacters(in: .whitespaces)
            if text.split(separator: " ").count >= 2 { return text }
            index = end + 1
        }
        return nil
    }
}
