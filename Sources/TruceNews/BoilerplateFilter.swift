import Foundation

/// Decides which lines of an article are boilerplate: navigation and breadcrumbs, photo captions, bylines,
/// tickers, "read more" links and site footers (such as alternate-address notices).
///
/// Each rule looks at one block's own text; the filter also treats everything after a site footer as footer.
public struct BoilerplateFilter: Sendable {
    /// Creates the filter.
    public init() {}

    private static let captionMarkers = [
        "(photo", "photo)", "photo:", "photo by", "(file photo", "file photo", "getty images", "(image", "image:",
        "image caption", "photo credit", "(picture", "picture:", "(video grab", "screengrab", "screen grab",
        "(afp/", "/afp)", "(reuters/", "/reuters)", "(ap photo", "/ap)", "(epa", "/epa)", "(sana)", "(courtesy",
        // "Goran Tomasevic, Reuters | Fighters loyal to …": a photographer's credit before the caption.
        ", reuters |", ", afp |", ", ap |", ", epa |", ", anadolu |", "| reuters", "| afp", "| getty",
        "[getty", "getty]", "[afp", "afp]", "[ap]", "[reuters", "reuters]", "[epa", "[anadolu", "[file",
        "this combination of pictures", "this combination photo", "(combo)", "a picture taken on", "this picture taken",
        "a photo taken on", "this photo taken", "this handout picture", "handout picture", "handout photo", "(handout",
        // Where people stand in a picture: "Mohammed Alloush, head of the delegation, center, speaks to the media".
        ", center, ", ", centre, ", ", left, ", ", right, ", ", second left, ", ", second right, ", ", foreground, ",
        " (l) ", " (r) ", " (c) ", "(center)", "(centre)", "(left)", "(right)",
    ]
    private static let footerMarkers = [
        "alternate address", "alternative address", "can also be accessed", "all rights reserved", "copyright ©",
        "© copyright", "terms of use", "terms and conditions", "privacy policy", "cookie policy", "follow us on",
        "subscribe to our", "sign up for our", "download our app", "contact us", "about us", "this article was originally",
        "the views expressed", "comments are closed", "leave a comment", "share this article", "share on facebook",
    ]
    private static let readMoreMarkers = [
        "read more", "read also", "also read", "related:", "related articles", "related news", "related stories",
        "see also", "click here", "continue reading", "more on this", "recommended:", "you may also like", "watch:",
        "most read", "most popular", "more stories", "next article", "previous article",
    ]
    private static let tickerMarkers = [
        "breaking news", "breaking:", "ticker", "latest news", "latest:", "live updates", "live:", "trending", "just in:",
        "news in brief", "top stories",
    ]
    private static let navigationWords: Set<String> = [
        "home", "news", "world", "politics", "business", "sport", "sports", "menu", "search", "login", "log in",
        "sign in", "subscribe", "video", "videos", "opinion", "middle east", "culture", "tech", "science", "health",
        "more", "live", "podcasts", "photos", "newsletter",
    ]

    private static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "updated",
        "published", "posted", "",
    ]

    /// The reason a block is boilerplate, or `nil` if it is article text. `afterFooter` is true once a footer
    /// block has been seen.
    public func reason(for block: String, afterFooter: Bool) -> String? {
        let lower = block.lowercased()
        let bytes = Array(lower.utf8)
        let count = Self.wordCount(bytes)
        if afterFooter && count <= 40 { return "footer" }
        if count <= 60 && Self.findAny(Self.footerIndex, in: bytes) { return "footer" }
        // "© AFP 2023 / JORGE NSIMBA": a photo credit, not the site's copyright notice (which ends the article).
        if lower.hasPrefix("©") && lower.contains(" / ") && !lower.contains("rights reserved") { return "caption" }
        if lower.hasPrefix("©") || lower.hasPrefix("copyright") { return "footer" }
        if count <= 90 && Self.findAny(Self.captionIndex, in: bytes) { return "caption" }
        if Self.readMoreMarkers.contains(where: { lower.hasPrefix($0) })
            || (count <= 25 && Self.find(Self.readMoreBytes, in: bytes))
        {
            return "read-more"
        }
        if count <= 40 && Self.tickerMarkers.contains(where: { lower.hasPrefix($0) }) { return "ticker" }
        if isRelatedHeadline(lower, count: count) { return "read-more" }
        // Bylines, date lines and menus are short (a menu of up to 12 words between its separators): only those
        // lines are split into words.
        guard count <= 30 else { return nil }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if isByline(block, lower: lower, words: words) { return "byline" }
        if isNavigation(lower, words: words) { return "navigation" }
        return nil
    }

    /// A bulleted line that reads as a headline (short, not ending like a sentence): a list of related stories.
    private func isRelatedHeadline(_ lower: String, count: Int) -> Bool {
        guard let first = lower.unicodeScalars.first, ["-", "•", "–", "—", "*", "·", "▪"].contains(first), count <= 25
        else { return false }
        let trimmed = lower.trimmingCharacters(in: .whitespaces)
        return !(trimmed.hasSuffix(".") || trimmed.hasSuffix("\"") || trimmed.hasSuffix("”"))
    }

    private static let readMoreBytes = Array("read more".utf8)

    /// The number of words (runs of bytes other than space and tab), as `split` would count them.
    static func wordCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    private static let footerIndex = index(footerMarkers)
    private static let captionIndex = index(captionMarkers)

    /// Markers by their first byte (256 slots), so one pass over a block tries only the markers that can start at
    /// each byte.
    private static func index(_ markers: [String]) -> [[[UInt8]]] {
        var out = [[[UInt8]]](repeating: [], count: 256)
        for marker in markers {
            let bytes = Array(marker.utf8)
            if let first = bytes.first { out[Int(first)].append(bytes) }
        }
        return out
    }

    /// Whether any marker of `index` occurs in `haystack`.
    static func findAny(_ index: [[[UInt8]]], in haystack: [UInt8]) -> Bool {
        var i = 0
        while i < haystack.count {
            let candidates = index[Int(haystack[i])]
            if !candidates.isEmpty {
                for needle in candidates where needle.count <= haystack.count - i {
                    var k = 1
                    while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` (plain byte search: blocks are short, and Foundation's `contains` is
    /// slow enough to dominate extraction time).
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    private func isByline(_ block: String, lower: String, words: [Substring]) -> Bool {
        for prefix in [
            "by ", "posted by", "written by", "reporting by", "editing by", "reported by", "author:", "updated:",
            "published:", "posted:", "last updated", "first published", "staff writer", "correspondent",
        ]
        where lower.hasPrefix(prefix) && words.count <= 14 && !block.hasSuffix(".") {
            return true
        }
        // A date line: "March 15, 2017", "Monday 27 February 2017".
        if words.count <= 6 && !words.isEmpty
            && words.allSatisfy({ word in
                let w = word.trimmingCharacters(in: CharacterSet(charactersIn: ",."))
                return w.allSatisfy(\.isNumber) || Self.dateWords.contains(w)
            })
        {
            return true
        }
        // A time stamp line: "Mon Feb 27, 2017 03:36PM", "27 February 2017 12:01 GMT".
        if words.count <= 8 && lower.contains(":") && lower.contains(where: \.isNumber)
            && (lower.hasSuffix("am") || lower.hasSuffix("pm") || lower.hasSuffix("gmt") || lower.hasSuffix("utc")
                || lower.hasSuffix("et"))
        {
            return true
        }
        return false
    }

    private func isNavigation(_ lower: String, words: [Substring]) -> Bool {
        let separators = words.filter { $0 == "/" || $0 == "|" || $0 == ">" || $0 == "»" || $0 == "›" || $0 == "•" }.count
        if separators >= 1 && words.count - separators <= 12 && !lower.hasSuffix(".") { return true }
        // A line of menu words.
        if words.count >= 2 && words.count <= 14 && !lower.hasSuffix(".") {
            let menu = words.filter { Self.navigationWords.contains(String($0)) }.count
            if menu * 2 >= words.count { return true }
        }
        return false
    }
}
