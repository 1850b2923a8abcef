import Foundation

/// Conversions between calendar dates and epoch seconds (proleptic Gregorian, Howard Hinnant's algorithms),
/// fast enough for millions of rows and free of formatter state.
public enum CivilTime {
    /// Days since 1970-01-01 of a calendar date.
    public static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The calendar date of a day number (days since 1970-01-01).
    public static func date(days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }

    /// Whether a text is a calendar day written `YYYY-MM-DD` (ASCII digits, a real month and day).
    public static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        return (1...daysInMonth(year: year, month: month)).contains(day)
    }

    /// The day number (days since 1970-01-01) of a `YYYY-MM-DD` text, or nil if it is not a day.
    public static func dayNumber(of text: String) -> Int64? {
        guard isDay(text) else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return days(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The `YYYY-MM-DD` text of a day number.
    public static func dayText(_ days: Int64) -> String {
        let (year, month, day) = date(days: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Number of days in a month.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The epoch seconds of local midnight of a date in a time zone.
    public static func startOfDay(days: Int64, in timeZone: TimeZone) -> Int64 {
        localToEpoch(days * 86_400, in: timeZone)
    }

    /// The day number (days since 1970-01-01) of an instant's local date in a time zone.
    public static func dayNumber(_ epoch: Int64, in timeZone: TimeZone) -> Int64 {
        let local = epoch + Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epoch))))
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }

    /// The epoch seconds of the local midnight that ends the day holding an instant.
    public static func startOfNextDay(_ epoch: Int64, in timeZone: TimeZone) -> Int64 {
        startOfDay(days: dayNumber(epoch, in: timeZone) + 1, in: timeZone)
    }

    /// Converts "local seconds" (a wall-clock time counted as if it were UTC) to epoch seconds in a zone.
    public static func localToEpoch(_ local: Int64, in timeZone: TimeZone) -> Int64 {
        let first = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))
        let guess = local - first
        let second = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess))))
        return local - second
    }

    /// ISO 8601 text of an instant in a time zone: `2017-05-06T00:00:00+03:00`.
    public static func iso8601(_ epoch: Int64, in timeZone: TimeZone) -> String {
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epoch)))
        return iso8601(epoch, offset: offset, zulu: offset == 0 && timeZone.identifier == "UTC")
    }

    /// RFC 3339 text of an instant in UTC: `2017-05-06T00:00:00Z` (no time-zone lookup: log entries write
    /// millions of these).
    public static func iso8601UTC(_ epoch: Int64) -> String {
        iso8601(epoch, offset: 0, zulu: true)
    }

    private static func iso8601(_ epoch: Int64, offset: Int, zulu: Bool) -> String {
        let local = epoch + Int64(offset)
        let dayNumber = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - dayNumber * 86_400
        let (y, m, d) = date(days: dayNumber)
        let sign = offset < 0 ? "-" : "+"
        let off = abs(offset)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(Int(secondOfDay / 3600), 2) + ":"
            + pad(Int(secondOfDay % 3600 / 60), 2) + ":" + pad(Int(secondOfDay % 60), 2)
            + (zulu ? "Z" : sign + pad(off / 3600, 2) + ":" + pad(off % 3600 / 60, 2))
    }

    /// `YYYY-MM-DD` of an instant in a time zone.
    public static func day(_ epoch: Int64, in timeZone: TimeZone) -> String {
        String(iso8601(epoch, in: timeZone).prefix(10))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
