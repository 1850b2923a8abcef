/// An article as coded: its text (plain, or the plain text of HTML) as Unicode scalars that every offset refers
/// to, the blocks kept for coding (headline, lede, body) and the blocks dropped as boilerplate with the reason.
public struct ArticleText: Sendable {
    /// The most bytes an article may have (4 MiB, some forty times a long feature); larger input is refused with
    /// ``NewsError/tooLarge(file:bytes:limit:)`` before any work, which bounds time and memory.
    public static let maximumBytes = 4 << 20

    /// The text all offsets refer to (for HTML input, the extracted plain text).
    public let scalars: [Unicode.Scalar]
    /// The blocks kept for event coding, in order.
    public let blocks: [ArticleBlock]
    /// The blocks dropped, with the reason.
    public let skipped: [SkippedBlock]
    /// Where the captions are in `scalars`: not coded, but the people they name (with their titles) are remembered.
    public let captionRanges: [Range<Int>]

    /// Decodes article bytes: refuses more than ``maximumBytes``, NUL bytes and invalid UTF-8.
    public static func decode(_ bytes: [UInt8], file: String) throws(NewsError) -> String {
        if bytes.count > maximumBytes { throw .tooLarge(file: file, bytes: bytes.count, limit: maximumBytes) }
        if bytes.contains(0) { throw .notText(file: file, reason: "it contains NUL bytes") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notText(file: file, reason: "it is not valid UTF-8")
        }
        return text
    }

    /// Splits `text` (plain text or HTML) into blocks and drops the boilerplate.
    public init(_ text: String, filter: BoilerplateFilter = BoilerplateFilter()) {
        var skipped: [SkippedBlock] = []
        var captions: [Range<Int>] = []
        var plain = text
        if HTMLText.looksLikeHTML(text) {
            let converted = HTMLText.plainText(text)
            plain = converted.text
            skipped = converted.skipped
        }
        let scalars = Array(plain.unicodeScalars)
        var blocks: [ArticleBlock] = []
        var afterFooter = false
        var sawBody = false
        var lineStart = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" || scalars[i] == "\r" || scalars[i] == "\u{2029}" {
                var lo = lineStart
                var hi = i
                while lo < hi && Tokenizer.isSpace(scalars[lo]) { lo += 1 }
                while hi > lo && Tokenizer.isSpace(scalars[hi - 1]) { hi -= 1 }
                if lo < hi {
                    let line = String(String.UnicodeScalarView(scalars[lo..<hi]))
                    if let reason = filter.reason(for: line, afterFooter: afterFooter) {
                        skipped.append(SkippedBlock(text: line, reason: reason))
                        if reason == "caption" { captions.append(lo..<hi) }
                        if reason == "footer" { afterFooter = true }
                    } else if !blocks.isEmpty && Self.isHeadline(scalars, lo..<hi) && Self.nextLineOpens(scalars, after: i) {
                        // A short line that does not end like a sentence, after the headline: a standfirst, subhead,
                        // teaser or caption without credit. Not prose; not coded.
                        skipped.append(SkippedBlock(text: line, reason: "not-a-sentence"))
                    } else {
                        let role: ArticleBlock.Role
                        if !sawBody && blocks.isEmpty && Self.isHeadline(scalars, lo..<hi) {
                            role = .headline
                        } else if !sawBody {
                            role = .lede
                            sawBody = true
                        } else {
                            role = .body
                        }
                        blocks.append(ArticleBlock(range: lo..<hi, role: role))
                    }
                }
                lineStart = i + 1
            }
            i += 1
        }
        self.scalars = scalars
        self.blocks = blocks
        self.skipped = skipped
        self.captionRanges = captions
    }

    /// A headline: short, and not ending like a sentence.
    private static func isHeadline(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let last = scalars[range].last else { return false }
        if last == "." || last == "”" || last == "\"" || last == ":" || last == ";" { return false }
        var words = 1
        for k in range where scalars[k] == " " { words += 1 }
        return words <= 25
    }

    /// Whether the next non-blank line after `index` opens like a new block (a capital, digit or quotation mark)
    /// rather than continuing a hard-wrapped sentence, or there is none.
    private static func nextLineOpens(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var k = index
        while k < scalars.count && (Tokenizer.isSpace(scalars[k]) || scalars[k] == "\n" || scalars[k] == "\r") { k += 1 }
        guard k < scalars.count else { return true }
        let c = scalars[k]
        return c.properties.isUppercase || c.properties.numericType != nil || c == "\"" || c == "“" || c == "‘"
    }

    /// The text of a range of ``scalars``.
    public func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}
