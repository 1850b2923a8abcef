/// Turns HTML into plain text, one block per line: script and style blocks and the contents of `figcaption`,
/// `nav`, `header`, `footer`, `aside` and `form` elements are dropped and reported with the reason.
public enum HTMLText {
    /// Whether `text` looks like HTML rather than plain text.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.utf8.prefix(4096)
        guard
            let first = head.first(where: {
                $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
            })
        else { return false }
        if first == UInt8(ascii: "<") { return true }
        let lower = head.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return BoilerplateFilter.find(Array("</p>".utf8), in: lower) || BoilerplateFilter.find(Array("<br".utf8), in: lower)
            || BoilerplateFilter.find(Array("</div>".utf8), in: lower)
    }

    private static let dropped: [String: String] = [
        "script": "script", "style": "style", "noscript": "script", "template": "script", "svg": "script",
        "figcaption": "caption", "nav": "navigation", "header": "navigation", "footer": "footer", "aside": "read-more",
        "form": "navigation", "button": "navigation", "select": "navigation", "iframe": "script", "title": "navigation",
    ]

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
        "article", "blockquote", "figure", "main", "body", "html", "hr", "dd", "dt", "pre", "title",
    ]

    /// The plain text of `html` and the blocks dropped from it.
    public static func plainText(_ html: String) -> (text: String, skipped: [SkippedBlock]) {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count / 2)
        var skipped: [SkippedBlock] = []
        var i = 0
        var noMoreClose = false
        while i < s.count {
            let c = s[i]
            if c == "<" && !noMoreClose {
                if match(s, i, "<!--") {
                    i = find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
                    continue
                }
                guard let close = s[i...].firstIndex(of: ">") else {
                    noMoreClose = true
                    out.append(c)
                    i += 1
                    continue
                }
                let (name, closing) = tagName(s, i + 1, close)
                if !closing, let reason = dropped[name], s[close - 1] != "/" {
                    let endTag = findClose(s, from: close + 1, name: name)
                    let inner = String(String.UnicodeScalarView(s[(close + 1)..<endTag.innerEnd]))
                    let innerText = (reason == "script" || reason == "style") ? inner : stripTags(inner)
                    let collapsed = innerText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                    if !collapsed.isEmpty {
                        skipped.append(SkippedBlock(text: collapsed, reason: name == "style" ? "style" : reason))
                    }
                    out.append("\n")
                    i = endTag.after
                    continue
                }
                if blockTags.contains(name) { out.append("\n") } else { out.append(" ") }
                i = close + 1
                continue
            }
            if c == "&", let (decoded, next) = entity(s, i) {
                out.append(decoded)
                i = next
                continue
            }
            out.append(c == "\r" ? "\n" : c)
            i += 1
        }
        // Collapse white space inside lines (source formatting), keep line breaks as block breaks.
        var lines: [String] = []
        for line in String(out).split(separator: "\n", omittingEmptySubsequences: true) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        }
        return (lines.joined(separator: "\n"), skipped)
    }

    /// The text of an HTML fragment with every tag removed (no recursion: nesting depth costs neither time nor stack).
    private static func stripTags(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" {
                inTag = true
                out.append(" ")
            } else if scalar == ">" {
                inTag = false
            } else if !inTag {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func match(_ s: [Unicode.Scalar], _ i: Int, _ literal: String) -> Bool {
        var k = i
        for u in literal.unicodeScalars {
            guard k < s.count, lower(s[k]) == u else { return false }
            k += 1
        }
        return true
    }

    private static func find(_ s: [Unicode.Scalar], from: Int, _ literal: String) -> Int? {
        var k = from
        while k < s.count {
            if match(s, k, literal) { return k }
            k += 1
        }
        return nil
    }

    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c
    }

    private static func tagName(_ s: [Unicode.Scalar], _ from: Int, _ close: Int) -> (String, Bool) {
        var k = from
        var closing = false
        if k < close && s[k] == "/" {
            closing = true
            k += 1
        }
        var name = ""
        while k < close, Tokenizer.isWordScalar(s[k]) {
            name.unicodeScalars.append(lower(s[k]))
            k += 1
        }
        return (name, closing)
    }

    /// The end of an element's content and the offset after its closing tag, counting nested same-named elements.
    private static func findClose(_ s: [Unicode.Scalar], from: Int, name: String) -> (innerEnd: Int, after: Int) {
        var depth = 1
        var k = from
        let raw = name == "script" || name == "style"
        while k < s.count {
            if s[k] == "<" {
                if raw {
                    if match(s, k, "</" + name) {
                        let after = s[k...].firstIndex(of: ">").map { $0 + 1 } ?? s.count
                        return (k, after)
                    }
                    k += 1
                    continue
                }
                guard let close = s[k...].firstIndex(of: ">") else { break }
                let (tag, closing) = tagName(s, k + 1, close)
                if tag == name {
                    if closing {
                        depth -= 1
                        if depth == 0 { return (k, close + 1) }
                    } else if s[close - 1] != "/" {
                        depth += 1
                    }
                }
                k = close + 1
                continue
            }
            k += 1
        }
        return (s.count, s.count)
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»", "copy": "©",
    ]

    private static func entity(_ s: [Unicode.Scalar], _ i: Int) -> (Unicode.Scalar, Int)? {
        var k = i + 1
        var name = ""
        while k < s.count && k - i < 12 && s[k] != ";" {
            name.unicodeScalars.append(s[k])
            k += 1
        }
        guard k < s.count, s[k] == ";", !name.isEmpty else { return nil }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, k + 1)
        }
        guard let scalar = named[name.lowercased()] else { return nil }
        return (scalar, k + 1)
    }
}
