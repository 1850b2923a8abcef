/// A calendar day (proleptic Gregorian), with the day arithmetic date resolution needs.
public struct NewsDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public var ordinal: Int

    /// The day with this ordinal (days since 1970-01-01).
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// The day for a year, month (1–12) and day of month; `nil` if there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= NewsDay.daysIn(year: year, month: month) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`: exactly four, two and two ASCII digits (no sign, no other widths).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Day of the week, 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((ordinal % 7) + 11) % 7 }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> NewsDay { NewsDay(ordinal: ordinal + days) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + (m < 10 ? "0" : "") + String(m) + "-"
            + (d < 10 ? "0" : "") + String(d)
    }

    /// Number of days in a month.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: NewsDay, rhs: NewsDay) -> Bool { lhs.ordinal < rhs.ordinal }
}
