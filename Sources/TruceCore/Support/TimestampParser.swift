import Foundation

/// Parses the time forms Truce accepts in files: `YYYY-MM-DD` (midnight in the given zone) and
/// `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` (in the given zone when no offset is written).
public struct TimestampParser: Sendable {
    /// A parsed time.
    public struct Parsed: Sendable, Hashable {
        /// Seconds since the Unix epoch.
        public var epochSeconds: Int64
        /// True when only a date was written.
        public var dateOnly: Bool
    }

    /// The zone for times without an offset.
    public let timeZone: TimeZone

    /// Creates a parser for a zone.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Parses text, or returns `nil` when it is not one of the accepted forms or names an impossible date.
    public func parse(_ text: some StringProtocol) -> Parsed? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 { bytes.removeLast() }
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= bytes.count else { return nil }
            var value = 0
            for k in i..<(i + width) {
                let c = bytes[k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            i += width
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2),
            (1...12).contains(month), day >= 1, day <= CivilTime.daysInMonth(year: year, month: month)
        else { return nil }
        let days = CivilTime.days(year: year, month: month, day: day)
        if i == bytes.count {
            return Parsed(epochSeconds: CivilTime.startOfDay(days: days, in: timeZone), dateOnly: true)
        }
        guard expect(0x54) || expect(0x20) || expect(0x74), let hour = number(2), expect(0x3A), let minute = number(2),
            hour < 24, minute < 60
        else { return nil }
        var second = 0
        if expect(0x3A) {
            guard let s = number(2), s < 61 else { return nil }
            second = min(s, 59)
            if expect(0x2E) {
                let start = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i > start else { return nil }
            }
        }
        let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        if i == bytes.count {
            return Parsed(epochSeconds: CivilTime.localToEpoch(local, in: timeZone), dateOnly: false)
        }
        if expect(0x5A) || expect(0x7A) {
            guard i == bytes.count else { return nil }
            return Parsed(epochSeconds: local, dateOnly: false)
        }
        let sign: Int64
        if expect(0x2B) {
            sign = 1
        } else if expect(0x2D) {
            sign = -1
        } else {
            return nil
        }
        guard let oh = number(2), oh <= 14 else { return nil }
        _ = expect(0x3A)
        guard let om = number(2), om < 60, i == bytes.count else { return nil }
        return Parsed(epochSeconds: local - sign * Int64(oh * 3600 + om * 60), dateOnly: false)
    }
}
