/// Finds dates in sentences and resolves them against the publication date: "on Monday", "yesterday",
/// "later today", "February 23", "25 February 2017", "since December 30, 2016".
///
/// Weekdays and month-days without a year point back from the publication date for reported acts and forward for
/// planned ones (`future`); the publication day itself counts as "Monday" when it is a Monday.
public struct DateResolver: Sendable {
    /// The publication date.
    public var published: NewsDay

    /// A resolver for an article published on `published`.
    public init(published: NewsDay, recapDays: Int? = nil) {
        self.published = published
        self.recapDays = recapDays
    }

    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Days before publication beyond which an act dated "on …" is a recap (background), or `nil` for no such
    /// rule. Articles use ``articleRecapDays``; a lone sentence has no article frame and keeps every date.
    public var recapDays: Int?
    /// The recap limit used for articles: two weeks.
    public static let articleRecapDays = 14
    static let spans: Set<String> = ["days", "weeks", "months", "years", "decades"]

    /// Resolves the first date in a phrase (for tests and callers with loose text).
    public func resolve(_ phrase: String, future: Bool = false) -> NewsDay? {
        let scalars = Array(phrase.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        return find(tokens, in: 0..<tokens.count, future: future).first(where: { $0.day != nil })?.day
    }

    /// Every date expression in `tokens[range]`, in order.
    public func find(_ tokens: [Token], in range: Range<Int>, future: Bool) -> [DateExpression] {
        var out: [DateExpression] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let found = expression(tokens, at: i, limit: range.upperBound, future: future) {
                // "will last until August 31": a deadline, not the day of an act.
                if i > range.lowerBound, ["until", "till", "through"].contains(tokens[i - 1].key) {
                    i = max(found.tokens.upperBound, i + 1)
                    continue
                }
                var expr = found
                // "since …" within the three tokens before makes it background.
                var k = i - 1
                while k >= max(range.lowerBound, i - 4) {
                    if tokens[k].key == "," { break }  // "at war since 2020, on Saturday agreed": another phrase
                    if tokens[k].key == "since" {
                        expr.background = expr.day.map { $0.ordinal < published.ordinal - 7 } ?? true
                        expr.tokens = k..<expr.tokens.upperBound
                        break
                    }
                    k -= 1
                }
                // A day weeks before publication is a recap, not news.
                if !future, let limit = recapDays, let day = expr.day, day.ordinal < published.ordinal - limit,
                    expr.tokens.lowerBound == range.lowerBound
                        || ["on", "since"].contains(tokens[expr.tokens.lowerBound - 1].key)
                {
                    expr.background = true
                }
                out.append(expr)
                i = max(expr.tokens.upperBound, i + 1)
                continue
            }
            i += 1
        }
        return out
    }

    private func key(_ tokens: [Token], _ i: Int, _ limit: Int) -> String? { i < limit ? tokens[i].key : nil }

    private static let smallNumbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]

    private func expression(_ tokens: [Token], at i: Int, limit: Int, future: Bool) -> DateExpression? {
        let k = tokens[i].key
        switch k {
        case "today", "tonight":
            return DateExpression(day: published, background: false, tokens: i..<(i + 1))
        case "yesterday":
            return DateExpression(day: published.adding(days: -1), background: false, tokens: i..<(i + 1))
        case "tomorrow":
            return DateExpression(day: published.adding(days: 1), background: false, tokens: i..<(i + 1))
        case "this":
            if let next = key(tokens, i + 1, limit), ["morning", "afternoon", "evening"].contains(next) {
                return DateExpression(day: published, background: false, tokens: i..<(i + 2))
            }
        case "last":
            if let next = key(tokens, i + 1, limit) {
                if next == "night" {
                    return DateExpression(day: published.adding(days: -1), background: false, tokens: i..<(i + 2))
                }
                if next == "month" || next == "year" || next == "decade" || next == "week" {
                    return DateExpression(day: nil, background: true, tokens: i..<(i + 2))
                }
                // "for the last five years", "over the last two months": a span, background.
                if let span = key(tokens, i + 2, limit), Self.spans.contains(span),
                    tokens[i + 1].kind == .number || Self.smallNumbers[next] != nil || ["few", "several"].contains(next)
                {
                    return DateExpression(day: nil, background: true, tokens: i..<(i + 3))
                }
                if let wd = Self.weekdays[next] {
                    var back = (published.weekday - wd + 7) % 7
                    if back == 0 { back = 7 }
                    return DateExpression(day: published.adding(days: -back), background: false, tokens: i..<(i + 2))
                }
            }
        case "next":
            if let next = key(tokens, i + 1, limit), let wd = Self.weekdays[next] {
                var ahead = (wd - published.weekday + 7) % 7
                if ahead == 0 { ahead = 7 }
                return DateExpression(day: published.adding(days: ahead), background: false, tokens: i..<(i + 2))
            }
        case "recent", "past":
            // "in the past", "in the recent past": some earlier time, background.
            if k == "past", i >= 2, tokens[i - 1].key == "the", ["in", "over"].contains(tokens[i - 2].key),
                key(tokens, i + 1, limit).map({ !Self.spans.contains($0) && !["few", "two", "three", "several"].contains($0) })
                    ?? true,
                i + 1 >= limit || tokens[i + 1].kind != .number
            {
                return DateExpression(day: nil, background: true, tokens: (i - 2)..<(i + 1))
            }
            // "in recent months", "over the past two years": a span, background.
            if i >= 1, ["in", "over", "during", "the"].contains(tokens[i - 1].key) {
                var j = i + 1
                while j < min(limit, i + 4),
                    tokens[j].kind == .number || ["few", "two", "three", "several"].contains(tokens[j].key)
                {
                    j += 1
                }
                if let next = key(tokens, j, limit), Self.spans.contains(next) {
                    return DateExpression(day: nil, background: true, tokens: (i - 1)..<(j + 1))
                }
            }
        case "for":
            // "have for weeks been fighting", "fighting for months".
            if let next = key(tokens, i + 1, limit), Self.spans.contains(next) {
                return DateExpression(day: nil, background: true, tokens: i..<(i + 2))
            }
        case "ago":
            if i >= 2, ["years", "months", "decades", "weeks"].contains(tokens[i - 1].key) {
                return DateExpression(day: nil, background: true, tokens: (i - 2)..<(i + 1))
            }
            // "two days ago".
            if i >= 2, ["days", "day"].contains(tokens[i - 1].key),
                let count = Int(tokens[i - 2].key) ?? Self.smallNumbers[tokens[i - 2].key]
            {
                return DateExpression(day: published.adding(days: -count), background: false, tokens: (i - 2)..<(i + 1))
            }
        case "earlier", "later":
            // "earlier this month", "earlier this year": some day of a span, a recap rather than the day's news.
            if k == "earlier", key(tokens, i + 1, limit) == "this", let next = key(tokens, i + 2, limit),
                ["week", "month", "year"].contains(next)
            {
                return DateExpression(day: nil, background: true, tokens: i..<(i + 3))
            }
        default:
            break
        }
        if let wd = Self.weekdays[k] {
            let day: NewsDay
            if future {
                day = published.adding(days: (wd - published.weekday + 7) % 7)
            } else {
                day = published.adding(days: -((published.weekday - wd + 7) % 7))
            }
            return DateExpression(day: day, background: false, tokens: i..<(i + 1))
        }
        if let month = Self.months[k], k != "may" || tokens[i].capitalized {
            // Month day[, year] or month year.
            var j = i + 1
            if key(tokens, j, limit) == "." { j += 1 }
            if j < limit, Self.startsWithDigit(tokens[j].key), let dayNumber = Self.firstDay(of: tokens[j].key),
                (1...31).contains(dayNumber)
            {
                var end = j + 1
                var year: Int?
                var y = end
                if key(tokens, y, limit) == "," { y += 1 }
                if y < limit, tokens[y].kind == .number, let number = Int(tokens[y].key), (1900...2100).contains(number) {
                    year = number
                    end = y + 1
                }
                return monthDay(month: month, day: dayNumber, year: year, future: future, tokens: i..<end)
            }
            if j < limit, tokens[j].kind == .number, let number = Int(tokens[j].key), (1900...2100).contains(number) {
                let (py, pm, _) = published.components
                let background = number < py || (number == py && month < pm - 1)
                return DateExpression(day: nil, background: background, tokens: i..<(j + 1))
            }
            // "in December" alone: another month than the publication's is background for a reported act.
            if !future, i >= 1, ["in", "during", "since"].contains(tokens[i - 1].key), month != published.components.month {
                return DateExpression(day: nil, background: true, tokens: (i - 1)..<(i + 1))
            }
        }
        if Self.startsWithDigit(k), let dayNumber = Self.firstDay(of: k), (1...31).contains(dayNumber),
            let next = key(tokens, i + 1, limit), let month = Self.months[next]
        {
            var end = i + 2
            var year: Int?
            if end < limit, tokens[end].kind == .number, let number = Int(tokens[end].key), (1900...2100).contains(number) {
                year = number
                end += 1
            }
            return monthDay(month: month, day: dayNumber, year: year, future: future, tokens: i..<end)
        }
        if tokens[i].kind == .number, let year = Int(k), (1900...2100).contains(year), i > 0,
            ["in", "of", "since", "during"].contains(tokens[i - 1].key)
        {
            let background = year < published.components.year
            return DateExpression(day: nil, background: background, tokens: (i - 1)..<(i + 1))
        }
        return nil
    }

    /// Whether a token starts with an ASCII digit (a cheap test before parsing it).
    private static func startsWithDigit(_ key: String) -> Bool {
        guard let first = key.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// The day number of "24" or of a range "10-11" (its first day).
    private static func firstDay(of key: String) -> Int? {
        if let number = Int(key) { return number }
        guard let dash = key.firstIndex(where: { $0 == "-" || $0 == "–" }), let first = Int(key[..<dash]),
            Int(key[key.index(after: dash)...]) != nil
        else { return nil }
        return first
    }

    private func monthDay(month: Int, day: Int, year: Int?, future: Bool, tokens: Range<Int>) -> DateExpression? {
        let py = published.components.year
        guard var resolved = NewsDay(year: year ?? py, month: month, day: day) else { return nil }
        if year == nil {
            // A day up to six weeks ahead is this year's (a ceasefire "from June 24"), further ahead last year's.
            if !future && resolved.ordinal > published.ordinal + 45, let earlier = NewsDay(year: py - 1, month: month, day: day) {
                resolved = earlier
            } else if future && resolved.ordinal < published.ordinal - 2,
                let later = NewsDay(year: py + 1, month: month, day: day)
            {
                resolved = later
            }
        }
        return DateExpression(day: resolved, background: false, tokens: tokens)
    }
}
